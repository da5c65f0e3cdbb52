import type { RequestHandler } from 'ask-sdk-core';
import { resumeRoutine } from '../coach/dialogue';
import { pauseRoutine } from '../coach/in-routine';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

/** "Pause": the place is already saved at each step, so the session can close and resume later. */
export const pauseHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Pause),
  handle: (input) => respond(input, pauseRoutine),
};

/** "Resume": this session's routine, or the one saved in the record (from a pause, a stop, a timeout). */
export const resumeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Resume),
  handle: (input) => respond(input, resumeRoutine),
};
