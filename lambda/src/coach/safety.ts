import type { Voice } from '../speech/phrase-key';
import { speech } from '../speech/timeline';
import type { Reply } from './reply';
import { gentlerVariant, type Routine, type RoutineState } from './routine-state';
import { stretchName as nameOf } from './stretch-name';

/** Warning signs the coach recognises (slot ids of SymptomType, and what the feeling classifier reads). */
export type WarningSign =
  | 'numbness'
  | 'tingling'
  | 'weakness'
  | 'bothLegs'
  | 'radiating'
  | 'bladderBowel'
  | 'saddle'
  | 'severe'
  | 'fall'
  | 'fever'
  | 'night';

const warningSigns: readonly WarningSign[] = ['numbness', 'tingling', 'weakness', 'bothLegs', 'radiating', 'bladderBowel', 'saddle', 'severe', 'fall', 'fever', 'night'];

/**
 * Cauda equina signs: bladder or bowel changes, saddle numbness, sudden weakness or numbness in
 * both legs → emergency services now. Weakness in one leg (a foot that drops, a knee that buckles)
 * is referred the same day, not to the emergency line.
 */
const urgent: readonly WarningSign[] = ['bladderBowel', 'saddle', 'bothLegs'];

/** Whether a sign is one of the cauda equina signs, answered with "call emergency services now". */
export function isUrgentSign(sign: WarningSign | undefined): boolean {
  return sign !== undefined && urgent.includes(sign);
}

/** A symptom slot id that is not a warning sign but has an answer of its own. */
export type BodyReport = { readonly kind: 'warning'; readonly sign: WarningSign | undefined } | { readonly kind: 'cramp' };

/** Body-part slot ids (BodyPartType) that decide a sign's category whatever the symptom word was. */
const saddleParts: readonly string[] = ['groin', 'glute'];
const controlParts: readonly string[] = ['bladder', 'bowel'];
const limbParts: readonly string[] = ['leg', 'foot', 'knee', 'hip'];
const limbSigns: readonly WarningSign[] = ['numbness', 'tingling', 'weakness'];

export function asWarningSign(id: string | undefined): WarningSign | undefined {
  return warningSigns.find((w) => w === id);
}

/** What a resolved symptom id (or none) amounts to: a cramp has its own answer, the rest are signs. */
export function reportOf(symptomId: string | undefined, fromWords: WarningSign | undefined): BodyReport {
  if (symptomId === 'cramp') return { kind: 'cramp' };
  return { kind: 'warning', sign: asWarningSign(symptomId) ?? fromWords };
}

/**
 * Where it is decides how urgent it is: numbness or tingling around the groin or bottom is saddle
 * numbness; anything about the bladder or bowel is a control change; weakness or numbness in both
 * legs is the emergency kind; "I can't control my leg" is weakness.
 */
export function classifyWarning(sign: WarningSign | undefined, bodyPart: string | undefined): WarningSign | undefined {
  if (bodyPart && controlParts.includes(bodyPart)) return 'bladderBowel';
  if ((sign === 'numbness' || sign === 'tingling') && bodyPart && saddleParts.includes(bodyPart)) return 'saddle';
  if (sign && limbSigns.includes(sign) && bodyPart === 'bothLegs') return 'bothLegs';
  if (sign === 'bladderBowel' && bodyPart === 'bothLegs') return 'bothLegs';
  if (sign === 'bladderBowel' && bodyPart && limbParts.includes(bodyPart)) return 'weakness';
  return sign;
}

/**
 * A warning sign: the routine ends, the user is told to stop and contact a health professional,
 * and for the urgent signs to call emergency services now. Nothing about it is stored.
 */
export function warningReply(sign: WarningSign | undefined, voice: Voice): Reply {
  const what = voice.say(`safety.warningWhat_${sign ?? 'unknown'}`);
  const isUrgent = isUrgentSign(sign);
  const lines = [voice.say(isUrgent ? 'safety.warningUrgent' : 'safety.warning', { what }), voice.say('safety.noResume')];
  return { segments: lines.map((l) => speech(l, 'talk', undefined, voice.locale)), routine: undefined, effects: [{ kind: 'clearPosition' }], end: true };
}

/**
 * Pain mid-routine: stop at once, say that mild stretch is fine and pain is not, and offer the
 * gentler variant or a skip. The routine waits at this stretch; the session remembers (not the
 * record) that something hurt, to offer keeping the level next week.
 */
export function painReply(routine: Routine | undefined, voice: Voice): Reply {
  if (!routine) {
    return { segments: [speech(voice.say('safety.painNoRoutine'), 'talk', undefined, voice.locale)], reprompt: voice.say('help.reprompt'), routine: undefined, effects: [], end: false };
  }
  const { state } = routine;
  const gentler = gentlerVariant(routine);
  const offer = gentler ? voice.say('safety.painOfferGentler', { gentler: nameOf(voice, gentler.stretch) }) : voice.say('safety.painOfferSkip');
  const lines = [voice.say('safety.painStop'), voice.say('safety.painRule'), offer];
  return { segments: lines.map((l) => speech(l, 'talk', undefined, voice.locale)), reprompt: offer, routine: { ...state, hadPain: true }, effects: [], end: false };
}

/**
 * A cramp is not a warning sign and not a reason to end: come out of the stretch, ease the muscle,
 * it passes. The routine waits at this stretch for "next" or "skip".
 */
export function crampReply(state: RoutineState | undefined, voice: Voice): Reply {
  const ease = voice.say('safety.crampEase');
  if (!state) {
    return { segments: [speech(ease, 'talk', undefined, voice.locale)], reprompt: voice.say('help.reprompt'), routine: undefined, effects: [], end: false };
  }
  const onward = voice.say('safety.crampOnward');
  return { segments: [speech(voice.say('safety.crampStop'), 'talk', undefined, voice.locale), speech(ease, 'talk', undefined, voice.locale), speech(onward, 'talk', undefined, voice.locale)], reprompt: onward, routine: state, effects: [], end: false };
}
