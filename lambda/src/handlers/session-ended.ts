import type { RequestHandler } from 'ask-sdk-core';
import { leaveSession } from '../coach/dialogue';
import { isRequest } from './predicates';
import { respondSilently } from './respond';

/**
 * The session closed (timeout, "exit", error): no speech allowed. The place was saved with each
 * stretch; if the user heard the last one to its end, the place moves on to the next.
 */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'SessionEndedRequest'),
  handle: (input) => respondSilently(input, leaveSession),
};
