import type { RoutineItem } from '../scripts/routines';
import { stretches, type Bounds } from '../scripts/stretches';

/** The top program week: holds and repetitions stop growing here (seed 001's six-week timeline). */
export const TOP_WEEK = 6;

/** Holds grow 5 s a rung: "hold for thirty-five seconds", never thirty-three. */
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

/**
 * An item's doses from the bottom of its ranges to the top, one rung a program week: the hold
 * first, 5 s at a time up to its top (past ~30–60 s longer holds add nothing), then one more
 * repetition at a time. An item with a `lag` waits that many weeks before it climbs, so the
 * routine's items grow in turn and every program week is a step up from the one before.
 */
export function doseLadder(item: RoutineItem): Dose[] {
  const hold = holdRange(item);
  const reps = repRange(item);
  const top = Math.min(MAX_HOLD, hold.max);
  const ladder: Dose[] = [];
  for (let h = hold.min; h < top; h += HOLD_STEP) ladder.push({ hold: h, reps: reps.min });
  for (let r = reps.min; r <= reps.max; r++) ladder.push({ hold: top, reps: r });
  return ladder;
}

/** The dose of one routine item in a program week, with the session's easier/harder shift. */
export function doseFor(item: RoutineItem, week: number, shift: HoldShift = 0, gentle = false): Dose {
  const range = holdRange(item);
  const reps = repRange(item);
  const ladder = doseLadder(item);
  const rung = Math.min(ladder.length - 1, Math.max(0, clampWeek(week) - 1 - (item.lag ?? 0)));
  const climbed = ladder[rung] ?? { hold: range.min, reps: reps.min };
  const base = gentle ? { hold: range.min, reps: reps.min } : climbed;
  const hold = Math.min(MAX_HOLD, range.max, Math.max(range.min, base.hold + shift * HOLD_STEP));
  return { hold, reps: base.reps };
}
