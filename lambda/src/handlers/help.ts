import type { RequestHandler } from 'ask-sdk-core';
import { nameOfCurrent } from '../coach/names';
import { Intent } from '../intents';
import { turnOf } from '../session/turn';
import { isIntent } from './predicates';
import { talk } from './respond';

/** Help: inside a routine, how to move and what to ask; outside, the routines; always the safety line. */
export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Help),
  handle(input) {
    const turn = turnOf(input);
    const { voice } = turn;
    const state = turn.state.routine;
    const name = state ? nameOfCurrent(state, voice) : undefined;
    const lines = name ? [voice.say('help.inside', { name })] : [voice.say('help.outside')];
    lines.push(voice.say('safety.helpSafety'));
    return talk(input, turn, lines, voice.say('help.reprompt'));
  },
};
