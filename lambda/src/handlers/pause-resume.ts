import type { RequestHandler } from 'ask-sdk-core';
import { nameOfCurrent } from '../coach/names';
import { resumeAt, resumeSaved } from '../coach/routine-turns';
import { Intent } from '../intents';
import { turnOf } from '../session/turn';
import { coachDeps } from './coach-deps';
import { isIntent } from './predicates';
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { offerRoutines, speak, talk } from './respond';

function nothingToResume(input: HandlerInput): Response {
  const turn = turnOf(input);
  return offerRoutines(input, turn, [turn.voice.say('routineFlow.nothingToResume'), turn.voice.say('launch.options')]);
}

/** "Pause": the place is already saved at each step, so the session can close and resume later. */
export const pauseHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Pause),
  handle(input) {
    const turn = turnOf(input);
    const state = turn.state.routine;
    if (!state) return nothingToResume(input);
    const name = nameOfCurrent(state, turn.voice) ?? '';
    return talk(input, turn, [turn.voice.say('routineFlow.paused', { name })]);
  },
};

/** "Resume": this session's routine, or the one saved in the record (from a pause, a stop, a timeout). */
export const resumeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Resume),
  async handle(input) {
    const turn = turnOf(input);
    if (turn.state.halted) return talk(input, turn, [turn.voice.say('safety.noResume')]);
    const record = await turn.record();
    const current = turn.state.routine;
    if (current) return speak(input, turn, resumeAt(current, current.step, coachDeps(turn)));
    const saved = record?.inProgress;
    if (!saved) return nothingToResume(input);
    turn.update({ pending: undefined });
    return speak(input, turn, resumeSaved(saved, new Date(turn.now).toISOString(), turn.state.conditions ?? [], coachDeps(turn)));
  },
};
