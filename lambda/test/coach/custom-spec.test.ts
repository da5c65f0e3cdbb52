import { candidatesFor } from '../../src/coach/custom-plan';
import { allowedAt, customHoldRange, customRoutineSpec, isCustomAsk, isCustomSpec, isRoutineKind, type Daypart, type Focus } from '../../src/coach/custom-spec';

/**
 * What each focus draws on, written down by hand from the seeds' muscle table (lambda/src/scripts/stretches.ts:
 * each stretch's targets, `deep`, its hold range) and the regions users name: the stretches a custom routine
 * may choose from, in catalogue order, and the hold each time of day allows.
 */
const evening: Readonly<Record<Focus, readonly string[]>> = {
  any: [
    'kneelingHipFlexor', 'standingHipFlexor', 'hipRotator', 'figureFour', 'piriformis', 'seatedFigureFour', 'seatedHamstring',
    'standingHamstring', 'chairHamstring', 'standingTfl', 'frog', 'butterfly', 'childsPose', 'catCow', 'supineTwist',
    'pelvicTilt', 'kneesToChest', 'towelRoll', 'seatedTwist',
  ],
  lowerBack: ['seatedHamstring', 'childsPose', 'catCow', 'supineTwist', 'pelvicTilt', 'kneesToChest', 'seatedTwist'],
  hips: ['kneelingHipFlexor', 'standingHipFlexor', 'hipRotator', 'figureFour', 'standingTfl', 'frog', 'butterfly', 'towelRoll'],
  hipFront: ['kneelingHipFlexor', 'standingHipFlexor', 'towelRoll'],
  hipOuter: ['hipRotator', 'figureFour', 'standingTfl'],
  hipInner: ['frog', 'butterfly'],
  glutes: ['hipRotator', 'figureFour', 'piriformis', 'seatedFigureFour', 'childsPose', 'supineTwist', 'kneesToChest'],
  hamstrings: ['seatedHamstring', 'standingHamstring', 'chairHamstring'],
};

const catalogueOrder = evening.any;
const pool = (focus: Focus, time: Daypart): string[] =>
  candidatesFor({ minutes: 10, focus, time }, 1, [])
    .map((c) => c.stretch as string)
    .sort((a, b) => catalogueOrder.indexOf(a) - catalogueOrder.indexOf(b));

describe('the stretches a custom routine may choose from', () => {
  it.each(Object.entries(evening))('in the evening, for %s', (focus, stretches) => {
    expect(pool(focus as Focus, 'evening')).toEqual(stretches);
  });

  it('in the daytime the deep ones are allowed too', () => {
    expect(pool('hipInner', 'day')).toEqual(['frog', 'butterfly']);
    expect(pool('hipOuter', 'day')).toEqual(['hipRotator', 'figureFour', 'standingTfl']);
  });

  it('in the morning the deep ones (the figure four, the frog) wait for later', () => {
    expect(pool('hipInner', 'morning')).toEqual(['butterfly']);
    expect(pool('hipOuter', 'morning')).toEqual(['hipRotator', 'standingTfl']);
    expect(allowedAt('frog', 'morning')).toBe(false);
    expect(allowedAt('butterfly', 'morning')).toBe(true);
    expect(allowedAt('frog', 'day')).toBe(true);
    expect(allowedAt('figureFour', 'evening')).toBe(true);
  });
});

describe('the hold each time of day allows', () => {
  it.each([
    ['towelRoll', 'morning', 30, 30],
    ['towelRoll', 'day', 30, 40],
    ['towelRoll', 'evening', 30, 60],
    ['kneelingHipFlexor', 'morning', 30, 30],
    ['kneelingHipFlexor', 'day', 30, 40],
    ['catCow', 'morning', 15, 30],
    ['catCow', 'evening', 15, 30],
  ] as const)('%s in the %s holds %i to %i s', (stretch, time, min, max) => {
    expect(customHoldRange(stretch, time)).toEqual({ min, max });
  });
});

describe('a custom spec as a routine', () => {
  it('is the asked minutes, every position, and each stretch at its fitted repetitions and the time of day\'s hold', () => {
    expect(
      customRoutineSpec({ minutes: 7, played: 410, focus: 'hips', time: 'morning', items: [['standingTfl', 1], ['towelRoll', 1]] }),
    ).toEqual({
      minutes: { min: 7, max: 7 },
      positions: ['floor', 'standing', 'seated'],
      items: [
        { stretch: 'standingTfl', hold: { min: 30, max: 30 }, reps: { min: 1, max: 1 } },
        { stretch: 'towelRoll', hold: { min: 30, max: 30 }, reps: { min: 1, max: 1 } },
      ],
    });
  });

  it.each([
    ['custom', true],
    ['evening', true],
    ['workday', true],
    ['customs', false],
    ['', false],
    [undefined, false],
  ])('"%s" is a routine kind: %s', (value, known) => {
    expect(isRoutineKind(value)).toBe(known);
  });
});

describe('what a user asked for, carried through the first-use screen', () => {
  it.each([
    ['five minutes for the hips', { minutes: 5, focus: 'hips' }, true],
    ['two minutes, any focus', { minutes: 2, focus: 'any' }, true],
    ['thirty minutes for the hamstrings', { minutes: 30, focus: 'hamstrings' }, true],
    ['one minute', { minutes: 1, focus: 'hips' }, false],
    ['thirty-one minutes', { minutes: 31, focus: 'hips' }, false],
    ['five and a half minutes', { minutes: 5.5, focus: 'hips' }, false],
    ['an unknown focus', { minutes: 5, focus: 'elbows' }, false],
    ['no focus', { minutes: 5 }, false],
    ['nothing at all', null, false],
    ['a number', 5, false],
    ['text', 'five minutes', false],
    ['a list', [5, 'hips'], false],
  ])('%s: %s', (_label, value, kept) => {
    expect(isCustomAsk(value)).toBe(kept);
  });
});

describe('a custom spec read back', () => {
  const spec = { minutes: 5, played: 300, focus: 'lowerBack', time: 'evening', items: [['catCow', 1], ['supineTwist', 2]] };
  it.each([
    ['a fitted spec', spec, true],
    ['nothing at all', null, false],
    ['a number', 5, false],
    ['text', 'custom', false],
    ['a list holding the spec', [spec], false],
    ['a good stretch, then one at 9 repetitions', { ...spec, items: [['catCow', 1], ['supineTwist', 9]] }, false],
  ])('%s: %s', (_label, value, kept) => {
    expect(isCustomSpec(value)).toBe(kept);
  });
});
