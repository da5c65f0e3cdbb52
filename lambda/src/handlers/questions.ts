import type { RequestHandler } from 'ask-sdk-core';
import { answer } from '../coach/in-routine';
import type { Question } from '../coach/questions';
import { Intent, type IntentName } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

function questionHandler(intent: IntentName, question: Question): RequestHandler {
  return {
    canHandle: (input) => isIntent(input, intent),
    handle: (input) => respond(input, (ctx) => answer(ctx, question)),
  };
}

/**
 * Questions in context ("how long do I hold this"): answered from the last response's timeline
 * and this request's timestamp, then the routine carries on with what remains. No write.
 */
export const questionHandlers = [
  questionHandler(Intent.HoldDuration, 'holdDuration'),
  questionHandler(Intent.WhichSide, 'whichSide'),
  questionHandler(Intent.WhatDoesThisStretch, 'whatDoesThisStretch'),
  questionHandler(Intent.HowManyLeft, 'howManyLeft'),
] as const;
