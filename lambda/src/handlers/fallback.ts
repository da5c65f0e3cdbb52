import type { RequestHandler } from 'ask-sdk-core';
import { notUnderstood } from '../coach/in-routine';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

/** Unrecognised speech: inside a routine, how to go on; outside, what to say. */
export const fallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Fallback),
  handle: (input) => respond(input, notUnderstood),
};
