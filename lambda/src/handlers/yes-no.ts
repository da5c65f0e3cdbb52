import type { RequestHandler } from 'ask-sdk-core';
import { answerYesNo } from '../coach/dialogue';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

/** "Yes" / "no": answers whatever the coach last asked. */
export const yesNoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Yes, Intent.No),
  handle(input) {
    const yes = isIntent(input, Intent.Yes);
    return respond(input, (ctx) => answerYesNo(ctx, yes));
  },
};
