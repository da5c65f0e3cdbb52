import type { RequestHandler } from 'ask-sdk-core';
import { moveInRoutine, type Move } from '../coach/in-routine';
import { Intent, type IntentName } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

function routineMove(intent: IntentName, move: Move): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    handle: (input) => respond(input, (ctx) => moveInRoutine(ctx, move)),
  };
}

/** "Next": the next stretch, or the end of the routine. */
export const nextHandler = routineMove(Intent.Next, 'next');
/** "Skip this one". */
export const skipHandler = routineMove(Intent.Skip, 'skip');
/** "Go back". */
export const previousHandler = routineMove(Intent.Previous, 'previous');
/** "Repeat that": this stretch again. */
export const repeatHandler = routineMove(Intent.Repeat, 'repeat');
/** "Tell me more": this stretch again with the full setup cues. */
export const tellMeMoreHandler = routineMove(Intent.TellMeMore, 'tellMeMore');
/** "Start over": the routine from the top. */
export const startOverHandler = routineMove(Intent.StartOver, 'startOver');
