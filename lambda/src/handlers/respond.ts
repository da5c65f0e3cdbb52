import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply } from '../coach/reply';
import { marksOf, speech } from '../coach/timeline';
import { say, toSsml } from '../speech/ssml';
import type { Turn } from '../session/turn';

/**
 * Speaks an engine reply: SSML from its timeline, the reprompt, and the timeline's marks kept
 * in the session so a question mid-hold knows where the user is.
 */
export function speak(input: HandlerInput, turn: Turn, reply: Reply): Response {
  turn.take(reply);
  if (reply.asks) turn.update({ pending: { kind: reply.asks } });
  const notice = turn.takeNotice();
  const segments = notice ? [speech(turn.voice.say(notice), 'talk'), ...reply.segments] : reply.segments;
  const marks = marksOf(segments);
  // A reply without routine steps (an answer after the stretch ended) keeps the last timeline:
  // it still tells where the user is in the routine.
  if (marks.length > 0) turn.update({ last: { at: turn.now, marks } });
  else if (!reply.routine) turn.update({ last: undefined });
  const builder = input.responseBuilder.speak(toSsml(segments));
  if (reply.end) return builder.withShouldEndSession(true).getResponse();
  return builder.reprompt(say(reply.reprompt ?? turn.voice.say('help.reprompt'))).withShouldEndSession(false).getResponse();
}

/** Lines for a user who is not in a routine, reprompting with the ways to start one. */
export function offerRoutines(input: HandlerInput, turn: Turn, lines: readonly string[]): Response {
  return talk(input, turn, lines, turn.voice.say('launch.options'));
}

/** Plain lines with a reprompt (the session stays open), or closing the session. */
export function talk(input: HandlerInput, turn: Turn, lines: readonly string[], reprompt?: string): Response {
  return speak(input, turn, {
    segments: lines.map((l) => speech(l, 'talk')),
    reprompt,
    routine: turn.state.routine,
    effects: [],
    end: reprompt === undefined,
  });
}
