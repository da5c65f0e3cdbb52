import type { Bounds, Position, StretchId } from './stretches';

export const routineIds = ['morning', 'workday', 'evening'] as const;
export type RoutineId = (typeof routineIds)[number];

export interface RoutineItem {
  readonly stretch: StretchId;
  /** The routine's own hold range from the seeds (e.g. morning 15–30 s); else the stretch's. */
  readonly hold?: Bounds;
  /** Repetitions per side at the first and the top program week; else the stretch's. */
  readonly reps?: Bounds;
}

export interface RoutineSpec {
  /** Spoken length window in minutes (seed 001: morning 5–10, workday break 2–3, evening 15–20). */
  readonly minutes: Bounds;
  /** Positions allowed in this routine: the workday break is standing or seated only. */
  readonly positions: readonly Position[];
  readonly items: readonly RoutineItem[];
}

/**
 * Morning: gentle activation, hip flexors first, holds 15–30 s (seed 001). One-sided
 * stretches keep one repetition a side so the routine stays inside its 5–10 minutes.
 */
const morning: RoutineSpec = {
  minutes: { min: 5, max: 10 },
  positions: ['floor', 'standing', 'seated'],
  items: [
    { stretch: 'kneelingHipFlexor', hold: { min: 15, max: 30 }, reps: { min: 1, max: 1 } },
    { stretch: 'catCow', hold: { min: 30, max: 45 }, reps: { min: 1, max: 2 } },
    { stretch: 'supineTwist', hold: { min: 15, max: 30 }, reps: { min: 1, max: 1 } },
    { stretch: 'kneesToChest', hold: { min: 15, max: 30 }, reps: { min: 1, max: 2 } },
    { stretch: 'standingHamstring', hold: { min: 15, max: 30 }, reps: { min: 1, max: 2 } },
  ],
};

/** Workday break: two to three minutes at a desk, standing or seated (seed 001). */
const workday: RoutineSpec = {
  minutes: { min: 2, max: 3 },
  positions: ['standing', 'seated'],
  items: [
    { stretch: 'standingHipFlexor', hold: { min: 15, max: 30 }, reps: { min: 1, max: 1 } },
    { stretch: 'standingHamstring', hold: { min: 15, max: 30 }, reps: { min: 1, max: 1 } },
  ],
};

/** Evening: fuller recovery, holds 20–40 s with slow breathing (seeds 001, 003, 004). */
const evening: RoutineSpec = {
  minutes: { min: 15, max: 20 },
  positions: ['floor', 'standing', 'seated'],
  items: [
    { stretch: 'standingHamstring', hold: { min: 20, max: 30 }, reps: { min: 2, max: 2 } },
    { stretch: 'standingTfl', hold: { min: 20, max: 30 }, reps: { min: 1, max: 1 } },
    { stretch: 'kneelingHipFlexor', hold: { min: 30, max: 40 }, reps: { min: 2, max: 2 } },
    { stretch: 'frog', hold: { min: 20, max: 30 }, reps: { min: 2, max: 2 } },
    { stretch: 'childsPose', hold: { min: 20, max: 30 }, reps: { min: 1, max: 2 } },
    { stretch: 'figureFour', hold: { min: 30, max: 40 }, reps: { min: 1, max: 1 } },
    { stretch: 'towelRoll', hold: { min: 30, max: 40 }, reps: { min: 1, max: 1 } },
    { stretch: 'supineTwist', hold: { min: 20, max: 30 }, reps: { min: 1, max: 1 } },
    { stretch: 'kneesToChest', hold: { min: 20, max: 30 }, reps: { min: 2, max: 2 } },
  ],
};

export const routines: Readonly<Record<RoutineId, RoutineSpec>> = { morning, workday, evening };

export function isRoutineId(value: unknown): value is RoutineId {
  return routineIds.some((id) => id === value);
}
