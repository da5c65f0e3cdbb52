import type { RequestHandler } from 'ask-sdk-core';
import { logWarning } from '../log';
import { notUnderstood } from '../coach/in-routine';
import { isRequest } from './predicates';
import { respond } from './respond';

/**
 * Alexa reports that a response of ours was refused. Logged for us; Alexa allows no speech,
 * reprompt or directive in the reply.
 */
export const exceptionEncounteredHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'System.ExceptionEncountered'),
  handle(input) {
    const request = input.requestEnvelope.request as { error?: { type?: unknown; message?: unknown } };
    logWarning(input, {
      event: 'exceptionEncountered',
      errorType: typeof request.error?.type === 'string' ? request.error.type.slice(0, 100) : undefined,
      errorMessage: typeof request.error?.message === 'string' ? request.error.message.slice(0, 300) : undefined,
    });
    return input.responseBuilder.getResponse();
  },
};

/**
 * An intent no handler took (one the model does not have, from an old model version or a
 * hostile client): whatever it was, the user hears what a "didn't catch that" gets in context.
 */
export const unmatchedIntentHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'IntentRequest'),
  handle: (input) => respond(input, notUnderstood),
};

/**
 * Any other request type (audio player, display, connections...): the skill declares none of
 * them, so there is nothing to say; a session, if there is one, is closed rather than left
 * open without a question.
 */
export const unknownRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    logWarning(input, { event: 'unknownRequest' });
    if (input.requestEnvelope.session) return input.responseBuilder.withShouldEndSession(true).getResponse();
    return input.responseBuilder.getResponse();
  },
};
