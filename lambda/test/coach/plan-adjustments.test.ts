import { buildPlan, stretchOfStep } from '../../src/coach/plan';

/**
 * Today's plan with the user's adjustments (issue 21), written down by hand from
 * lambda/src/scripts/routines.ts and stretches.ts: a condition swaps a stretch it rules out for its
 * gentler variant, or leaves it out when the variant is ruled out too; a hip or back injury also
 * rules out deep stretches and keeps every hold and repetition at the bottom of the item's range;
 * a stretch already in the plan is not repeated; a swapped stretch keeps its routine item's dose
 * ranges, kept inside the variant's own seed ranges (so a standing hip flexor holds 30 s, its seed minimum).
 */
const shape = (routine: Parameters<typeof buildPlan>[0], options: Parameters<typeof buildPlan>[1]): Array<[string, number, number, number]> =>
  buildPlan(routine, options).stretches.map((s) => [s.stretch, s.item, s.hold, s.reps]);

describe('conditions', () => {
  it('morning with a knee problem: no kneeling, no all-fours', () => {
    expect(shape('morning', { week: 1, conditions: ['kneeProblem'] })).toEqual([
      // The standing hip flexor's seed hold starts at 30 s, above the morning's 15 s.
      ['standingHipFlexor', 0, 30, 2],
      ['pelvicTilt', 1, 15, 1],
      ['supineTwist', 2, 15, 1],
      ['kneesToChest', 4, 15, 1],
      ['standingHamstring', 5, 15, 2],
    ]);
  });

  it('morning in week 5 with a back injury: the hamstring seated, and every dose at the bottom of its range', () => {
    expect(shape('morning', { week: 5, conditions: ['backInjury'] })).toEqual([
      ['kneelingHipFlexor', 0, 15, 2],
      ['catCow', 1, 15, 1],
      ['supineTwist', 2, 15, 1],
      ['piriformis', 3, 15, 1],
      ['kneesToChest', 4, 15, 1],
      ['seatedHamstring', 5, 15, 2],
    ]);
  });

  it('morning in week 5 with a knee problem grows as usual: only an injury keeps the dose down', () => {
    expect(shape('morning', { week: 5, conditions: ['kneeProblem'] })).toEqual([
      ['standingHipFlexor', 0, 30, 2],
      ['pelvicTilt', 1, 30, 1],
      ['supineTwist', 2, 25, 1],
      ['piriformis', 3, 20, 1],
      ['kneesToChest', 4, 30, 1],
      ['standingHamstring', 5, 30, 2],
    ]);
  });

  it('evening with groin pain: the frog, the hip rotator and the towel roll are left out, their variants too; child\'s pose becomes a pelvic tilt', () => {
    expect(shape('evening', { week: 1, conditions: ['groinPain'] })).toEqual([
      ['standingHamstring', 0, 20, 2],
      ['standingTfl', 1, 30, 1],
      ['kneelingHipFlexor', 2, 30, 2],
      ['pelvicTilt', 4, 20, 1],
      ['supineTwist', 8, 20, 1],
    ]);
  });

  it('evening with a hip injury: butterfly for the frog, the (not deep) hip rotator kept, no towel roll', () => {
    expect(shape('evening', { week: 1, conditions: ['hipInjury'] })).toEqual([
      ['standingHamstring', 0, 20, 2],
      ['standingTfl', 1, 30, 1],
      ['kneelingHipFlexor', 2, 30, 2],
      ['butterfly', 3, 20, 2],
      ['childsPose', 4, 20, 1],
      ['hipRotator', 5, 30, 2],
      ['supineTwist', 8, 20, 1],
      ['kneesToChest', 9, 20, 2],
    ]);
  });

  it('evening with a knee problem: knees to chest stands in for the child\'s pose, and is not done twice', () => {
    expect(shape('evening', { week: 1, conditions: ['kneeProblem'] })).toEqual([
      ['standingHamstring', 0, 20, 2],
      ['standingTfl', 1, 30, 1],
      ['standingHipFlexor', 2, 30, 2],
      ['butterfly', 3, 20, 2],
      ['kneesToChest', 4, 20, 1],
      ['piriformis', 5, 15, 1],
      ['towelRoll', 7, 30, 1],
      ['supineTwist', 8, 20, 1],
    ]);
  });

  it('two conditions together rule out what either rules out', () => {
    expect(shape('workday', { week: 1, conditions: ['groinPain', 'backInjury'] })).toEqual([
      ['seatedTwist', 0, 15, 1],
      ['chairHamstring', 1, 15, 2],
    ]);
  });
});

describe('injuries rule out deep stretches', () => {
  it('evening in week 4 with a back injury: the figure four (deep, and not ruled out by the back itself) becomes the lying piriformis stretch', () => {
    // The piriformis keeps its own seed dose, once a side, and the injury keeps it at the bottom: 15 s.
    expect(shape('evening', { week: 4, conditions: ['backInjury'] }).filter(([, item]) => item === 6)).toEqual([['piriformis', 6, 15, 1]]);
  });

  it('evening in week 4 with groin pain is not an injury: the figure four is ruled out by name, and its variant too', () => {
    expect(shape('evening', { week: 4, conditions: ['groinPain'] }).filter(([, item]) => item === 6)).toEqual([]);
  });
});

describe('a custom routine', () => {
  it('cannot be built without its fitted spec', () => {
    expect(() => buildPlan('custom', { week: 1 })).toThrow(new RangeError('a custom routine needs its fitted spec'));
  });
});

describe('"make it easier" and "make it harder"', () => {
  it('switches only the items asked for to their gentler variant', () => {
    expect(shape('morning', { week: 1, gentler: [0, 4] })).toEqual([
      ['standingHipFlexor', 0, 30, 2],
      ['catCow', 1, 15, 1],
      ['supineTwist', 2, 15, 1],
      ['pelvicTilt', 4, 15, 1],
      ['standingHamstring', 5, 15, 2],
    ]);
  });

  it('keeps a stretch that has no gentler variant', () => {
    expect(shape('workday', { week: 1, gentler: [0] })).toEqual([
      ['seatedTwist', 0, 15, 1],
      ['standingHamstring', 1, 15, 2],
    ]);
  });

  it('goes one step gentler, not to the end of the chain: the standing hamstring becomes the seated one, not the chair one', () => {
    // standingHamstring → seatedHamstring → chairHamstring (stretches.ts); the morning allows the floor.
    expect(shape('morning', { week: 1, gentler: [5] })).toEqual([
      ['kneelingHipFlexor', 0, 15, 2],
      ['catCow', 1, 15, 1],
      ['supineTwist', 2, 15, 1],
      ['kneesToChest', 4, 15, 1],
      ['seatedHamstring', 5, 15, 2],
    ]);
  });

  it('shifts the hold of the item asked for by 5 s, within its range', () => {
    expect(shape('morning', { week: 1, shifts: { 2: 1, 0: -1 } })).toEqual([
      ['kneelingHipFlexor', 0, 15, 2],
      ['catCow', 1, 15, 1],
      ['supineTwist', 2, 20, 1],
      ['kneesToChest', 4, 15, 1],
      ['standingHamstring', 5, 15, 2],
    ]);
  });
});

describe('steps', () => {
  it('the workday plan: each side of a one-sided stretch is a step of its own', () => {
    expect(buildPlan('workday', { week: 1 }).steps).toStrictEqual([
      { stretchIndex: 0, stretch: 'seatedTwist', side: 'right', rep: 1, reps: 1, hold: 15 },
      { stretchIndex: 0, stretch: 'seatedTwist', side: 'left', rep: 1, reps: 1, hold: 15 },
      { stretchIndex: 1, stretch: 'standingHamstring', side: undefined, rep: 1, reps: 2, hold: 15 },
      { stretchIndex: 1, stretch: 'standingHamstring', side: undefined, rep: 2, reps: 2, hold: 15 },
    ]);
  });

  it('the evening plan: every repetition on the right, then every one on the left', () => {
    const steps = buildPlan('evening', { week: 1 }).steps.slice(0, 7);
    expect(steps.map((s) => [s.stretchIndex, s.stretch, s.side, s.rep, s.reps, s.hold])).toEqual([
      [0, 'standingHamstring', undefined, 1, 2, 20],
      [0, 'standingHamstring', undefined, 2, 2, 20],
      [1, 'standingTfl', 'right', 1, 1, 30],
      [1, 'standingTfl', 'left', 1, 1, 30],
      [2, 'kneelingHipFlexor', 'right', 1, 2, 30],
      [2, 'kneelingHipFlexor', 'right', 2, 2, 30],
      [2, 'kneelingHipFlexor', 'left', 1, 2, 30],
    ]);
  });

  it('each planned stretch knows its first step and how many steps it has', () => {
    expect(buildPlan('workday', { week: 1 }).stretches.map((s) => [s.firstStep, s.stepCount])).toEqual([
      [0, 2],
      [2, 2],
    ]);
    expect(buildPlan('evening', { week: 1, conditions: ['groinPain'] }).stretches.map((s) => [s.firstStep, s.stepCount])).toEqual([
      [0, 2],
      [2, 2],
      [4, 4],
      [8, 1],
      [9, 2],
    ]);
  });

  it('finds the stretch of a step, and refuses a step from outside the plan', () => {
    const plan = buildPlan('workday', { week: 1 });
    expect(stretchOfStep(plan, plan.steps[2]!)).toEqual({ stretch: 'standingHamstring', item: 1, hold: 15, reps: 2, firstStep: 2, stepCount: 2 });
    expect(() => stretchOfStep(plan, { ...plan.steps[0]!, stretchIndex: 2 })).toThrow(new RangeError('stretch 2 is outside the plan'));
  });

  it('names its routine', () => {
    expect(buildPlan('evening', { week: 1 }).routine).toBe('evening');
  });
});
