import type { Condition, StretchId } from '../scripts/stretches';
import type { Segment } from '../speech/timeline';
import type { CustomSpec, RoutineKind } from './custom-spec';
import type { Pending } from './dialogue-state';
import type { StoredReminder } from './record/record';
import type { RoutineState } from './routine-state';

/** What a turn changes in the user's record; the turn applies these when it commits. */
export type Effect =
  | { readonly kind: 'position'; readonly routine: RoutineKind; readonly step: number; readonly week: number; readonly custom?: CustomSpec }
  | { readonly kind: 'met'; readonly stretch: StretchId }
  /** A routine finished: `seconds` held; `counted` when it is a session for the program (most holds done; a custom one long enough). */
  | { readonly kind: 'completed'; readonly routine: RoutineKind; readonly seconds: number; readonly counted: boolean }
  | { readonly kind: 'clearPosition' }
  /** The first-use safety note and screen were given. */
  | { readonly kind: 'onboarded' }
  /** The user asked to stay at this level next week. */
  | { readonly kind: 'keepLevel' }
  /** A warning sign was heard: no routine is offered before this local date (YYYY-MM-DD). Never why. */
  | { readonly kind: 'pauseUntil'; readonly date: string }
  /** The Reminders API set (or replaced) this routine's reminder. */
  | { readonly kind: 'reminderSet'; readonly reminder: StoredReminder }
  /** These reminders are gone from the Reminders API (cancelled, or found missing). */
  | { readonly kind: 'remindersForgotten'; readonly ids: readonly string[] };

/** The engine's answer to one turn: what to say, and everything the turn changes. */
export interface Reply {
  readonly segments: readonly Segment[];
  readonly reprompt?: string;
  /** True when the session should close after speaking. */
  readonly end: boolean;
  /** The routine state after this turn (undefined: no routine in progress). */
  readonly routine: RoutineState | undefined;
  readonly effects: readonly Effect[];
  /**
   * What the next "yes" or "no" answers: a new question, or `null` when this turn closed the open
   * one. Absent, the open question stays open (a "help" mid-screen does not lose the screen).
   */
  readonly pending?: Pending | null;
  /** Today's conditions after this turn (session only, never stored). */
  readonly conditions?: readonly Condition[];
  /** A warning sign was heard: no more stretching this session. */
  readonly halt?: true;
  /**
   * The last routine response stopped playing here (pain): its timeline no longer says where the
   * user is, so it is dropped and the routine's step stands.
   */
  readonly stopsPlayback?: true;
  /** The user confirmed "delete my data": the record is deleted now, before speaking. */
  readonly deleteRecord?: true;
}
