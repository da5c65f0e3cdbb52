import { corpusFor } from '../../../tools/understanding/corpora';
import { measureUnderstanding, type Figures } from '../../../tools/understanding/measure';
import { seededBundleOnDynalite } from '../support/bundle';

/**
 * Issue 14 holds German, Spanish, French and regional English to issue 11's bar, per language, on
 * each language's HELD-OUT half (never read, never copied into a model), through the exact resolver
 * and the built handler, judged by ear in the language's own words. Where a language does not yet
 * reach the target, the assertion is the floor it reaches today, so a figure cannot slip back
 * unnoticed; the target stays written beside it. Raise a floor only after structural work tuned on
 * the tuning and dev halves. Known ceiling: a one-shot that names the skill "hip coach" on a German,
 * Spanish or French model cannot reach it (its invocation name is the language's own).
 */
const local = seededBundleOnDynalite();

/** Issue 11 "Done when", held-out half, exact resolver. */
const TARGET = { everyday: 0.9, warning: 1, pain: 1 } as const;
/** What each locale's held-out half reaches today (exact resolver): everyday read as the right intent, warnings and pain by ear. */
const FLOOR: Readonly<Record<string, { everyday: number; warning: number; pain: number }>> = {
  // de-DE pain 0.79 -> 0.89, es-ES warning 0.93 -> 0.96 (2026-12-04, lang8: one-shots without their connector and the coach
  // addressed by name; a pain's quality, or a stretch too strong to hold, read as pain rather than the severe sign).
  // de-DE everyday 0.74 -> 0.79, warning 0.93 -> 0.96 (2026-12-05, lang9d: southern and recogniser forms, the blind de/fresh6
  // families tuned on dev; held-out everyday 80 %, warnings 97 % by ear).
  // de-DE everyday 0.79 -> 0.83, pain 0.89 -> 1; es-ES pain 0.88 -> 1; fr-FR everyday 0.86 -> 0.88; en-GB everyday 0.73 -> 0.8,
  // warning 0.9 -> 0.91 (2026-12-07, langDe/langEs/langFr and the lead's regional families, tuned on the blind fresh7 sets in the
  // dev halves; held-out de 70/84 everyday, 29/30 warnings, 10/10 pain; es 78/84, 29/30, 9/9; fr 74/84, 29/30, 9/9; en-GB 12/15, 21/23, 5/5).
  'de-DE': { everyday: 0.83, warning: 0.96, pain: 1 },
  // es-ES everyday 0.91 -> 0.92, fr-FR everyday 0.82 -> 0.86 and warning 0.93 -> 0.96 (2026-12-04, lang9r: families from the
  // blind fresh6 sets, tuned on dev only).
  'es-ES': { everyday: 0.92, warning: 0.96, pain: 1 },
  'fr-FR': { everyday: 0.88, warning: 0.96, pain: 1 },
  // en-GB warning 0.82 -> 0.9 (2026-12-04, en7s: 83 -> 91 % by ear after the regional families in the classifier).
  'en-GB': { everyday: 0.8, warning: 0.91, pain: 1 },
};

describe.each(Object.entries(FLOOR))('%s held-out half, exact resolver through the built skill', (locale, floor) => {
  let figures: Figures | undefined;
  beforeAll(async () => {
    figures = await measureUnderstanding({ skill: local.skill, halves: ['held-out'], resolvers: ['exact'], locale, corpus: corpusFor(locale) });
  }, 120_000);
  const tally = (group: 'everyday' | 'warning' | 'pain') => {
    if (!figures) throw new Error('the held-out half was not measured');
    return figures.tally({ half: 'held-out', resolver: 'exact', group });
  };

  it(`reads at least ${String(floor.everyday * 100)} % of everyday phrasings as the right intent (target ${String(TARGET.everyday * 100)} %)`, () => {
    const t = tally('everyday');
    expect(t.intentHits / t.n).toBeGreaterThanOrEqual(floor.everyday);
  });

  it(`refers at least ${String(floor.warning * 100)} % of warning signs with the right urgency (target ${String(TARGET.warning * 100)} %)`, () => {
    const t = tally('warning');
    expect(t.byEar / t.n).toBeGreaterThanOrEqual(floor.warning);
  });

  it(`stops the stretch for at least ${String(floor.pain * 100)} % of pain phrasings (target ${String(TARGET.pain * 100)} %)`, () => {
    const t = tally('pain');
    expect(t.byEar / t.n).toBeGreaterThanOrEqual(floor.pain);
  });

  it('tells no safety phrasing to go on, and gives no referral-level sign emergency advice', () => {
    if (!figures) throw new Error('the held-out half was not measured');
    const all = figures.tally({ half: 'held-out', resolver: 'exact' });
    expect([all.toldToGoOn, all.overTriaged]).toEqual([0, 0]);
  });
});
