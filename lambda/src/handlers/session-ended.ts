import type { RequestHandler } from 'ask-sdk-core';
import { leaveRoutine } from '../coach/routine-turns';
import { turnOf } from '../session/turn';
import { isRequest } from './predicates';

/**
 * The session closed (timeout, "exit", error): no speech allowed. The place was saved with each
 * stretch; if the user heard the last one to its end, the place moves on to the next.
 */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'SessionEndedRequest'),
  handle(input) {
    const turn = turnOf(input);
    const state = turn.state.routine;
    if (state) turn.take(leaveRoutine(state, turn.state.last, turn.now));
    return input.responseBuilder.getResponse();
  },
};
