import type { RequestHandler } from 'ask-sdk-core';
import { adjustRoutine } from '../coach/in-routine';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

/** "Make it easier" / "make it harder": variant or hold length, for the rest of this session. */
export const easierHarderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Easier, Intent.Harder),
  handle(input) {
    const direction = isIntent(input, Intent.Easier) ? 'easier' : 'harder';
    return respond(input, (ctx) => adjustRoutine(ctx, direction));
  },
};
