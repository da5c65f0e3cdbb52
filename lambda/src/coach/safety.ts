import { gentlerOf } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import { speech } from '../speech/timeline';
import type { Reply } from './reply';
import type { Routine } from './routine-state';
import { stretchName as nameOf } from './stretch-name';

/** Warning signs the coach recognises (slot ids of SymptomType). */
export type WarningSign =
  | 'numbness'
  | 'tingling'
  | 'weakness'
  | 'radiating'
  | 'bladderBowel'
  | 'saddle'
  | 'severe'
  | 'fall'
  | 'fever';

const warningSigns: readonly WarningSign[] = ['numbness', 'tingling', 'weakness', 'radiating', 'bladderBowel', 'saddle', 'severe', 'fall', 'fever'];

/** Cauda equina signs: bladder or bowel changes, saddle numbness, sudden leg weakness → emergency services now. */
const urgent: readonly WarningSign[] = ['bladderBowel', 'saddle', 'weakness'];

const saddleParts = ['groin'];

export function asWarningSign(id: string | undefined): WarningSign | undefined {
  return warningSigns.find((w) => w === id);
}

/** Numbness or tingling in the groin is saddle numbness: urgent. */
export function classifyWarning(sign: WarningSign | undefined, bodyPart: string | undefined): WarningSign | undefined {
  if ((sign === 'numbness' || sign === 'tingling') && bodyPart && saddleParts.includes(bodyPart)) return 'saddle';
  return sign;
}

/**
 * A warning sign: the routine ends, the user is told to stop and contact a health professional,
 * and for the urgent signs to call emergency services now. Nothing about it is stored.
 */
export function warningReply(sign: WarningSign | undefined, voice: Voice): Reply {
  const what = voice.say(`safety.warningWhat_${sign ?? 'unknown'}`);
  const isUrgent = sign !== undefined && urgent.includes(sign);
  const lines = [voice.say(isUrgent ? 'safety.warningUrgent' : 'safety.warning', { what }), voice.say('safety.noResume')];
  return { segments: lines.map((l) => speech(l, 'talk')), routine: undefined, effects: [{ kind: 'clearPosition' }], end: true };
}

/**
 * Pain mid-routine: stop at once, say that mild stretch is fine and pain is not, and offer the
 * gentler variant or a skip. The routine waits at this stretch; the session remembers (not the
 * record) that something hurt, to offer keeping the level next week.
 */
export function painReply(routine: Routine | undefined, voice: Voice): Reply {
  if (!routine) {
    return { segments: [speech(voice.say('safety.painNoRoutine'), 'talk')], reprompt: voice.say('help.reprompt'), routine: undefined, effects: [], end: false };
  }
  const { plan, state } = routine;
  const step = plan.steps[state.step];
  const gentler = step ? gentlerOf(step.stretch) : undefined;
  const offer = gentler ? voice.say('safety.painOfferGentler', { gentler: nameOf(voice, gentler) }) : voice.say('safety.painOfferSkip');
  const lines = [voice.say('safety.painStop'), voice.say('safety.painRule'), offer];
  return { segments: lines.map((l) => speech(l, 'talk')), reprompt: offer, routine: { ...state, hadPain: true }, effects: [], end: false };
}
