import { Intent, type IntentName } from '../../../src/intents';
import type { RoutineId } from '../../../src/scripts/routines';

/**
 * Where the user is when they say it: mid-hold, between stretches (the coach waiting for "next"),
 * with the routine paused, answering a yes/no question the coach just asked, or outside a routine
 * (a launch, a one-shot "ask hip coach to …").
 */
export type Context = 'hold' | 'between' | 'paused' | 'question' | 'outside';

/**
 * Warning-sign categories as a clinician would sort them. Wider than the skill's WarningSign ids
 * on purpose: the corpus says what a phrasing means, not what the code happens to recognise
 * (pain at night and sudden weakness in both legs are categories of their own here).
 */
export type SignCategory =
  | 'numbness'
  | 'tingling'
  | 'weakness'
  | 'bothLegs'
  | 'bladderBowel'
  | 'saddle'
  | 'radiating'
  | 'severe'
  | 'fall'
  | 'fever'
  | 'night';

/** emergency: "call emergency services now"; referral: stop and see a health professional. */
export type Urgency = 'emergency' | 'referral';

export type Expectation =
  | { readonly intent: IntentName; readonly routine?: RoutineId }
  | { readonly sign: SignCategory; readonly urgency: Urgency }
  /** pain: the stretch stops (gentler variant or skip offered); cramp: ease out, it passes — not a referral. */
  | { readonly feeling: 'pain' | 'cramp' };

/** One everyday phrasing, as the speech recogniser would hand it over (lower case, no wake word). */
export interface Phrasing {
  readonly text: string;
  readonly expect: Expectation;
  readonly context: Context;
}

/** The category a phrasing is counted under in reports and in the stratified split. */
export function categoryOf(expect: Expectation): string {
  if ('intent' in expect) return expect.intent === 'StartRoutineIntent' ? `${expect.intent}:${expect.routine ?? 'any'}` : expect.intent;
  if ('sign' in expect) return `sign:${expect.sign}`;
  return expect.feeling;
}

/** Said where: `hold('how long', is(Intent.HoldDuration))`. The blind corpora write their lines with these. */
const at =
  (context: Context) =>
  (text: string, expect: Expectation): Phrasing => ({ text, expect, context });
export const hold = at('hold');
export const between = at('between');
export const paused = at('paused');
export const question = at('question');
export const outside = at('outside');

export const is = (intent: IntentName): Expectation => ({ intent });
export const start = (routine?: RoutineId): Expectation => (routine ? { intent: Intent.StartRoutine, routine } : { intent: Intent.StartRoutine });
/** Bladder or bowel changes, saddle numbness and weakness in both legs always get "call emergency services now". */
const emergencies: readonly SignCategory[] = ['bladderBowel', 'saddle', 'bothLegs'];
export const sign = (category: SignCategory): Expectation => ({ sign: category, urgency: emergencies.includes(category) ? 'emergency' : 'referral' });
export const pain: Expectation = { feeling: 'pain' };
export const cramp: Expectation = { feeling: 'cramp' };
