import type { RoutineId } from '../scripts/routines';
import type { Condition } from '../scripts/stretches';
import type { Mark } from '../speech/timeline';
import type { CustomAsk } from './custom-spec';
import type { ReminderDraft } from './reminders';
import type { RoutineState } from './routine-state';

/** What a "yes" or "no" answers: the question the coach asked last. */
export type Pending =
  | { readonly kind: 'resume' }
  | { readonly kind: 'suggest'; readonly routine: RoutineId }
  /** The first-use screen, holding what was asked for: a routine, or a custom length and focus. */
  | { readonly kind: 'screen'; readonly question: 1 | 2; readonly routine?: RoutineId; readonly custom?: CustomAsk }
  | { readonly kind: 'keepLevel' }
  /** "Would you like to hear how your week is going?", at a routine's end. */
  | { readonly kind: 'summary' }
  | { readonly kind: 'deleteData' }
  /**
   * "Are you all right?" after words the coach could not place mid-routine: "yes" picks the
   * routine up at `step` (the side or round the user was on), "no" ends the session safely.
   */
  | { readonly kind: 'checkIn'; readonly step: number }
  /** "Shall I set that reminder?": the reminder stated to the user, not yet set. */
  | { readonly kind: 'reminder'; readonly draft: ReminderDraft };

/** The last response sent, with its timeline: what questions mid-hold are answered from. */
export interface LastResponse {
  /** Epoch ms of the request the response answered (≈ when it started playing). */
  readonly at: number;
  readonly marks: readonly Mark[];
}

/** The conversation carried between turns of one session (session attributes), apart from the record. */
export interface DialogueState {
  readonly routine?: RoutineState;
  readonly last?: LastResponse;
  readonly pending?: Pending;
  /** Conditions mentioned this session ("I have groin pain"); never stored beyond it. */
  readonly conditions?: readonly Condition[];
  /** A warning sign was heard: no more stretching this session. */
  readonly halted?: boolean;
}

/** A slot as entity resolution left it: the id it matched, and what the user said. */
export interface SlotValue {
  readonly id?: string;
  readonly spoken?: string;
}
