import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../speech/locales';
import type { FeelingBook } from './feeling-vocabulary';

/**
 * feeling-vocabulary.ts as the bundle has it (tools/build.mjs swaps one for the other, as it swaps the words):
 * a language's safety words are read from feeling.<language>.json beside lambda/dist/index.js the first time a
 * request in that language describes a feeling, so a cold start loads no language's safety vocabulary. Throws
 * when the file is missing or unreadable (the deploy tests check that every language's file ships).
 */
export function feelingBook(language: Language): FeelingBook {
  return JSON.parse(readFileSync(path.join(__dirname, `feeling.${language}.json`), 'utf8')) as FeelingBook;
}
