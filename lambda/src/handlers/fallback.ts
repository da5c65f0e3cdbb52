import type { RequestHandler } from 'ask-sdk-core';
import { Intent } from '../intents';
import { turnOf } from '../session/turn';
import { isIntent } from './predicates';
import { talk } from './respond';

/** Unrecognised speech: inside a routine, how to go on; outside, what to say. */
export const fallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Fallback),
  handle(input) {
    const turn = turnOf(input);
    const inside = turn.state.routine !== undefined;
    const line = turn.voice.say(inside ? 'fallback.inside' : 'fallback.outside');
    return talk(input, turn, [line], line);
  },
};
