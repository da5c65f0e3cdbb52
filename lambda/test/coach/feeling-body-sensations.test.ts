import { classifyFeeling } from '../../src/coach/feeling';

/**
 * A body part said with an odd sensation is read as a warning sign (altered sensation, a
 * referral): a needless referral costs less than a missed one. A cramp, and the feelings of an
 * ordinary stretch, are never sent to a doctor.
 */
describe('a body part with an odd sensation', () => {
  it.each([
    'my leg feels weird',
    'my foot feels strange',
    'my knee feels funny',
    'my toes are cold',
    'my legs feel heavy',
    'my foot does not feel like my own',
    'my left leg feels useless',
  ])('"%s" is a referral-level sign', (said) => {
    expect(classifyFeeling(said)).toEqual({ kind: 'warning', sign: 'numbness' });
  });

  it.each(['my calf feels funny, it is cramping', 'my hamstring feels tight', 'my hip feels stiff', 'I can feel it pulling in my thigh', 'this feels weird'])(
    '"%s" is not a warning sign',
    (said) => {
      expect(classifyFeeling(said).kind).not.toBe('warning');
    },
  );
});

describe('everyday words for signs the coach already knows', () => {
  it.each([
    ['i cant stand on my left leg', 'weakness'],
    ['um i had an accident in my pants', 'bladderBowel'],
    ['it hurts all night long', 'night'],
    ['it aches every night', 'night'],
  ] as const)('"%s" is %s', (said, sign) => {
    expect(classifyFeeling(said)).toEqual({ kind: 'warning', sign });
  });

  it('something clicking in a joint stops the stretch as pain', () => {
    expect(classifyFeeling('something clicked in my knee')).toEqual({ kind: 'pain' });
  });
});
