import { classifyFeeling, type Feeling, warningFromSlots } from '../../src/coach/feeling';

/**
 * Issue 11, en9s: the words for a warning sign as the speech recogniser writes them ("tinkling",
 * "pins and needless", "blather", "groan", "bomb", "can feel … anymore" with its "n't" lost), as
 * Indian English says them ("motion", "not having any power", "paining" in both legs), as older
 * people put them ("my waterworks", "a little accident", "the bit I sit on") and as what a weak leg
 * cannot do (climb the stairs, get out of a chair, bring the foot up). Written from what each sign
 * means, not from the classifier's patterns; each phrasing holds one sign.
 */
const warning = (sign: string): Feeling => ({ kind: 'warning', sign } as Feeling);

const table: ReadonlyArray<readonly [Feeling, readonly string[]]> = [
  [warning('tingling'), ['my heel is tinkling', 'a tinkly feeling in my shin', 'pins and needless in my ankle', 'pins in needles down my calf', 'my toes feel like lemonade', 'my foot is like soda water']],
  [warning('numbness'), ['i can feel my heel anymore', 'i can feel the side of my foot any more', 'my calf feels like cardboard', 'my foot is like a block', 'numb ness in my toes', 'my toes have gone none']],
  [warning('weakness'), ["i can't climb the stairs any more", "i can't manage the steps since monday", "i can't get out of the chair without pushing", "my toes won't lift up", "my foot doesn't come up when i walk", 'my toes keep catching on the carpet', "my leg isn't having any power", "i don't have any strength in my leg"]],
  // "Both" named outright with pain, or legs that do not feel one's own: the urgent kind.
  [warning('bothLegs'), ['both my legs are paining since morning', 'pain in both legs', 'my legs feel like someone else’s', 'my legs feel lifeless', 'both feet are tinkling']],
  [warning('bladderBowel'), ["i can't hold my blather", 'something is wrong with my waterworks', 'my motion is not in control', 'loose motions since yesterday', 'i had a little accident in the night', 'had an accident', "i can't hold it in"]],
  [warning('saddle'), ['my groan has gone numb', 'my bomb feels numb', 'tingling where i sit', 'the part i sit on is numb']],
  // Tingling misheard again ("tickling", "tinging") and said as a sting with no pain in it (nettles, pins, a hum).
  [warning('tingling'), ['my sole is tickling', 'my toes are tinging', 'like pins in my heel', 'my shin feels like nettles', 'my foot is humming']],
  [warning('weakness'), ['my ankle gave up on me', "i can't wiggle my toes", "i can't balance on my right leg", "my knee isn't strong enough to hold me", 'the strength has gone in my leg', "my foot doesn't want to lift", "i can't go up the steps", 'i keep stumbling over my left foot', "my toes aren't lifting"]],
  [warning('bladderBowel'), ["i didn't make it to the toilet in time"]],
  [warning('saddle'), ["i can't feel the loo seat"]],
  [warning('night'), ["i can't lie in bed with it"]],
  [warning('bothLegs'), ['both my legs feel strange', 'my two knees have gone weak']],
  // Legs that are "gone", like noodles, not supporting: said of both, the urgent kind.
  [warning('bothLegs'), ['my legs are gone', 'my legs feel like noodles', 'my legs are not supporting']],
  [warning('fall'), ['i took a dive in the car park', 'i ended up on my back on the patio', 'i slid down the last few steps', 'i skidded on the wet leaves', 'i was in a bump in the car']],
  // Hesitations inside the words do not part them.
  [warning('numbness'), ["i can't um feel my heel", 'my toes have er gone numb']],
  [warning('tingling'), ['my foot is uh tingling']],
  [warning('fall'), ['i took a spill on the stairs', 'i stacked it on the ice', 'i face planted in the garden', 'i had an accident at work last week']],
];

describe.each(table)('%j', (expected, phrasings) => {
  it.each(phrasings)('"%s"', (said) => {
    expect(classifyFeeling(said)).toEqual(expected);
  });
});

describe('misheard words that are not warning signs', () => {
  it.each(["i can feel the stretch anymore", 'there is none', 'none of them hurt', 'my legs are a bit sore', 'can i grab a soda', "my leg won't go down that far", 'i need a tinkle', "i can't go any further", "i can't go deeper than this"])('"%s" is not an urgent sign', (said) => {
    const read = classifyFeeling(said);
    expect(read.kind === 'warning' && ['saddle', 'bothLegs', 'bladderBowel'].includes(read.sign)).toBe(false);
  });

  it('plain pain in the legs, both not named, stays pain', () => {
    expect(classifyFeeling('my legs hurt')).toEqual({ kind: 'pain' });
  });
});

describe('the slots read again with their words', () => {
  it('an accident heard as a fall is the bladder kind when the words say so', () => {
    expect(warningFromSlots('fall', 'a little accident')).toBe('bladderBowel');
    expect(warningFromSlots('fall', 'had an accident')).toBe('bladderBowel');
  });

  it('a fall said with where it happened stays a fall', () => {
    expect(warningFromSlots('fall', 'a car accident')).toBe('fall');
    expect(warningFromSlots('fall', 'slipped on the ice')).toBe('fall');
  });
});

describe('regional English as the recogniser writes it', () => {
  it('reads a Scots "cannae" as "can\'t"', () => {
    expect(classifyFeeling('i cannae lift my foot', 'en-GB')).toEqual(warning('weakness'));
    expect(classifyFeeling('my legs willnae hold me', 'en-GB')).toEqual(warning('bothLegs'));
  });

  it('reads a tinkling foot as tingling, not as a wee', () => {
    expect(classifyFeeling('me foot is tinkling', 'en-GB')).toEqual(warning('tingling'));
    expect(classifyFeeling('my leg keeps tinkling', 'en-AU')).toEqual(warning('tingling'));
  });

  it('still reads "I tinkled myself" as wetting oneself', () => {
    expect(classifyFeeling('i tinkled myself', 'en-GB')).toEqual(warning('bladderBowel'));
  });

  it('reads Indian English both legs paining as the urgent kind', () => {
    expect(classifyFeeling('my both legs are paining too much', 'en-IN')).toEqual(warning('bothLegs'));
  });

  it('reads pain in both hips or both sides as a stretch that hurts (stop, go gentler), not an emergency', () => {
    expect(classifyFeeling('both my hips are painful')).toEqual({ kind: 'pain' });
    expect(classifyFeeling('my both hips are paining', 'en-IN')).toEqual({ kind: 'pain' });
    expect(classifyFeeling('both my legs are painful after the stretch')).toEqual(warning('bothLegs'));
  });
});
