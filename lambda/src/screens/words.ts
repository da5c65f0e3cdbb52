import type { Voice } from '../speech/phrase-key';
import type { ButtonWords } from './screen-data';

/** The touch buttons' labels. */
export function buttonWords(voice: Voice): ButtonWords {
  return {
    back: voice.say('display.button.back'),
    pause: voice.say('display.button.pause'),
    next: voice.say('display.button.next'),
    hurts: voice.say('display.button.hurts'),
  };
}

/** Lines of a list as one Text: APL's `<br>` markup, each line escaped so no word can open a tag. */
export function textLines(lines: readonly string[]): string {
  return lines.map((l) => l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).join('<br>');
}

/** A spoken name as a screen heading: its first letter a capital, in the user's locale. */
export function heading(voice: Voice, text: string): string {
  return text.charAt(0).toLocaleUpperCase(voice.locale) + text.slice(1);
}
