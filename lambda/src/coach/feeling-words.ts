import type { Feeling } from './feeling';
import type { WarningSign } from './safety';
import { LANGUAGES, type Language } from '../speech/locales';
import { feelingBook, type FeelingBook, type Vocabulary } from './feeling-vocabulary';

/**
 * Each language's safety words (feeling-vocabulary.ts; in the bundle, feeling.<language>.json beside it),
 * read the first time a request in that language needs them. A file that cannot be read throws: the turn
 * fails loudly rather than read a German "taub" with English words.
 */
const books = new Map<Language, FeelingBook>();

function bookOf(language: string): FeelingBook | undefined {
  if (!(LANGUAGES as readonly string[]).includes(language)) return undefined;
  const known = language as Language;
  let book = books.get(known);
  if (!book) {
    book = feelingBook(known);
    books.set(known, book);
  }
  return book;
}

const vocabularyOf = (language: string): Vocabulary | undefined => bookOf(language)?.vocabulary;

/**
 * A whole-word pattern: JavaScript's \b does not see "ü" or "é" as letters, so word edges are checked as letters.
 * An apostrophe starts a word: the French elide their articles ("l'aine", "d'aiguilles", "m'essuie").
 */
const re = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'u');

type Classifier = (said: string) => Feeling;

function classifierOf(v: Vocabulary): Classifier {
  const [numb, tingle, weak, saddle, bladder, both] = [v.numb, v.tingle, v.weak, v.saddleRegion, v.bladderBowel, v.bothLegs].map(re) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];
  const [spreading, night, fall, fever, severe, odd, bodyPart, cramp, pain] = [v.spreading, v.night, v.fall, v.fever, v.severe, v.odd, v.bodyPart, v.cramp, v.pain].map(re) as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];
  // A cramp named with a place ("une crampe dans le pied") is a cramp, unless the words also say the pain moves.
  const motion = v.spreadingMotion === undefined ? undefined : re(v.spreadingMotion);
  const crampInPlace = (s: string): boolean => motion !== undefined && cramp.test(s) && !motion.test(s);
  const signs: ReadonlyArray<readonly [(s: string) => boolean, WarningSign]> = [
    [(s) => (numb.test(s) || tingle.test(s)) && saddle.test(s), 'saddle'],
    [(s) => bladder.test(s), 'bladderBowel'],
    [(s) => both.test(s) && (weak.test(s) || numb.test(s) || tingle.test(s)), 'bothLegs'],
    [(s) => weak.test(s), 'weakness'],
    [(s) => numb.test(s), 'numbness'],
    [(s) => tingle.test(s), 'tingling'],
    [(s) => spreading.test(s) && !crampInPlace(s), 'radiating'],
    [(s) => night.test(s), 'night'],
    [(s) => fall.test(s), 'fall'],
    [(s) => fever.test(s), 'fever'],
    [(s) => severe.test(s), 'severe'],
    // Last, as in English: an odd sensation in a named body part, when no sign above named it better.
    [(s) => odd.test(s) && bodyPart.test(s) && !cramp.test(s), 'numbness'],
  ];
  return (said) => {
    for (const [test, sign] of signs) if (test(said)) return { kind: 'warning', sign };
    if (cramp.test(said)) return { kind: 'cramp' };
    if (pain.test(said)) return { kind: 'pain' };
    return { kind: 'none' };
  };
}

/**
 * The sign named by the slots, read again with the words heard in them, in this language: numbness
 * "am Popsch" is saddle numbness and weakness "en las dos piernas" the both-legs kind even when the
 * body-part words resolved to nothing; without a sign from the slots, the words alone decide.
 */
type SlotReader = (sign: WarningSign | undefined, said: string) => WarningSign | undefined;

function slotReaderOf(v: Vocabulary, classify: Classifier): SlotReader {
  const [saddle, both] = [re(v.saddleRegion), re(v.bothLegs)];
  return (sign, said) => {
    if ((sign === 'numbness' || sign === 'tingling') && saddle.test(said)) return 'saddle';
    if ((sign === 'numbness' || sign === 'tingling' || sign === 'weakness') && both.test(said)) return 'bothLegs';
    if (sign) return sign;
    const read = classify(said);
    return read.kind === 'warning' ? read.sign : undefined;
  };
}

const readers = new Map<string, SlotReader>();

/** The slot reader for a language other than English, built on first use; undefined for English. */
export function slotReaderFor(language: string): SlotReader | undefined {
  const vocabulary = vocabularyOf(language);
  const classify = feelingClassifierFor(language);
  if (!vocabulary || !classify) return undefined;
  let reader = readers.get(language);
  if (!reader) {
    reader = slotReaderOf(vocabulary, classify);
    readers.set(language, reader);
  }
  return reader;
}

const built = new Map<string, Classifier>();

/** The classifier for a language other than English, built on first use; undefined for English. */
export function feelingClassifierFor(language: string): Classifier | undefined {
  const vocabulary = vocabularyOf(language);
  if (!vocabulary) return undefined;
  let classifier = built.get(language);
  if (!classifier) {
    classifier = classifierOf(vocabulary);
    built.set(language, classifier);
  }
  return classifier;
}

let regionalEnglish: ReadonlyArray<readonly [RegExp, string]> | undefined;

/** The rewrites of regional English (feeling-vocabulary.ts), made into patterns once per container. */
function regionalRewrites(): ReadonlyArray<readonly [RegExp, string]> {
  regionalEnglish ??= (bookOf('en')?.rewrites ?? []).map(([source, flags, plain]) => [new RegExp(source, flags), plain] as const);
  return regionalEnglish;
}

/** Regional English in the words the English classifier reads; other text (and en-US) unchanged. */
export function inEnglishClassifierWords(said: string, locale: string): string {
  if (!locale.startsWith('en-') || locale === 'en-US') return said;
  return regionalRewrites().reduce((text, [pattern, plain]) => text.replace(pattern, plain), said);
}
