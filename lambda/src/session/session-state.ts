import type { LastResponse } from '../coach/questions';
import { planOf, type RoutineState } from '../coach/routine-state';
import { isRoutineId, type RoutineId } from '../scripts/routines';
import type { Condition } from '../scripts/stretches';
import type { ProgressRecord } from '../progress/record';

/** What a "yes" or "no" answers. */
export type Pending =
  | { readonly kind: 'resume' }
  | { readonly kind: 'suggest'; readonly routine: RoutineId }
  | { readonly kind: 'screen'; readonly question: 1 | 2; readonly routine?: RoutineId }
  | { readonly kind: 'keepLevel' }
  | { readonly kind: 'deleteData' };

/** Everything carried between turns of one session, in session attributes. */
export interface SessionState {
  readonly routine?: RoutineState;
  readonly last?: LastResponse;
  readonly pending?: Pending;
  /** The user's record, read once per session; `null` means read and absent. */
  readonly record?: ProgressRecord | null;
  /** Conditions mentioned this session ("I have groin pain"); never stored beyond it. */
  readonly conditions?: readonly Condition[];
  /** A warning sign was heard: no more stretching this session. */
  readonly halted?: boolean;
}

const SCHEMA = 1;

/** Session attributes → state. Anything unrecognised is a fresh start rather than a crash. */
export function parseSessionState(attributes: Record<string, unknown> | undefined): SessionState {
  const raw = attributes?.hipCoach as { v?: unknown; s?: unknown } | undefined;
  if (!raw || raw.v !== SCHEMA || typeof raw.s !== 'object' || raw.s === null) return {};
  const s = raw.s as SessionState;
  if (s.routine && !isValidRoutine(s.routine)) return { ...s, routine: undefined };
  return s;
}

/** A routine state we can play: a known routine, and a step inside its plan. */
function isValidRoutine(routine: RoutineState): boolean {
  if (!isRoutineId(routine.routine) || !Number.isInteger(routine.step) || routine.step < 0) return false;
  if (!Number.isFinite(routine.week) || !Array.isArray(routine.conditions) || !Array.isArray(routine.gentler)) return false;
  return routine.step < planOf(routine).steps.length;
}

export function toSessionAttributes(state: SessionState): Record<string, unknown> {
  return { hipCoach: { v: SCHEMA, s: state } };
}
