import type { RequestHandler } from 'ask-sdk-core';
import { planOf } from '../coach/routine-state';
import { leaveRoutine } from '../coach/routine-turns';
import { Intent } from '../intents';
import { turnOf } from '../session/turn';
import { isIntent } from './predicates';
import { talk } from './respond';

/** Stop / cancel / "go home": goodbye, with what was done; the place in the routine is already saved. */
export const stopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Stop, Intent.Cancel, Intent.NavigateHome),
  handle(input) {
    const turn = turnOf(input);
    const { voice } = turn;
    const state = turn.state.routine;
    const lines: string[] = [];
    if (state) {
      const left = leaveRoutine(state, turn.state.last, turn.now);
      turn.take(left);
      lines.push(voice.say('stop.partial', { done: left.done, count: planOf(state).stretches.length }));
    }
    lines.push(voice.say('stop.goodbye'));
    turn.update({ routine: undefined, pending: undefined });
    return talk(input, turn, lines);
  },
};
