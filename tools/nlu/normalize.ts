/**
 * Text normalisation shared by the model side (samples, slot values) and the user side (what was said),
 * so both meet in one form: lower case, no punctuation, one space between words.
 */

/** Words as they were said, lower-cased, punctuation dropped; apostrophes kept (used for slot `value`). */
export function spokenWords(text: string): string[] {
  let s = text.toLowerCase().normalize('NFKC');
  s = s.replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'");
  // Spelled letters "a.m." / "a. m." / "n. b. a." become one word, as Alexa writes acronyms.
  s = s.replace(/\b([a-z])\.\s?(?=[a-z]\.)/g, '$1');
  s = s.replace(/-/g, ' ');
  // Anything that is not a letter, digit, apostrophe or space separates words.
  s = s.replace(/[^\p{L}\p{N}'\s]/gu, ' ');
  return s
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Matching key of one word: apostrophes removed, so "what's", "whats" and "what’s" meet. */
export function wordKey(word: string): string {
  return word.replace(/'/g, '');
}

/** Matching keys of a phrase. */
export function phraseKeys(text: string): string[] {
  return spokenWords(text).map(wordKey).filter((w) => w.length > 0);
}

/** One string key for a whole phrase (used for slot values and exact lookups). */
export function phraseKey(text: string): string {
  return phraseKeys(text).join(' ');
}

/** A key with its accents dropped ("cuántos" and "cuantos" meet), for a language whose recogniser may drop them. */
export function withoutAccents(key: string): string {
  return key.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}
