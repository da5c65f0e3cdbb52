import type { RequestHandler } from 'ask-sdk-core';
import { notUnderstood } from '../coach/in-routine';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

/** Unrecognised speech: inside a routine, a check-in (ease out, then ask); outside, the ways to start. */
export const fallbackHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Fallback),
  handle: (input) => respond(input, notUnderstood),
};
