import { buildPlan } from '../../src/coach/plan';
import { stretchStart } from '../../src/coach/routine-state';

/**
 * stretchStart: the step a stretch begins at, for any step of it, clamped to the plan. The week-1
 * workday break, written down by hand (plan-adjustments.test.ts): the seated twist is steps 0 and 1
 * (one repetition a side), the standing hamstring steps 2 and 3 (two repetitions).
 */
describe('the step a stretch begins at, in the week-1 workday break', () => {
  const plan = buildPlan('workday', { week: 1 });

  it.each([
    [0, 0],
    [1, 0],
    [2, 2],
    [3, 2],
  ])('step %i belongs to the stretch that starts at step %i', (step, start) => {
    expect(stretchStart(plan, step)).toBe(start);
  });

  it('a step past the plan is held to its last stretch, which starts at step 2', () => {
    expect(stretchStart(plan, 4)).toBe(2);
    expect(stretchStart(plan, 9)).toBe(2);
  });
});
