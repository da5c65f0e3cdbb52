/**
 * The per-language corpora (de, es, fr, regional English) are the yardstick the languages harness
 * will measure those interaction models by, so their shape is guarded here: dealt by the documented
 * split rule, written as a recogniser hands speech over, warning signs carrying the English corpus's
 * urgency, and enough phrasings per safety category to mean something.
 * Failures report counts and tuning texts only, never a held-out text.
 */
import { categoryOf, type Phrasing, type SignCategory, type Urgency } from './corpus/phrasing';
import { fnv1a, splitCorpus } from '../../../tools/understanding/split-corpus';
import { tuningPhrasings as deTuning } from './corpus/de/tuning';
import { heldOutPhrasings as deHeldOut } from './corpus/de/held-out';
import { tuningPhrasings as esTuning } from './corpus/es/tuning';
import { heldOutPhrasings as esHeldOut } from './corpus/es/held-out';
import { tuningPhrasings as frTuning } from './corpus/fr/tuning';
import { heldOutPhrasings as frHeldOut } from './corpus/fr/held-out';
import { tuningPhrasings as regionalTuning } from './corpus/en-regional/tuning';
import { heldOutPhrasings as regionalHeldOut } from './corpus/en-regional/held-out';

const corpora: readonly (readonly [string, readonly Phrasing[], readonly Phrasing[]])[] = [
  ['de', deTuning, deHeldOut],
  ['es', esTuning, esHeldOut],
  ['fr', frTuning, frHeldOut],
  ['en-regional', regionalTuning, regionalHeldOut],
];

const urgencyOf: Readonly<Record<SignCategory, Urgency>> = {
  bladderBowel: 'emergency',
  saddle: 'emergency',
  bothLegs: 'emergency',
  numbness: 'referral',
  tingling: 'referral',
  weakness: 'referral',
  radiating: 'referral',
  severe: 'referral',
  fall: 'referral',
  fever: 'referral',
  night: 'referral',
};

const key = (p: Phrasing): string => `${p.text}\u0000${categoryOf(p.expect)}\u0000${p.context}`;
const countBy = (list: readonly Phrasing[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const p of list) counts.set(categoryOf(p.expect), (counts.get(categoryOf(p.expect)) ?? 0) + 1);
  return counts;
};

describe('split rule', () => {
  it('hashes by 32-bit FNV-1a over UTF-8 (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('deals each category by context then hash, alternately, tuning first; a repeated text keeps its half', () => {
    const next = (text: string, context: Phrasing['context']): Phrasing => ({ text, expect: { intent: 'AMAZON.NextIntent' }, context });
    const resume = (text: string): Phrasing => ({ text, expect: { intent: 'AMAZON.ResumeIntent' }, context: 'paused' });
    const texts = ['alpha', 'bravo', 'charlie'].sort((a, b) => fnv1a(a) - fnv1a(b));
    const [first, second, third] = texts as [string, string, string];
    const { tuning, heldOut } = splitCorpus([next(third, 'between'), next(first, 'between'), next(second, 'between'), next('zulu', 'hold'), resume(second), resume('yankee')]);
    expect(tuning.map((p) => p.text)).toEqual([first, third, 'yankee']);
    expect(heldOut.map((p) => p.text)).toEqual([second, 'zulu', second]);
  });
});

describe.each(corpora)('%s corpus', (_name, tuning, heldOut) => {
  const all = [...tuning, ...heldOut];

  it('is dealt between its halves by the split rule', () => {
    const dealt = splitCorpus(all);
    const inTuning = new Set(dealt.tuning.map(key));
    expect(tuning.filter((p) => !inTuning.has(key(p))).map((p) => p.text)).toEqual([]);
    expect(heldOut.filter((p) => inTuning.has(key(p))).length).toBe(0);
  });

  it('never has one text in both halves', () => {
    const tuningTexts = new Set(tuning.map((p) => p.text));
    expect(heldOut.filter((p) => tuningTexts.has(p.text)).length).toBe(0);
  });

  it('is written as the recogniser hands speech over: lower case, letters, spaces and apostrophes', () => {
    const shaped = (p: Phrasing): boolean => p.text === p.text.toLowerCase() && /^[\p{L}' ]+$/u.test(p.text) && !/\s{2}|^\s|\s$/.test(p.text);
    expect(tuning.filter((p) => !shaped(p)).map((p) => p.text)).toEqual([]);
    expect(heldOut.filter((p) => !shaped(p)).length).toBe(0);
  });

  it('gives every warning sign the urgency the English corpus gives it', () => {
    const wrong = (p: Phrasing): boolean => 'sign' in p.expect && p.expect.urgency !== urgencyOf[p.expect.sign];
    expect(tuning.filter(wrong).map((p) => p.text)).toEqual([]);
    expect(heldOut.filter(wrong).length).toBe(0);
  });

  it('has at least 5 phrasings of every warning sign, 5 of cramp and 10 of pain', () => {
    const counts = countBy(all);
    const short = [...Object.keys(urgencyOf).map((s) => [`sign:${s}`, 5] as const), ['cramp', 5] as const, ['pain', 10] as const].filter(([c, n]) => (counts.get(c) ?? 0) < n);
    expect(short).toEqual([]);
  });
});

describe.each(corpora.filter(([name]) => name !== 'en-regional'))('%s corpus covers', (_name, tuning, heldOut) => {
  it('every intent the English tuning half asks for, every routine, and 15 or more pain phrasings', () => {
    const counts = countBy([...tuning, ...heldOut]);
    const wanted = [
      'AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'SkipIntent', 'AMAZON.RepeatIntent', 'AMAZON.PauseIntent', 'AMAZON.ResumeIntent',
      'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.HelpIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'HoldDurationIntent',
      'WhichSideIntent', 'WhatDoesThisStretchIntent', 'HowManyLeftIntent', 'TellMeMoreIntent', 'EasierIntent', 'HarderIntent',
      'ProgressIntent', 'DeleteDataIntent', 'AMAZON.StartOverIntent', 'StartRoutineIntent:morning', 'StartRoutineIntent:workday',
      'StartRoutineIntent:evening', 'StartRoutineIntent:any', 'ConditionIntent', 'DescribeFeelingIntent', 'AMAZON.FallbackIntent',
    ];
    expect(wanted.filter((c) => (counts.get(c) ?? 0) < 3)).toEqual([]);
    expect(counts.get('pain') ?? 0).toBeGreaterThanOrEqual(15);
  });
});
