import type { RequestHandler } from 'ask-sdk-core';
import { answerQuestion, type Question } from '../coach/questions';
import { Intent, type IntentName } from '../intents';
import { turnOf } from '../session/turn';
import { coachDeps } from './coach-deps';
import { isIntent } from './predicates';
import { offerRoutines, speak } from './respond';

const questions: ReadonlyArray<readonly [IntentName, Question]> = [
  [Intent.HoldDuration, 'holdDuration'],
  [Intent.WhichSide, 'whichSide'],
  [Intent.WhatDoesThisStretch, 'whatDoesThisStretch'],
  [Intent.HowManyLeft, 'howManyLeft'],
];

/**
 * Questions in context ("how long do I hold this"): answered from the last response's timeline
 * and this request's timestamp, then the routine carries on with what remains. No write.
 */
export const questionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...questions.map(([intent]) => intent)),
  handle(input) {
    const turn = turnOf(input);
    const name = (input.requestEnvelope.request as { intent: { name: string } }).intent.name;
    const question = questions.find(([intent]) => intent === name)![1];
    const state = turn.state.routine;
    if (!state) return offerRoutines(input, turn, [turn.voice.say('questions.noRoutine')]);
    return speak(input, turn, answerQuestion(question, state, turn.state.last, turn.now, coachDeps(turn)));
  },
};
