import type { RequestHandler } from 'ask-sdk-core';
import { isRequest } from './predicates';

/** The session closed (timeout, "exit", error): no speech allowed; the place was saved at each step. */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'SessionEndedRequest'),
  handle: (input) => input.responseBuilder.getResponse(),
};
