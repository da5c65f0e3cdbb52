import type { ResponseEnvelope } from 'ask-sdk-model';
import { ssmlOf, words, type Conversation } from './conversation';
import { launchPastScreen, talkToSkill } from './harness';

/** Tuesday 3 November 2026, 7:15 UTC: "open hip coach" offers the morning routine. */
export const MORNING = Date.parse('2026-11-03T07:15:00Z');

type Marks = { step: number; phase: string; start: number; end: number }[];

/** The timeline the skill kept for its last response: which step and phase runs from which second. */
export const marksOf = (r: ResponseEnvelope): Marks => (r.sessionAttributes as { hipCoach: { s: { last: { marks: Marks } } } }).hipCoach.s.last.marks;

/** What the user hears of a response, as plain words. */
export const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));

/**
 * A new user in the morning routine's first stretch (the half-kneeling hip flexor: right side steps 0, 1;
 * left 2, 3), `seconds` into the hold of `step`, through the skill's source.
 */
export async function holding(step: number, seconds: number): Promise<Conversation> {
  const { conversation: c } = talkToSkill({ now: MORNING });
  const first = await launchPastScreen(c);
  const hold = marksOf(first).find((m) => m.step === step && m.phase === 'hold')!;
  c.wait(hold.start + seconds);
  return c;
}
