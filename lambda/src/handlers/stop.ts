import type { RequestHandler } from 'ask-sdk-core';
import { stopRoutine } from '../coach/dialogue';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

/** Stop / cancel / "go home": goodbye, with what was done; the place in the routine is already saved. */
export const stopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Stop, Intent.Cancel, Intent.NavigateHome),
  handle: (input) => respond(input, stopRoutine),
};
