import type { StretchId } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import type { RoutineKind } from './custom-spec';

/** A stretch's spoken name ("the kneeling hip flexor stretch"). */
export function stretchName(voice: Voice, id: StretchId): string {
  return voice.say(`stretch.${id}.name`);
}

/** A routine's spoken name ("evening routine"). */
export function routineName(voice: Voice, routine: RoutineKind): string {
  return routine === 'custom' ? voice.say('custom.name') : voice.say(`routine.${routine}`);
}
