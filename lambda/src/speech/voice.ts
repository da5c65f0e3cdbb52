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

/** A Voice for one request: the locale's words, phrasings picked with `random`. */
export function createVoice(locale: string, random: Random): Voice {
  const t = translator().getFixedT(locale);
  const variants = (key: PhraseKey): number => {
    const raw: unknown = t(key, { returnObjects: true });
    return Array.isArray(raw) ? raw.length : 0;
  };
  return {
    say(key, params) {
      const count = variants(key);
      if (count === 0) return t(key, params as Record<string, unknown>);
      const index = Math.min(count - 1, Math.floor(random() * count));
      return t(`${key}.${index}`, params as Record<string, unknown>);
    },
    list(key, params) {
      const count = variants(key);
      if (count === 0) return [t(key, params as Record<string, unknown>)];
      return Array.from({ length: count }, (_, i) => t(`${key}.${i}`, params as Record<string, unknown>));
    },
  };
}

export type { Voice, PhraseKey, PhraseParams };
