import { en } from '../../src/speech/resources/en';
import { languageWords, localeWords } from '../../src/speech/resources';
import { LANGUAGES, LOCALES, languageOf, type Language } from '../../src/speech/locales';
import { createVoice } from '../../src/speech/voice';
import type { PhraseKey } from '../../src/speech/phrase-key';

/** Every leaf of a resource tree as dotted key → text (a list is one entry, its phrasings joined). */
function leaves(tree: unknown, prefix = ''): Map<string, string | readonly string[]> {
  const out = new Map<string, string | readonly string[]>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const id = `${prefix}${key}`;
    if (typeof value === 'string' || Array.isArray(value)) out.set(id, value as string | readonly string[]);
    else for (const [k, v] of leaves(value, `${id}.`)) out.set(k, v);
  }
  return out;
}

const params = (text: string | readonly string[]): string[] =>
  [...new Set([text].flat().flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string)))].sort();

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const english = leaves(en);
/** Plural families of the English words: base key → its forms. */
const englishPlurals = new Map<string, string[]>();
for (const key of english.keys()) {
  const m = PLURAL.exec(key);
  if (m && english.has(`${m[1]}_other`)) englishPlurals.set(m[1] as string, [...(englishPlurals.get(m[1] as string) ?? []), key]);
}
const pluralBase = (key: string): string | undefined => {
  const m = PLURAL.exec(key);
  return m && englishPlurals.has(m[1] as string) ? m[1] : undefined;
};

/** The plural categories a language's numbers fall into, as i18next picks them (Intl.PluralRules). */
const categories = (language: string): string[] => new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
/** Whether more than one whole number falls in a category: then its form must say {{count}}. */
const sharedCategory = (language: string, category: string): boolean => {
  const rules = new Intl.PluralRules(language);
  let n = 0;
  for (let i = 0; i <= 1000 && n < 2; i++) if (rules.select(i) === category) n++;
  return n > 1;
};

const others = LANGUAGES.filter((l): l is Exclude<Language, 'en'> => l !== 'en');

describe.each(others)('%s has every English word, with the same parameters', (language) => {
  const words = leaves(languageWords[language]());

  it('has every English key that is not a plural form', () => {
    const missing = [...english.keys()].filter((k) => !pluralBase(k) && !words.has(k));
    expect(missing).toEqual([]);
  });

  it('has no key English lacks (a stale or misspelt key)', () => {
    const extra = [...words.keys()].filter((k) => !english.has(k) && !(pluralBase(k) && PLURAL.test(k)));
    expect(extra).toEqual([]);
  });

  it('takes the same {{parameters}} as English in every key', () => {
    const differ = [...english.entries()]
      .filter(([k]) => !pluralBase(k) && words.has(k))
      .filter(([k, v]) => params(words.get(k) ?? '').join() !== params(v).join())
      .map(([k, v]) => `${k}: ${params(v).join()} ≠ ${params(words.get(k) ?? '').join()}`);
    expect(differ).toEqual([]);
  });

  it("has each plural key in exactly the language's plural categories (Intl.PluralRules)", () => {
    const wanted = categories(language);
    const wrong = [...englishPlurals.keys()]
      .map((base) => [base, [...words.keys()].filter((k) => pluralBase(k) === base).map((k) => PLURAL.exec(k)?.[2]).sort()] as const)
      .filter(([, found]) => found.join() !== wanted.join())
      .map(([base, found]) => `${base}: ${found.join()} (wants ${wanted.join()})`);
    expect(wrong).toEqual([]);
  });

  it('says {{count}} in a plural form whenever more than one number takes it (French 0 and 1 are both "one")', () => {
    const wrong: string[] = [];
    for (const [base, forms] of englishPlurals) {
      const family = params(forms.map((f) => english.get(f) as string));
      for (const category of categories(language)) {
        const text = words.get(`${base}_${category}`);
        if (text === undefined) continue;
        const own = params(text);
        const allowed = sharedCategory(language, category) || !family.includes('count') ? family : family.filter((p) => p !== 'count');
        if (!(own.every((p) => family.includes(p)) && allowed.every((p) => own.includes(p)))) wrong.push(`${base}_${category}: ${own.join()}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the countdown as long as English, one word a second', () => {
    expect(words.get('cue.countdown')?.length).toBe(en.cue.countdown.length);
  });
});

describe.each(LOCALES)('%s overrides', (locale) => {
  it('override only keys its language has, with the same parameters', () => {
    const language = leaves(languageWords[languageOf(locale)]());
    const own = leaves(localeWords[locale]());
    const wrong = [...own.entries()].filter(([k, v]) => !language.has(k) || params(language.get(k) ?? '').join() !== params(v).join()).map(([k]) => k);
    expect(wrong).toEqual([]);
  });
});

describe('resolution: a locale, then its language, and never English for another language', () => {
  it('en-GB says its own emergency number and takes everything else from English', () => {
    const gb = createVoice('en-GB', () => 0);
    expect(gb.say('safety.warningUrgent', { what: 'Numbness' })).toContain('nine nine nine');
    expect(gb.say('safety.warning', { what: 'Tingling' })).toContain('your GP or a physio');
    expect(gb.say('cue.hold')).toBe(en.cue.hold[0]);
  });

  it.each([
    ['en-US', 'call emergency services'],
    ['en-CA', 'nine one one'],
    ['en-AU', 'triple zero'],
    ['en-IN', 'one one two'],
    ['de-DE', 'eins eins zwei'],
    ['es-ES', 'uno uno dos'],
    ['es-MX', 'nueve uno uno'],
    ['es-US', 'nueve uno uno'],
    ['fr-FR', 'le quinze, le Samu'],
    ['fr-CA', 'le neuf un un'],
  ])('%s sends an emergency to %s', (locale, number) => {
    expect(createVoice(locale, () => 0).say('safety.warningUrgent', { what: 'X' })).toContain(number);
  });

  it('a key German lacks comes back as the bare key, not as English', () => {
    const voice = createVoice('de-DE', () => 0);
    expect(voice.say('no.such.key' as PhraseKey)).toBe('no.such.key');
  });

  it('a German locale without a model of its own (de-AT) speaks German, and an unknown language English', () => {
    expect(createVoice('de-AT', () => 0).say('cue.hold')).toBe('Und halten.');
    expect(createVoice('ja-JP', () => 0).say('cue.hold')).toBe(en.cue.hold[0]);
  });

  it.each([
    ['fr-FR', 0, 'Il reste environ 0 seconde sur celui-ci.'],
    ['fr-FR', 1, 'Il reste environ 1 seconde sur celui-ci.'],
    ['fr-FR', 2, 'Il reste environ 2 secondes sur celui-ci.'],
    ['de-DE', 0, 'Noch etwa 0 Sekunden bei dieser Übung.'],
    ['de-DE', 1, 'Noch etwa eine Sekunde bei dieser Übung.'],
    ['es-MX', 1, 'Queda más o menos un segundo en este.'],
    ['es-MX', 20, 'Quedan más o menos 20 segundos en este.'],
    ['en-GB', 0, 'About 0 seconds left on this one.'],
  ])('%s says %i seconds left in its own plural', (locale, count, said) => {
    expect(createVoice(locale, () => 0).say('questions.remaining', { count })).toBe(said);
  });
});
