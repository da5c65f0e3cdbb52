import type { RequestHandler } from 'ask-sdk-core';
import { greet } from '../coach/greeting';
import { isRequest } from './predicates';
import { respond } from './respond';

/** "Alexa, open hip coach": first-use note and screen, an offer to resume, or today's routine. */
export const launchHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'LaunchRequest'),
  handle: (input) => respond(input, greet),
};
