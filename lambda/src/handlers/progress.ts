import type { RequestHandler } from 'ask-sdk-core';
import { progressSentences } from '../coach/progress-summary';
import { Intent } from '../intents';
import { turnOf } from '../session/turn';
import { isIntent } from './predicates';
import { talk } from './respond';

/** "How am I doing": sessions, minutes, program week, streak, hold length and what changes next. */
export const progressHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Progress),
  async handle(input) {
    const turn = turnOf(input);
    const record = await turn.record();
    const lines = progressSentences(record, turn.moment().today, turn.voice);
    const inRoutine = turn.state.routine !== undefined;
    return talk(input, turn, inRoutine ? [...lines, turn.voice.say('questions.afterAnswer')] : lines, turn.voice.say(inRoutine ? 'questions.afterAnswer' : 'launch.options'));
  },
};
