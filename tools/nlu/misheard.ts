/**
 * English as a speech recogniser writes it down when it slips, and as people run words together:
 * "next" heard as "necks" or "nest one", "stretch" as "stress", "hold" as "old" after "I" or "to",
 * "more" as "mall", "workday" as "walk day", "gimme", "wanna", an article left out ("go to next one"),
 * a plea drawn out ("pleeease"). The resolver reads an utterance in this form only when the words as
 * said fit nothing but a catch-all or an unresolved value (index.ts, matchSpoken), and the form's
 * reading wins only when a sample reads it tightly. None of these words is one a warning sign or a
 * pain is told by; "old" is taken only next to the words a hold is asked with.
 */
export const MISHEARD_ENGLISH: Readonly<Record<string, string>> = {
  necks: 'next', nex: 'next', nexed: 'next', nexxt: 'next', nextt: 'next', 'nest one': 'next one', 'the nest': 'the next', 'text one': 'next one', 'the text one': 'the next one',
  'the text stretch': 'the next stretch', stress: 'stretch', stresses: 'stretches', 'i old': 'i hold', 'to old': 'to hold', 'we old': 'we hold',
  'old it': 'hold it', 'old this': 'hold this', 'old that': 'hold that', 'tell me mall': 'tell me more', 'tell me moor': 'tell me more',
  'walk day': 'workday', 'work they': 'workday', 'to next': 'to the next', 'onto next': 'onto the next', 'do next': 'do the next',
  pleeease: 'please', pleease: 'please', pls: 'please', plz: 'please',
  gimme: 'give me', lemme: 'let me', wanna: 'want to', gonna: 'going to', gotta: 'got to', dunno: "don't know", 'i got': "i've got",
};

/** The words with a word said twice or more in a row said once ("done done", "next next"), as a recogniser writes a stammer. */
export function withoutRepeats(words: readonly string[]): string[] {
  return words.filter((w, i) => i === 0 || w !== words[i - 1]);
}
