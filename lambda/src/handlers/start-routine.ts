import type { RequestHandler } from 'ask-sdk-core';
import { startRequested } from '../coach/dialogue';
import { Intent, Slot } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';
import { resolvedSlot } from './slots';

/** "Start my evening routine" (also one-shot); an unknown routine gets the list of routines. */
export const startRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.StartRoutine),
  handle(input) {
    const slot = resolvedSlot(input, Slot.routine);
    return respond(input, (ctx) => startRequested(ctx, slot));
  },
};
