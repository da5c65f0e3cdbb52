import { buildPlan } from '../../src/coach/plan';
import type { RoutineId } from '../../src/scripts/routines';

/**
 * The week-1 plan of each routine, written down by hand from lambda/src/scripts/routines.ts and the
 * dose rule (week 1: the bottom of each item's hold and repetition ranges). Issue 21: expected
 * values are literals, never taken from buildPlan itself.
 */
const weekOne: Readonly<Record<RoutineId, ReadonlyArray<readonly [string, number, number]>>> = {
  morning: [
    ['kneelingHipFlexor', 15, 2],
    ['catCow', 15, 1],
    ['supineTwist', 15, 1],
    ['kneesToChest', 15, 1],
    ['standingHamstring', 15, 2],
  ],
  workday: [
    ['seatedTwist', 15, 1],
    ['standingHamstring', 15, 2],
  ],
  evening: [
    ['standingHamstring', 20, 2],
    ['standingTfl', 30, 1],
    ['kneelingHipFlexor', 30, 2],
    ['frog', 20, 2],
    ['childsPose', 20, 1],
    ['hipRotator', 30, 2],
    ['towelRoll', 30, 1],
    ['supineTwist', 20, 1],
    ['kneesToChest', 20, 2],
  ],
};

/** Steps: one per repetition, and per side for a one-sided stretch. */
// morning: hip flexor 2 sides × 2, cat cow 1, twist 2 sides, knees 1, hamstring 2 (standing hamstring is not one-sided).
// workday: seated twist 2 sides, hamstring 2. evening: 2 + 2 + 4 + 2 + 1 + 4 + 2 + 2 + 2.
const weekOneSteps: Readonly<Record<RoutineId, number>> = { morning: 10, workday: 4, evening: 21 };

describe.each(['morning', 'workday', 'evening'] as const)('the week-1 %s plan', (routine) => {
  const plan = buildPlan(routine, { week: 1 });

  it('has the written-down stretches, holds and repetitions, in order', () => {
    expect(plan.stretches.map((s) => [s.stretch, s.hold, s.reps])).toEqual(weekOne[routine]);
  });

  it('has the written-down number of steps', () => {
    expect(plan.steps).toHaveLength(weekOneSteps[routine]);
  });
});

describe('the evening plan in week 5', () => {
  it('has climbed each item by its own rungs, and the figure four has taken over from the hip rotator', () => {
    expect(buildPlan('evening', { week: 5 }).stretches.map((s) => [s.stretch, s.hold, s.reps])).toEqual([
      ['standingHamstring', 30, 3],
      ['standingTfl', 30, 1],
      ['kneelingHipFlexor', 40, 2],
      ['frog', 30, 2],
      ['childsPose', 25, 1],
      ['figureFour', 35, 2],
      ['towelRoll', 50, 1],
      ['supineTwist', 30, 1],
      ['kneesToChest', 25, 2],
    ]);
  });
});
