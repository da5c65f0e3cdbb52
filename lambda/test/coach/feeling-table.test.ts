import { classifyFeeling, type Feeling } from '../../src/coach/feeling';

/**
 * What free words about the body amount to, one table per category (issue 21). The phrasings were
 * written from what each warning sign means (seeds 001/002: numbness, tingling, weakness, pain
 * spreading below the knee, pain at night, after a fall, with a fever, severe or worsening), not
 * from the classifier's patterns; the urgent signs have their own table in urgent-feelings.test.ts.
 * Each phrasing holds one sign only, so the table does not depend on the order signs are looked for.
 */
const warning = (sign: string): Feeling => ({ kind: 'warning', sign } as Feeling);

const table: ReadonlyArray<readonly [Feeling, readonly string[]]> = [
  [
    warning('numbness'),
    [
      'my foot is numb',
      'numbness in my foot',
      'my heel feels num',
      'I have no feeling in my foot',
      'I have lost the feeling in my foot',
      "I don't have any feeling in my foot",
      "I haven't got any feeling in my toes",
      "I can't feel my foot",
      'I cannot feel my toes',
      'my foot has gone dead',
      'my foot has fallen asleep',
      'it feels dead',
    ],
  ],
  [
    warning('tingling'),
    [
      'my foot is tingling',
      'a tingle in my heel',
      'tingeling in my foot',
      'pins and needles in my foot',
      'my foot is prickling',
      'my calf feels fizzy',
      'a buzzing in my heel',
      'it feels like ants crawling on my foot',
    ],
  ],
  [
    warning('weakness'),
    [
      'my knee buckled',
      'my leg feels week',
      'my leg collapsed under me',
      'I have no strength in my leg',
      'my leg will not hold my weight',
      'I am dragging my foot',
      'my leg feels like jelly',
    ],
  ],
  [
    warning('bothLegs'),
    [
      'both my legs feel weak',
      'numbness in both legs',
      'tingling in both feet',
      'both my legs are numb',
      'both of my legs are tingling',
      'my legs are weak',
    ],
  ],
  [
    warning('radiating'),
    [
      'it shoots down my leg',
      'a shooting pain in my calf',
      'it radiates into my thigh',
      'I think it is sciatica',
      'an electric shock in my leg',
      'it is spreading into my leg',
      'it goes below my knee',
      'the pain runs down my leg',
      'all the way down to my foot',
    ],
  ],
  [
    warning('night'),
    ['it hurts at night', 'it comes on during the night', 'the pain wakes me up', 'it keeps me awake', "I can't sleep for it", 'it does not ease even lying still'],
  ],
  [
    warning('fall'),
    ['it started after I fell', 'I had a fall yesterday', 'I slipped on the ice', 'I tripped on the stairs', 'I was in a car accident', 'I took a tumble'],
  ],
  [
    warning('fever'),
    ['I have a fever', 'I have a high temperature', 'I have the chills', 'I keep shivering', 'I feel unwell', 'I think I have the flu', 'I am sweating a lot'],
  ],
  [
    warning('severe'),
    ['the pain is severe', 'it is unbearable', 'it is excruciating', 'it is getting worse', 'it is ten out of ten', "I can't bear it", 'it is really bad', 'the agony'],
  ],
  [{ kind: 'cramp' }, ['I have a cramp', 'my calf is cramping', 'a charley horse', 'my calf seized up', 'a muscle spasm in my calf']],
  [
    { kind: 'pain' },
    [
      'that hurts',
      'it is painful',
      'ow',
      'owww',
      'ouch',
      'my hip is sore',
      'my hip aches',
      'a sharp pinch in my hip',
      'it stings',
      'my hip is throbbing',
      'that is too much',
      'something popped',
      'I pulled a muscle',
      'this is uncomfortable',
      'I do not like this',
      'that is not right',
    ],
  ],
  // Issue 12: the stretch as it should feel is "fine", not nothing.
  [{ kind: 'fine' }, ['this feels lovely', 'all good']],
  [{ kind: 'none' }, ['a gentle pull', "I can't feel the stretch", 'I cannot feel it stretch', '']],
];

describe.each(table)('%j', (expected, phrasings) => {
  it.each(phrasings)('"%s"', (said) => {
    expect(classifyFeeling(said)).toEqual(expected);
  });
});

describe('how the words are read', () => {
  it('reads curly and straight apostrophes alike', () => {
    expect(classifyFeeling('I can’t feel my foot')).toEqual(warning('numbness'));
    expect(classifyFeeling('I can‘t feel my foot')).toEqual(warning('numbness'));
    expect(classifyFeeling('I can`t feel my foot')).toEqual(warning('numbness'));
  });

  it('reads the words whatever their case', () => {
    expect(classifyFeeling('My Foot Is NUMB')).toEqual(warning('numbness'));
    expect(classifyFeeling('I HAVE A FEVER')).toEqual(warning('fever'));
    expect(classifyFeeling('OUCH')).toEqual({ kind: 'pain' });
  });

  it('a warning sign wins over a cramp, and a cramp over plain pain', () => {
    expect(classifyFeeling('a cramp and my foot is numb')).toEqual(warning('numbness'));
    expect(classifyFeeling('it hurts and I have a fever')).toEqual(warning('fever'));
    expect(classifyFeeling('a painful cramp')).toEqual({ kind: 'cramp' });
  });
});
