import { classifyFeeling, warningFromSlots } from '../../src/coach/feeling';
import { feelingClassifierFor, inEnglishClassifierWords, slotReaderFor } from '../../src/coach/feeling-words';

/**
 * German, Spanish and French through feeling-words.ts (issue 21): the sign the slots name, read again
 * with the words heard in them (where a numb, tingling or weak feeling is decides its urgency), the
 * both-legs words that are only pain when nothing numb or weak is said, the languages that have a
 * vocabulary, and the regional English rewrites that only English reads. Every expectation written
 * by hand, as a physiotherapist would triage the words.
 */
describe('the sign the slots name, read again in the language heard', () => {
  it.each([
    // Both legs: numbness, tingling or weakness in both is an emergency, however the slot resolved.
    ['de-DE', 'weakness', 'in beiden beinen', 'bothLegs'],
    ['de-DE', 'numbness', 'beide beine', 'bothLegs'],
    ['de-DE', 'tingling', 'in beiden füßen', 'bothLegs'],
    ['es-ES', 'weakness', 'en las dos piernas', 'bothLegs'],
    ['es-MX', 'tingling', 'en los dos pies', 'bothLegs'],
    ['fr-FR', 'numbness', 'les deux jambes', 'bothLegs'],
    ['fr-CA', 'weakness', 'dans les deux jambes', 'bothLegs'],
    // Saddle numbness: only a numb or tingling feeling there is the saddle kind.
    ['de-DE', 'numbness', 'am popsch', 'saddle'],
    ['de-DE', 'tingling', 'im schritt', 'saddle'],
    ['de-DE', 'weakness', 'am po', 'weakness'],
    // Other signs stay what the slot said, whatever the words (here words that name no sign).
    ['de-DE', 'fever', 'heiß', 'fever'],
    ['de-DE', 'radiating', 'im bein', 'radiating'],
    ['es-ES', 'night', 'de noche', 'night'],
    ['fr-FR', 'fall', 'hier', 'fall'],
    // A fall onto both knees is a fall: both legs named, nothing numb, tingling or weak.
    ['de-DE', 'fall', 'auf beide knie', 'fall'],
    ['fr-FR', 'fall', 'sur les deux genoux', 'fall'],
    ['de-DE', 'numbness', 'im linken fuß', 'numbness'],
    ['fr-FR', 'tingling', 'dans le pied gauche', 'tingling'],
  ] as const)('%s: %s "%s" is %s', (locale, sign, words, expected) => {
    expect(warningFromSlots(sign, words, locale)).toBe(expected);
  });

  it.each([
    ['de-DE', 'beide beine sind taub', 'bothLegs'],
    ['fr-FR', 'je ne sens plus mes fesses', 'saddle'],
    ['es-ES', 'me duele un poco', undefined],
  ] as const)('%s: no sign from the slots, "%s" alone decides: %s', (locale, words, expected) => {
    expect(warningFromSlots(undefined, words, locale)).toBe(expected);
  });
});

describe('both legs named with nothing numb, tingling or weak', () => {
  it.each([
    ['de-DE', 'meine beine tun weh'],
    ['de-DE', 'beide beine tun weh'],
    ['fr-FR', "j'ai mal aux jambes"],
    ['es-ES', 'me duelen las piernas'],
  ])('%s: "%s" is pain, not the both-legs emergency', (locale, words) => {
    expect(classifyFeeling(words, locale)).toEqual({ kind: 'pain' });
  });
});

describe('which languages have a vocabulary', () => {
  it.each(['de', 'es', 'fr'])('%s: a classifier and a slot reader, each built once and then the same', (language) => {
    expect(feelingClassifierFor(language)).toBeInstanceOf(Function);
    expect(feelingClassifierFor(language)).toBe(feelingClassifierFor(language));
    expect(slotReaderFor(language)).toBeInstanceOf(Function);
    expect(slotReaderFor(language)).toBe(slotReaderFor(language));
  });

  it.each(['en', 'it', 'toString', 'constructor', '__proto__', ''])('"%s": none (English is feeling.ts\'s own; the rest are no language, object keys included)', (language) => {
    expect(feelingClassifierFor(language)).toBeUndefined();
    expect(slotReaderFor(language)).toBeUndefined();
  });
});

describe('the regional English rewrites', () => {
  it.each([
    ['en-GB', "i've weed myself", "i've wet myself"],
    ['en-AU', 'my arse is numb', 'my bum is numb'],
    ['en-IN', 'i went to the washroom', 'i went to the toilet'],
  ])('%s: "%s" is read as "%s"', (locale, said, read) => {
    expect(inEnglishClassifierWords(said, locale)).toBe(read);
  });

  it.each([
    ['en-US', 'i went to the washroom'],
    ['es-US', 'me caí en el washroom'],
    ['de-DE', 'my arse ist taub'],
    ['fr-CA', 'les washroom'],
  ])('%s: "%s" is left as it is', (locale, said) => {
    expect(inEnglishClassifierWords(said, locale)).toBe(said);
  });
});
