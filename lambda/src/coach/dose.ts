import type { RoutineItem } from '../scripts/routines';
import { stretches, type Bounds } from '../scripts/stretches';

/** The top program week: holds and repetitions stop growing here (seed 001's six-week timeline). */
export const TOP_WEEK = 6;

/**
 * How far along its hold range, and whether at its top repetition count, a stretch is in each
 * program week. Holds grow first (evidence: past ~30–60 s longer holds add nothing), then reps;
 * week 6 keeps week 5's dose while the user settles at daily sessions.
 */
interface WeekDose {
  readonly holdShare: number;
  readonly topReps: boolean;
}
const firstWeek: WeekDose = { holdShare: 0, topReps: false };
const doseByWeek: readonly WeekDose[] = [
  firstWeek,
  { holdShare: 0.25, topReps: false },
  { holdShare: 0.5, topReps: false },
  { holdShare: 0.75, topReps: false },
  { holdShare: 1, topReps: true },
  { holdShare: 1, topReps: true },
];

/** Holds are rounded to 5 s: "hold for thirty-five seconds", never thirty-three. */
const HOLD_STEP = 5;
/** The longest hold ever coached: more adds nothing (Bandy 1997; ACSM). */
export const MAX_HOLD = 60;

export interface Dose {
  readonly hold: number;
  readonly reps: number;
}

/** Session-only shift of the hold: "make it easier" / "make it harder", in 5 s steps. */
export type HoldShift = number;

export function clampWeek(week: number): number {
  return Math.min(TOP_WEEK, Math.max(1, Math.floor(week)));
}

export function holdRange(item: RoutineItem): Bounds {
  return item.hold ?? stretches[item.stretch].hold;
}

export function repRange(item: RoutineItem): Bounds {
  return item.reps ?? stretches[item.stretch].reps;
}

/** The dose of one routine item in a program week, with the session's easier/harder shift. */
export function doseFor(item: RoutineItem, week: number, shift: HoldShift = 0, gentle = false): Dose {
  const row = doseByWeek[clampWeek(week) - 1] ?? firstWeek;
  const range = holdRange(item);
  const reps = repRange(item);
  const grown = range.min + row.holdShare * (range.max - range.min);
  const base = gentle ? range.min : roundTo(grown, HOLD_STEP);
  const hold = Math.min(MAX_HOLD, Math.max(range.min, Math.min(range.max, base + shift * HOLD_STEP)));
  return { hold, reps: row.topReps && !gentle ? reps.max : reps.min };
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
