import type { RequestHandler } from 'ask-sdk-core';
import { help } from '../coach/in-routine';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

/** Help: inside a routine, how to move and what to ask; outside, the routines; always the safety line. */
export const helpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Help),
  handle: (input) => respond(input, help),
};
