import type { DialogueState, LastResponse, Pending } from '../coach/dialogue-state';
import type { ProgressRecord } from '../coach/record/record';
import { isCustomAsk, isCustomSpec, isRoutineKind } from '../coach/custom-spec';
import { checkedDraft } from '../coach/reminders';
import type { Missed, RoutineState } from '../coach/routine-state';
import { isTimeZone } from '../coach/record/record-schema';
import { isRoutineId } from '../scripts/routines';
import { isCondition } from '../scripts/stretches';
import type { Mark, Phase } from '../speech/timeline';

/** Everything carried between turns of one session, in session attributes. */
export interface SessionState extends DialogueState {
  /** The user's record, read once per session; `null` means read and absent. */
  readonly record?: ProgressRecord | null;
  /** The zone the Settings API gave this session, until a write keeps it in the record. */
  readonly timeZone?: string;
}

const SCHEMA = 1;

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isArrayOf<T>(value: unknown, item: (v: unknown) => v is T): value is readonly T[] {
  return Array.isArray(value) && value.every(item);
}

const phases: readonly Phase[] = ['talk', 'ready', 'hold', 'rest', 'switch'];

function isMark(value: unknown): value is Mark {
  return isFields(value) && isCount(value.step) && phases.some((p) => p === value.phase) && Number.isFinite(value.start) && Number.isFinite(value.end);
}

function isLast(value: unknown): value is LastResponse {
  return isFields(value) && Number.isFinite(value.at) && isArrayOf(value.marks, isMark);
}

function isPending(value: unknown): value is Pending {
  if (!isFields(value)) return false;
  switch (value.kind) {
    case 'resume':
    case 'keepLevel':
    case 'summary':
    case 'deleteData':
      return true;
    case 'suggest':
      return isRoutineId(value.routine);
    case 'checkIn':
      return Number.isInteger(value.step) && Number(value.step) >= 0;
    case 'reminder':
      return checkedDraft(value.draft) !== undefined;
    case 'screen':
      return (
        (value.question === 1 || value.question === 2) &&
        (value.routine === undefined || isRoutineId(value.routine)) &&
        (value.custom === undefined || isCustomAsk(value.custom))
      );
    default:
      return false;
  }
}

function isShifts(value: unknown): value is RoutineState['shifts'] {
  return isFields(value) && Object.entries(value).every(([item, shift]) => isCount(Number(item)) && Number.isInteger(shift));
}

function isMissed(value: unknown): value is Missed {
  return isFields(value) && typeof value.seconds === 'number' && Number.isFinite(value.seconds) && value.seconds >= 0 && isCount(value.holds);
}

/** A routine state of the right shape; whether its step lies inside its plan is checked with the plan. */
function isRoutineState(value: unknown): value is RoutineState {
  return (
    isFields(value) &&
    isRoutineKind(value.routine) &&
    // A custom routine carries its fitted spec, and only a custom one does.
    (value.routine === 'custom' ? isCustomSpec(value.custom) : value.custom === undefined) &&
    Number.isFinite(value.week) &&
    isCount(value.step) &&
    isArrayOf(value.conditions, isCondition) &&
    isShifts(value.shifts) &&
    isArrayOf(value.gentler, isCount) &&
    typeof value.startedAt === 'string' &&
    typeof value.hadPain === 'boolean' &&
    isCount(value.done) &&
    (value.missed === undefined || isMissed(value.missed)) &&
    (value.finished === undefined || value.finished === true)
  );
}

/** Each field: absent, or valid. */
const fieldChecks: Readonly<Record<keyof SessionState, (value: unknown) => boolean>> = {
  routine: isRoutineState,
  last: isLast,
  pending: isPending,
  // Only a cache of the user's item: the turn checks it field by field (coach/record/record-schema.ts).
  record: (value) => value === null || isFields(value),
  conditions: (value) => isArrayOf(value, isCondition),
  halted: (value) => typeof value === 'boolean',
  timeZone: isTimeZone,
};

function isSessionState(value: unknown): value is SessionState {
  return isFields(value) && Object.entries(fieldChecks).every(([field, check]) => value[field] === undefined || check(value[field]));
}

/** Session attributes → state. Anything unrecognised is a fresh start rather than a crash. */
export function parseSessionState(attributes: Readonly<Record<string, unknown>> | undefined): SessionState {
  const raw = attributes?.hipCoach;
  if (!isFields(raw) || raw.v !== SCHEMA || !isSessionState(raw.s)) return {};
  // Only the known fields: anything else a client put there is neither trusted nor sent back.
  const { routine, last, pending, record, conditions, halted, timeZone } = raw.s;
  const known: SessionState = { routine, last, pending, record, conditions, halted, timeZone };
  return Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined));
}

export function toSessionAttributes(state: SessionState): Record<string, unknown> {
  return { hipCoach: { v: SCHEMA, s: state } };
}
