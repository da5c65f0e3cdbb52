import type { RequestHandler } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { moveInRoutine, notUnderstood, pauseRoutine } from '../coach/in-routine';
import { stopForPain } from '../coach/safety-turns';
import { isTouchButton, type TouchButton } from '../screens/buttons';
import { isRequest } from './predicates';
import { respond, type Decide } from './respond';

/** Each button does what its spoken intent does, through the same engine function. */
const pressed: Readonly<Record<TouchButton, Decide>> = {
  next: (ctx) => moveInRoutine(ctx, 'next'),
  back: (ctx) => moveInRoutine(ctx, 'previous'),
  pause: pauseRoutine,
  hurts: stopForPain,
};

function buttonOf(request: unknown): TouchButton | undefined {
  const args = (request as Partial<interfaces.alexa.presentation.apl.UserEvent> | undefined)?.arguments;
  const first: unknown = Array.isArray(args) ? args[0] : undefined;
  return isTouchButton(first) ? first : undefined;
}

/**
 * A touch on the screen (Alexa.Presentation.APL.UserEvent). One that is none of our buttons (an
 * older document, a hostile client) is answered like words not understood: mid-stretch, a check-in.
 */
export const touchHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'Alexa.Presentation.APL.UserEvent'),
  handle(input) {
    const button = buttonOf(input.requestEnvelope.request);
    return respond(input, button ? pressed[button] : notUnderstood);
  },
};
