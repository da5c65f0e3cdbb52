/**
 * Puts a new user where a corpus phrasing is said, by voice through the built skill: the evening
 * routine's second stretch (so there is one before and one after), in its hold, after it, paused,
 * being asked whether to pick up a saved place, or outside any routine.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { buildPlan } from '../../lambda/src/coach/plan';
import type { StretchId } from '../../lambda/src/scripts/stretches';
import { createVoice } from '../../lambda/src/speech/voice';
import { Conversation, playSeconds, ssmlOf, type Invoke } from '../../lambda/test/support/conversation';
import type { Context } from '../../lambda/test/understanding/corpus/phrasing';

export const ROUTINE = 'evening';
/** The stretch the user is on: the routine's second (index 1). */
export const STEP = 1;

export interface Situation {
  readonly conversation: Conversation;
  readonly context: Context;
  /** The routine's stretches in order (week 1, as for a new user). */
  readonly stretches: readonly StretchId[];
}

/** Seconds from the start of a response to a few seconds into its first hold ("And hold.", in the locale's words). */
function intoFirstHold(response: ResponseEnvelope, locale: string): number {
  const ssml = ssmlOf(response);
  const cues = createVoice(locale, () => 0).list('cue.hold');
  const at = Math.min(...cues.map((cue) => ssml.indexOf(cue)).filter((i) => i >= 0), Infinity);
  if (at === Infinity) return playSeconds(ssml) / 2;
  return playSeconds(ssml.slice(0, at)) + 8;
}

let users = 0;

export async function place(invoke: Invoke, context: Context, locale = 'en-US'): Promise<Situation> {
  const conversation = new Conversation(invoke, `amzn1.ask.account.understanding-${String(++users)}`, undefined, {}, locale);
  const stretches = buildPlan(ROUTINE, { week: 1 }).stretches.map((s) => s.stretch);
  const situation = { conversation, context, stretches };
  if (context === 'outside') return situation;
  const first = await conversation.startPastScreen(ROUTINE);
  conversation.listen(first);
  const second = await conversation.say('AMAZON.NextIntent');
  if (context === 'between') {
    conversation.listen(second);
    return situation;
  }
  conversation.wait(intoFirstHold(second, locale));
  if (context === 'paused') {
    await conversation.say('AMAZON.PauseIntent');
    conversation.wait(30);
  } else if (context === 'question') {
    // Stop mid-stretch (the place is saved), come back later: "pick up where you left off?"
    await conversation.say('AMAZON.StopIntent');
    conversation.wait(600);
    await conversation.launch();
  }
  return situation;
}
