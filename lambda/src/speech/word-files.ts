import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from './locales';
import type { LanguageBook } from './word-source';

/**
 * word-source.ts as the bundle has it (tools/build.mjs swaps one for the other): a language's book is
 * read from words.<language>.json beside lambda/dist/index.js the first time a request speaks it, so a
 * cold start loads one language's words, not four. Throws when the file is missing or unreadable; the
 * voice then answers in English and logs it (speech/voice.ts).
 */
export function languageBook(language: Language): LanguageBook {
  return JSON.parse(readFileSync(path.join(__dirname, `words.${language}.json`), 'utf8')) as LanguageBook;
}
