import { classifyFeeling, warningFromSlots, type Feeling } from '../../src/coach/feeling';
import type { WarningSign } from '../../src/coach/safety';

/**
 * Where one category ends and the next begins (issue 21, the classifier's surviving mutants): a sore
 * groin or bottom is pain, not saddle numbness (that needs a lost or altered feeling there); sore legs,
 * both of them, are pain, not sudden weakness in both legs; an odd feeling in a named part of the body
 * is a sign to refer, while an odd feeling with nowhere named is not a sign at all (the coach checks in).
 * Expectations written from what each sign means (seeds 001/002, EVIDENCE.md), not from the patterns.
 */
const pain: Feeling = { kind: 'pain' };
const numbness: Feeling = { kind: 'warning', sign: 'numbness' };
const none: Feeling = { kind: 'none' };

it.each([
  ['my groin is sore', pain],
  ['my bottom hurts', pain],
  ['both legs are sore', pain],
  ['both my legs ache', pain],
  ['my calf feels strange', numbness],
  ['my foot feels weird', numbness],
  ['my knee feels odd', numbness],
  ['it feels strange', none],
  ['something feels odd', none],
] as const)('"%s"', (words, expected) => {
  expect(classifyFeeling(words)).toEqual(expected);
});

/** A sign Alexa resolved from the slot is raised to "both legs" (urgent) only for the signs that can affect both legs. */
it.each([
  ['numbness', 'both legs', 'bothLegs'],
  ['tingling', 'both legs', 'bothLegs'],
  ['weakness', 'both legs', 'bothLegs'],
  ['fever', 'both legs', 'fever'],
  ['severe', 'both legs', 'severe'],
  ['tingling', 'my left leg', 'tingling'],
] as const)('the slot sign %s with "%s" is %s', (sign, words, expected) => {
  expect(warningFromSlots(sign as WarningSign, words)).toBe(expected);
});
