import type { ResponseEnvelope } from 'ask-sdk-model';
import { localDate } from '../../src/coach/record/calendar';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { newRecord } from '../../src/coach/record/model';
import type { ProgressRecord } from '../../src/coach/record/record';
import { buildSkill } from '../../src/skill';
import type { Random } from '../../src/speech/voice';
import { Conversation, words } from './conversation';

export const TEST_USER = 'amzn1.ask.account.test-user';

/** A user who has had the first-use safety screen, so "start evening routine" starts it at once. */
export function onboardedRecord(userId: string, now: number, week = 1): ProgressRecord {
  const fresh = newRecord(userId, { now, today: localDate(now) });
  return { ...fresh, version: 1, onboarded: true, program: { ...fresh.program, week } };
}

export interface Harness {
  readonly conversation: Conversation;
  readonly store: MemoryProgressStore;
}

/**
 * The skill over an in-memory store (a new user, or one past the screen), first phrasings, and a
 * conversation with it starting at `now` (default Monday 2 November 2026, 19:00 UTC).
 */
export function talkToSkill(options: { random?: Random; now?: number; onboarded?: boolean } = {}): Harness {
  const now = options.now ?? Date.parse('2026-11-02T19:00:00Z');
  const store = new MemoryProgressStore(options.onboarded ? [onboardedRecord(TEST_USER, now)] : []);
  const skill = buildSkill({ store, random: options.random ?? (() => 0) });
  return { conversation: new Conversation((event) => skill.invoke(event), TEST_USER, now), store };
}

/** The words of a response's reprompt ('' when it has none). */
export function repromptOf(response: ResponseEnvelope): string {
  const speech = response.response.reprompt?.outputSpeech;
  return speech?.type === 'SSML' ? words(speech.ssml) : '';
}

/** "Open hip coach", then "no" to both screening questions: returns the routine's first response. */
export async function launchPastScreen(c: Conversation): Promise<ResponseEnvelope> {
  await c.launch();
  await c.say('AMAZON.NoIntent');
  return c.say('AMAZON.NoIntent');
}
