import type { PhraseKey, Voice } from '../speech/phrase-key';
import type { StretchId } from '../scripts/stretches';

export function stretchName(voice: Voice, id: StretchId): string {
  return voice.say(`stretch.${id}.name` as PhraseKey);
}
