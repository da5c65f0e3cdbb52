import { LOCALES, languageOf, type Language, type Locale } from './locales';
import { languageWords, localeWords } from './resources';
import type { Overrides, Words } from './resources/words';

/** A language's words and what each of its locales says differently: what one request needs, and no other language. */
export interface LanguageBook {
  readonly words: Words;
  readonly locales: Readonly<Partial<Record<Locale, Overrides>>>;
}

/**
 * A language's book, built from the TypeScript modules in resources/: what jest and tsx run, and what
 * `npm run build` writes to words.<language>.json beside the bundle. The bundle itself swaps this module
 * for word-files.ts (tools/build.mjs), so it carries no language's words and reads only the request's.
 */
export function languageBook(language: Language): LanguageBook {
  const locales = LOCALES.filter((locale) => languageOf(locale) === language);
  return { words: languageWords[language](), locales: Object.fromEntries(locales.map((locale) => [locale, localeWords[locale]()])) };
}
