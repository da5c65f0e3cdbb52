import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { sentencesSsml } from '../speech/ssml';
import { createVoice } from '../speech/voice';
import { logError } from '../log';

/**
 * The one error handler: logs what failed (never the envelope) and speaks a short apology with
 * a reprompt, so the user never hears Alexa's "problem with the requested skill".
 */
export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input: HandlerInput, error: Error) {
    logError(input, error);
    const request = input.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest' || request.type.startsWith('AlexaSkillEvent.')) {
      return input.responseBuilder.getResponse();
    }
    const voice = createVoice(request.locale ?? 'en-US', Math.random);
    return input.responseBuilder
      .speak(sentencesSsml(voice.say('error.generic')))
      .reprompt(sentencesSsml(voice.say('error.reprompt')))
      .withShouldEndSession(false)
      .getResponse();
  },
};
