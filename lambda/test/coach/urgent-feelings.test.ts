import { classifyFeeling, warningFromSlots } from '../../src/coach/feeling';
import { classifyWarning, warningReply, type WarningSign } from '../../src/coach/safety';
import { createVoice } from '../../src/speech/voice';

/**
 * The urgent (cauda equina) signs, one row per keyword the classifier knows (issue 21): each must
 * reach its sign and an emergency referral, whatever else the classifier learns later. Only the
 * urgent categories are pinned here, so new non-urgent categories do not break it.
 */
const voice = createVoice('en-US', () => 0);

function spokenFor(sign: WarningSign | undefined): string {
  return warningReply(sign, voice)
    .segments.map((s) => (s.kind === 'speech' ? s.text : ''))
    .join(' ');
}

const bladderBowel = [
  'my bladder feels strange',
  'something is wrong with my bowel',
  'I cannot control my bowels',
  'I need to pee and cannot hold it',
  'I keep peeing a little',
  'it hurts to urinate',
  'I am urinating without meaning to',
  'I think I wet myself',
  'I feel incontinent',
  'some incontinence since this morning',
  'I cannot stop the poo',
];

const saddle = [
  'my groin is numb',
  'numbness in my groin',
  'I have tingling between my legs',
  'pins and needles in my saddle area',
  'numbness in my bottom',
  'numb around my bottom',
  'tingling in my crotch',
  'tingling in my private parts',
  'my crotch is tingling',
  'saddle numbness',
  'between my legs feels numb',
];

const weakness = [
  'my leg feels weak',
  'sudden weakness in my left leg',
  'my knee gave way',
  'my leg keeps giving way',
  'my leg gives way when I stand',
  'I cannot lift my foot',
  "I can't lift my leg",
  'i cant lift my leg',
];

/** Both legs at once is an emergency of its own (issue 11), not one weak leg. */
const bothLegs = ['both my legs are giving out', 'my legs buckled'];

describe('urgent warning signs from free words', () => {
  it.each(bothLegs)('"%s" is weakness in both legs', (said) => {
    expect(classifyFeeling(said)).toEqual({ kind: 'warning', sign: 'bothLegs' });
  });

  it.each(bladderBowel)('"%s" is a bladder or bowel sign', (said) => {
    expect(classifyFeeling(said)).toEqual({ kind: 'warning', sign: 'bladderBowel' });
  });

  it.each(saddle)('"%s" is saddle numbness', (said) => {
    expect(classifyFeeling(said)).toEqual({ kind: 'warning', sign: 'saddle' });
  });

  it.each(weakness)('"%s" is leg weakness', (said) => {
    expect(classifyFeeling(said)).toEqual({ kind: 'warning', sign: 'weakness' });
  });

  // Regional English is rewritten into the classifier's words; the rewrite must keep the plural, or both legs become one leg's referral.
  it.each(['my legs are wobbly', 'my knees feel all wonky', 'both my ankles keep rolling', 'my feet keep catching on the floor', 'my legs feel like lead'])(
    '"%s" (en-GB) is weakness in both legs',
    (said) => {
      expect(classifyFeeling(said, 'en-GB')).toEqual({ kind: 'warning', sign: 'bothLegs' });
    },
  );

  // British "my legs have gone" (they gave way), "lost the use of", Indian English "both of my leg", useless legs: both legs'.
  it.each(['both my legs just went', 'me pins have gone', "i've lost the use of my legs", 'both of my leg is weak', 'my legs are heavy and useless'])(
    '"%s" (en-GB) is weakness in both legs',
    (said) => {
      expect(classifyFeeling(said, 'en-GB')).toEqual({ kind: 'warning', sign: 'bothLegs' });
    },
  );

  it.each(['my knee is wobbly', 'my ankle keeps rolling', 'my foot keeps catching'])('"%s" (en-GB) is one leg\'s weakness', (said) => {
    expect(classifyFeeling(said, 'en-GB')).toEqual({ kind: 'warning', sign: 'weakness' });
  });

  it('reads the words whatever their case', () => {
    expect(classifyFeeling('MY BLADDER FEELS STRANGE')).toEqual({ kind: 'warning', sign: 'bladderBowel' });
  });

  it('an urgent sign wins over pain words said with it', () => {
    expect(classifyFeeling('it hurts and my bladder feels strange')).toEqual({ kind: 'warning', sign: 'bladderBowel' });
    expect(classifyFeeling('sharp pain and my groin is numb')).toEqual({ kind: 'warning', sign: 'saddle' });
  });

  it('plain pain is pain, a good stretch is fine, and nothing said is nothing', () => {
    expect(classifyFeeling('ouch that hurts')).toEqual({ kind: 'pain' });
    expect(classifyFeeling('this feels lovely')).toEqual({ kind: 'fine' });
    expect(classifyFeeling('it feels tight')).toEqual({ kind: 'fine' });
    expect(classifyFeeling('the cat is on the mat')).toEqual({ kind: 'none' });
  });

  it('never reads a negated or overdone "good" as fine', () => {
    for (const said of ['this does not feel good', "it isn't nice", 'not great', 'way too tight', 'no good', "that doesn't feel right at all"]) {
      expect(classifyFeeling(said).kind).not.toBe('fine');
    }
  });

  it('a good word said with a warning sign or pain is still the sign or the pain', () => {
    expect(classifyFeeling('it feels good but my foot is tingling')).toEqual({ kind: 'warning', sign: 'tingling' });
    expect(classifyFeeling('the stretch is fine but my knee hurts')).toEqual({ kind: 'pain' });
  });
});

describe('a sign from the slots, read again with the words heard in them', () => {
  it('numbness in the saddle region is saddle numbness, however it is put', () => {
    for (const where of ['my bits', 'my private area', 'my nether regions', 'where I sit', 'my rear end']) {
      expect(warningFromSlots('numbness', `numb ${where}`)).toBe('saddle');
      expect(spokenFor(warningFromSlots('tingling', where))).toMatch(/emergency services/);
    }
  });

  it('weakness or numbness in both legs is the both-legs kind, whatever the limb word', () => {
    for (const where of ['both my knees', 'both feet', 'both of my thighs', 'neither leg']) {
      expect(warningFromSlots('weakness', where)).toBe('bothLegs');
      expect(warningFromSlots('numbness', where)).toBe('bothLegs');
    }
  });

  it('leaves a referral-level sign where it is and fills a missing one from the words', () => {
    expect(warningFromSlots('radiating', 'shooting down my bottom')).toBe('radiating');
    expect(warningFromSlots('weakness', 'my left foot')).toBe('weakness');
    expect(warningFromSlots(undefined, 'lost sensation in my bottom')).toBe('saddle');
    expect(warningFromSlots(undefined, 'my hip')).toBeUndefined();
  });
});

describe('numbness or tingling in the groin slot is saddle numbness', () => {
  it.each([
    ['numbness', 'groin', 'saddle'],
    ['tingling', 'groin', 'saddle'],
    ['numbness', 'knee', 'numbness'],
    ['tingling', undefined, 'tingling'],
    ['weakness', 'groin', 'weakness'],
  ] as const)('%s in the %s is %s', (sign, part, expected) => {
    expect(classifyWarning(sign, part)).toBe(expected);
  });
});

describe('the urgent signs are sent to emergency services; the others to a doctor or physical therapist', () => {
  it.each(['bladderBowel', 'saddle', 'bothLegs'] as const)('%s: call emergency services now, the routine ends', (sign) => {
    const reply = warningReply(sign, voice);
    expect(spokenFor(sign)).toMatch(/emergency services/);
    expect(reply.end).toBe(true);
    expect(reply.routine).toBeUndefined();
    expect(reply.effects).toEqual([{ kind: 'clearPosition' }]);
  });

  it.each(['numbness', 'tingling', 'weakness', 'radiating', 'severe', 'fall', 'fever', 'night'] as const)('%s: see a doctor or physical therapist, not an emergency', (sign) => {
    expect(spokenFor(sign)).toMatch(/doctor or physical therapist/);
    expect(spokenFor(sign)).not.toMatch(/emergency/);
  });

  it('a sign not named still stops the routine and refers the user', () => {
    expect(spokenFor(undefined)).toMatch(/doctor|physical therapist|health professional/);
    expect(warningReply(undefined, voice).end).toBe(true);
  });
});
