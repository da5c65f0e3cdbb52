import type { Bounds, Position, StretchId } from './stretches';

export const routineIds = ['morning', 'workday', 'evening'] as const;
export type RoutineId = (typeof routineIds)[number];

export interface RoutineItem {
  readonly stretch: StretchId;
  /** The routine's own hold range from the seeds (e.g. morning 15–30 s); else the stretch's. */
  readonly hold?: Bounds;
  /** Repetitions per side at the first and the top program week; else the stretch's. */
  readonly reps?: Bounds;
  /** Program weeks this item waits before its dose starts to climb (coach/dose.ts); else none. */
  readonly lag?: number;
  /** Program weeks the item is in the routine (a fuller form takes over from a simpler one); else all. */
  readonly weeks?: Bounds;
}

export interface RoutineSpec {
  /** Spoken length window in minutes (seed 001: morning 5–10, workday break 2–3, evening 15–20). */
  readonly minutes: Bounds;
  /** Positions allowed in this routine: the workday break is standing or seated only. */
  readonly positions: readonly Position[];
  readonly items: readonly RoutineItem[];
}

/** Seed 001: the morning sequence holds each stretch 15–30 s, hip flexor stretches among them. */
const MORNING_HOLD: Bounds = { min: 15, max: 30 };
/** Seed 001: the evening protocol holds each stretch 20–30 s, with slow breathing. */
const EVENING_HOLD: Bounds = { min: 20, max: 30 };

/**
 * Morning: gentle activation, hip flexors first (seed 001), then the floor, then up to a hip
 * hinge. Items climb in turn (`lag`) so each program week is a step.
 */
const morning: RoutineSpec = {
  minutes: { min: 5, max: 10 },
  positions: ['floor', 'standing', 'seated'],
  items: [
    { stretch: 'kneelingHipFlexor', hold: MORNING_HOLD, reps: { min: 2, max: 2 } },
    { stretch: 'catCow', hold: MORNING_HOLD, reps: { min: 1, max: 1 }, lag: 1 },
    { stretch: 'supineTwist', hold: MORNING_HOLD, reps: { min: 1, max: 1 }, lag: 2 },
    { stretch: 'piriformis', hold: MORNING_HOLD, weeks: { min: 4, max: 6 }, lag: 3 },
    { stretch: 'kneesToChest', hold: MORNING_HOLD, reps: { min: 1, max: 1 }, lag: 1 },
    { stretch: 'standingHamstring', hold: MORNING_HOLD, reps: { min: 2, max: 2 } },
  ],
};

/** Workday break: two to three minutes at a desk, seated or standing (seed 001: seated spinal twists). */
const workday: RoutineSpec = {
  minutes: { min: 2, max: 3 },
  positions: ['standing', 'seated'],
  items: [
    { stretch: 'seatedTwist', reps: { min: 1, max: 1 } },
    { stretch: 'standingHamstring', reps: { min: 2, max: 2 }, lag: 3 },
  ],
};

/** Evening: fuller recovery, holds 20–30 s with slow breathing (seed 001), or the stretch's own seed dose. */
const evening: RoutineSpec = {
  minutes: { min: 15, max: 20 },
  positions: ['floor', 'standing', 'seated'],
  items: [
    { stretch: 'standingHamstring', hold: EVENING_HOLD, lag: 1 },
    { stretch: 'standingTfl' },
    { stretch: 'kneelingHipFlexor', reps: { min: 2, max: 2 }, lag: 1 },
    { stretch: 'frog', hold: EVENING_HOLD, reps: { min: 2, max: 2 }, lag: 2 },
    { stretch: 'childsPose', hold: EVENING_HOLD, reps: { min: 1, max: 1 }, lag: 3 },
    { stretch: 'hipRotator', reps: { min: 2, max: 2 }, weeks: { min: 1, max: 3 } },
    { stretch: 'figureFour', reps: { min: 2, max: 2 }, weeks: { min: 4, max: 6 }, lag: 3 },
    { stretch: 'towelRoll' },
    { stretch: 'supineTwist', hold: EVENING_HOLD, reps: { min: 1, max: 1 }, lag: 2 },
    { stretch: 'kneesToChest', hold: EVENING_HOLD, reps: { min: 2, max: 2 }, lag: 3 },
  ],
};

export const routines: Readonly<Record<RoutineId, RoutineSpec>> = { morning, workday, evening };

export function isRoutineId(value: unknown): value is RoutineId {
  return routineIds.some((id) => id === value);
}

/** Whether a routine item is in the routine in a program week. */
export function inWeek(item: RoutineItem, week: number): boolean {
  return !item.weeks || (week >= item.weeks.min && week <= item.weeks.max);
}
