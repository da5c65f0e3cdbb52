import type { Language, Locale } from '../locales';
import { de } from './de';
import { en } from './en';
import { enAU, enCA, enGB, enIN, enUS } from './en-regional';
import { es } from './es';
import { esES, esMX, esUS } from './es-regional';
import { fr } from './fr';
import { frCA, frFR } from './fr-regional';
import type { Overrides, Words } from './words';

/**
 * Each language's words, built when a request first needs them: the object literals of the
 * languages a container never speaks are never built (their function bodies are only pre-parsed).
 */
export const languageWords: Readonly<Record<Language, () => Words>> = { en: () => en, de, es, fr };

/** What each locale says differently from its language. */
export const localeWords: Readonly<Record<Locale, () => Overrides>> = {
  'en-US': enUS,
  'en-GB': enGB,
  'en-CA': enCA,
  'en-AU': enAU,
  'en-IN': enIN,
  'de-DE': () => ({}),
  'es-ES': esES,
  'es-MX': esMX,
  'es-US': esUS,
  'fr-FR': frFR,
  'fr-CA': frCA,
};
