import type { RequestHandler } from 'ask-sdk-core';
import { startRequested } from '../coach/dialogue';
import { Intent, Slot } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';
import { echoable, resolvedSlot } from './slots';

/** "Start my evening routine" (also one-shot); an unknown routine gets the list of routines. */
export const startRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.StartRoutine),
  handle(input) {
    const slot = resolvedSlot(input, Slot.routine);
    // Words repeated back ("I don't know a routine called …") are cut to a few.
    const heard = { ...slot, spoken: slot.spoken === undefined ? undefined : echoable(slot.spoken) };
    return respond(input, (ctx) => startRequested(ctx, heard));
  },
};
