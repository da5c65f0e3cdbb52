import i18next, { type i18n } from 'i18next';
import { en } from './resources/en';
import type { PhraseKey, PhraseParams, Voice } from './phrase-key';

/** Randomness in [0, 1), injected so tests choose the phrasing. */
export type Random = () => number;

let shared: i18n | undefined;

/** i18next, initialised once per container (synchronously: resources are bundled). */
function translator(): i18n {
  if (!shared) {
    shared = i18next.createInstance();
    void shared.init({
      resources: { en: { translation: en } },
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: ['en'],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return shared;
}

/** How many phrasings each key has, per locale: counted once per container. */
const variantCounts = new Map<string, number>();
/** Words that take no parameters, per locale: looked up once per container. */
const plainWords = new Map<string, string>();

/**
 * A Voice for one request: the locale's words, phrasings picked with `random`. Counts and
 * parameterless words are cached per container: i18next copies its options on every call,
 * which cost a millisecond of CPU a turn and most of the skill's heap growth (npm run bench).
 */
export function createVoice(locale: string, random: Random): Voice {
  const t = translator().getFixedT(locale);
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
    if (params) return t(key, { ...params });
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
