import i18next, { type i18n } from 'i18next';
import { logContainerError } from '../log';
import { isLocale, LANGUAGES, languageOf, LOCALES, type Language } from './locales';
import type { PhraseKey, PhraseParams, Voice } from './phrase-key';
import { languageBook, type LanguageBook } from './word-source';

/** Randomness in [0, 1), injected so tests choose the phrasing. */
export type Random = () => number;

/**
 * Where a locale's missing words come from: its own overrides, then its language, and nothing
 * after that. A German key missing is a bug the parity test catches, never English mid-sentence.
 * A locale Hip Coach has no model for (so no real request) speaks its language: de-AT is German,
 * and only a language Hip Coach lacks altogether is answered in English.
 */
const fallbackLng: Record<string, string[]> = {
  ...Object.fromEntries(LOCALES.map((locale) => [locale, [languageOf(locale)]])),
  ...Object.fromEntries(LANGUAGES.map((language) => [language, []])),
};

let shared: i18n | undefined;
const loaded = new Set<string>();

/** i18next, initialised once per container (synchronously); each language's words added on first use. */
function translator(): i18n {
  if (!shared) {
    shared = i18next.createInstance();
    void shared.init({
      resources: {},
      lng: 'en',
      fallbackLng,
      // 'currentOnly': en-GB is looked up as en-GB, then its chain above; 'languageOnly' would skip en-GB's own words.
      load: 'currentOnly',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return shared;
}

/**
 * Adds a bundle the first time a request needs it. Each code is added once, into nothing, so there is
 * nothing to merge into (deep: false) and nothing to protect by copying (skipCopy): the words are fresh
 * from their file and never changed. i18next's default copy (a JSON round trip) and deep merge of a
 * language's 30 KB were about 1 ms of a cold start's first request.
 */
function ensure(t: i18n, code: string, words: object): void {
  if (loaded.has(code)) return;
  t.addResourceBundle(code, 'translation', words, false, true, { skipCopy: true });
  loaded.add(code);
}

/** What a request in a language Hip Coach cannot read the words of is answered in. */
const FALLBACK_LOCALE = 'en-US';

/** Each language's book once read, or why it could not be: read at most once per container. */
const books = new Map<Language, LanguageBook | Error>();

/**
 * A language's words (the bundle reads them from words.<language>.json beside it, on first use).
 * A file that is missing or unreadable is logged once, and that language is then answered in English.
 */
function bookOf(language: Language): LanguageBook | undefined {
  let book = books.get(language);
  if (book === undefined) {
    try {
      book = languageBook(language);
    } catch (error) {
      book = error instanceof Error ? error : new Error(String(error));
      logContainerError('wordsUnavailable', { language, answeredIn: language === 'en' ? 'nothing' : FALLBACK_LOCALE, message: book.message });
    }
    books.set(language, book);
  }
  return book instanceof Error ? undefined : book;
}

/**
 * The locale a request is spoken in and the code its words are looked up under (a known locale, else
 * its language), with its words loaded. A language whose words cannot be read is spoken in English.
 */
function prepare(locale: string): { t: i18n; code: string; locale: string } {
  const t = translator();
  const language = languageOf(locale);
  const book = bookOf(language);
  if (!book) {
    if (language === 'en') throw new Error('Hip Coach has no English words to speak: words.en.json could not be read');
    return prepare(FALLBACK_LOCALE);
  }
  ensure(t, language, book.words);
  if (!isLocale(locale)) return { t, code: language, locale };
  ensure(t, locale, book.locales[locale] ?? {});
  return { t, code: locale, locale };
}

/** How many phrasings each key has, per locale: counted once per container. */
const variantCounts = new Map<string, number>();
/** Words that take no parameters, per locale: looked up once per container. */
const plainWords = new Map<string, string>();
/**
 * Words with their parameters (a stretch's name, a hold's seconds), per locale: the same words come
 * back for the same parameters, so each is put together by i18next once per container. Bounded,
 * since the parameters vary with the user and the routine.
 */
const filledWords = new Map<string, string>();
const MAX_FILLED_WORDS = 4096;

/**
 * A Voice for one request: the locale's words, phrasings picked with `random`. Counts and
 * words (by their parameters) are cached per container: i18next copies its options on every call,
 * which cost a millisecond of CPU a turn and most of the skill's heap growth (npm run bench).
 */
export function createVoice(requested: string, random: Random): Voice {
  const { t: translate, code, locale } = prepare(requested);
  const t = translate.getFixedT(code);
  const variants = (key: PhraseKey): number => {
    const id = `${locale}\0${key}`;
    let count = variantCounts.get(id);
    if (count === undefined) {
      const raw: unknown = t(key, { returnObjects: true });
      count = Array.isArray(raw) ? raw.length : 0;
      variantCounts.set(id, count);
    }
    return count;
  };
  const word = (key: string, params?: PhraseParams): string => {
    if (params) {
      const id = `${locale}\0${key}\0${JSON.stringify(params)}`;
      let text = filledWords.get(id);
      if (text === undefined) {
        text = t(key, { ...params });
        if (filledWords.size >= MAX_FILLED_WORDS) filledWords.clear();
        filledWords.set(id, text);
      }
      return text;
    }
    const id = `${locale}\0${key}`;
    let text = plainWords.get(id);
    if (text === undefined) {
      text = t(key);
      plainWords.set(id, text);
    }
    return text;
  };
  return {
    locale,
    say(key, params) {
      const count = variants(key);
      if (count === 0) return word(key, params);
      const index = Math.min(count - 1, Math.floor(random() * count));
      return word(`${key}.${index}`, params);
    },
    list(key, params) {
      const count = variants(key);
      if (count === 0) return [word(key, params)];
      return Array.from({ length: count }, (_, i) => word(`${key}.${i}`, params));
    },
  };
}

export type { Voice };
