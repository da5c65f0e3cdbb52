import { clampWeek, doseFor, doseLadder, holdRange, repRange } from '../../src/coach/dose';
import type { RoutineItem } from '../../src/scripts/routines';

/**
 * The dose by program week, written down by hand (issue 21): one rung a week, the hold first in
 * 5 s steps to the top of its range, then one repetition at a time; an item with a lag waits that
 * many weeks before it climbs. Expected values here are literals, never taken from the engine.
 */
const twentyToForty: RoutineItem = { stretch: 'kneelingHipFlexor', hold: { min: 20, max: 40 }, reps: { min: 2, max: 3 } };
const thirtyToSixty: RoutineItem = { stretch: 'kneelingHipFlexor', hold: { min: 30, max: 60 }, reps: { min: 1, max: 2 } };
const twentyToThirtyLate: RoutineItem = { stretch: 'frog', hold: { min: 20, max: 30 }, reps: { min: 1, max: 2 }, lag: 2 };

describe('doseFor by program week', () => {
  it.each([
    [1, { hold: 20, reps: 2 }],
    [2, { hold: 25, reps: 2 }],
    [3, { hold: 30, reps: 2 }],
    [4, { hold: 35, reps: 2 }],
    [5, { hold: 40, reps: 2 }],
    [6, { hold: 40, reps: 3 }],
  ])('a 20–40 s, 2–3 rep item in week %i holds and repeats %o', (week, dose) => {
    expect(doseFor(twentyToForty, week)).toEqual(dose);
  });

  it.each([
    [1, { hold: 30, reps: 1 }],
    [2, { hold: 35, reps: 1 }],
    [3, { hold: 40, reps: 1 }],
    [4, { hold: 45, reps: 1 }],
    [5, { hold: 50, reps: 1 }],
    [6, { hold: 55, reps: 1 }],
  ])('a 30–60 s, 1–2 rep item in week %i holds and repeats %o', (week, dose) => {
    expect(doseFor(thirtyToSixty, week)).toEqual(dose);
  });

  it.each([
    [1, { hold: 20, reps: 1 }],
    [2, { hold: 20, reps: 1 }],
    [3, { hold: 20, reps: 1 }],
    [4, { hold: 25, reps: 1 }],
    [5, { hold: 30, reps: 1 }],
    [6, { hold: 30, reps: 2 }],
  ])('a 20–30 s, 1–2 rep item that waits two weeks, in week %i, holds and repeats %o', (week, dose) => {
    expect(doseFor(twentyToThirtyLate, week)).toEqual(dose);
  });

  it('climbs the hold to the top of its range before it adds a repetition', () => {
    expect(doseLadder(twentyToForty)).toEqual([
      { hold: 20, reps: 2 },
      { hold: 25, reps: 2 },
      { hold: 30, reps: 2 },
      { hold: 35, reps: 2 },
      { hold: 40, reps: 2 },
      { hold: 40, reps: 3 },
    ]);
    expect(doseLadder({ stretch: 'standingTfl' })).toEqual([{ hold: 30, reps: 1 }]);
  });

  it('reads weeks outside 1–6 as the nearest program week, and a fraction as the week it lies in', () => {
    expect(doseFor(twentyToForty, 0)).toEqual({ hold: 20, reps: 2 });
    expect(doseFor(twentyToForty, -3)).toEqual({ hold: 20, reps: 2 });
    expect(doseFor(twentyToForty, 7)).toEqual({ hold: 40, reps: 3 });
    expect(doseFor(twentyToForty, 2.9)).toEqual({ hold: 25, reps: 2 });
    expect([clampWeek(0), clampWeek(1), clampWeek(3.99), clampWeek(6), clampWeek(99)]).toEqual([1, 1, 3, 6, 6]);
  });

  it('a gentle session keeps the lowest hold and repetitions in any week', () => {
    expect(doseFor(twentyToForty, 3, 0, true)).toEqual({ hold: 20, reps: 2 });
    expect(doseFor(twentyToForty, 6, 0, true)).toEqual({ hold: 20, reps: 2 });
    expect(doseFor(twentyToForty, 6, 1, true)).toEqual({ hold: 25, reps: 2 });
  });

  it('"easier" and "harder" move the hold 5 s a step, never outside the item range', () => {
    expect(doseFor(twentyToForty, 3, 1)).toEqual({ hold: 35, reps: 2 });
    expect(doseFor(twentyToForty, 3, -1)).toEqual({ hold: 25, reps: 2 });
    expect(doseFor(twentyToForty, 3, 2)).toEqual({ hold: 40, reps: 2 });
    expect(doseFor(twentyToForty, 3, 3)).toEqual({ hold: 40, reps: 2 });
    expect(doseFor(twentyToForty, 1, -1)).toEqual({ hold: 20, reps: 2 });
    expect(doseFor(thirtyToSixty, 6, 4)).toEqual({ hold: 60, reps: 1 });
  });

  it('an item without its own ranges takes the stretch ones (kneeling hip flexor: 30–40 s, 2–3 reps)', () => {
    const plain: RoutineItem = { stretch: 'kneelingHipFlexor' };
    expect(holdRange(plain)).toEqual({ min: 30, max: 40 });
    expect(repRange(plain)).toEqual({ min: 2, max: 3 });
    expect(doseFor(plain, 1)).toEqual({ hold: 30, reps: 2 });
    expect(doseFor(plain, 3)).toEqual({ hold: 40, reps: 2 });
    expect(doseFor(plain, 4)).toEqual({ hold: 40, reps: 3 });
  });
});
