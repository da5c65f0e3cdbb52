import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { VersionConflictError } from '../progress/errors';
import { isTransient, StoreBudgetExceededError } from '../progress/idempotency';
import { turnOf } from '../session/turn';
import { sentencesSsml } from '../speech/ssml';
import { createVoice } from '../speech/voice';
import { logError } from '../log';

/**
 * What is said when not even the apology's words can be had (no words file could be read beside the
 * bundle, not even English's: speech/voice.ts has logged which). The only words outside resources/.
 */
const SPEECHLESS = '<speak>Sorry, Hip Coach cannot talk just now. Please try again later.</speak>';

/** Request types that may carry speech; every other one is answered with none. */
const SPOKEN = new Set(['LaunchRequest', 'IntentRequest']);

/** The store was busy or slow past the turn's budget: the same words again will likely work. */
function isRetryable(error: unknown): boolean {
  return error instanceof StoreBudgetExceededError || error instanceof VersionConflictError || isTransient(error);
}

/**
 * The one error handler: logs what failed (never the envelope) and speaks a short apology with
 * a reprompt, so the user never hears Alexa's "problem with the requested skill". It must not
 * throw itself, whatever the request looks like: each step that reads the request is guarded.
 */
export const errorHandler: ErrorHandler = {
  canHandle: () => true,
  handle(input: HandlerInput, error: Error): Response {
    try {
      logError(input, error);
    } catch {
      // Logging must never turn one failure into two.
    }
    try {
      return apology(input, error);
    } catch {
      return speechless(input);
    }
  },
};

function apology(input: HandlerInput, error: unknown): Response {
  const request = input.requestEnvelope.request as { type?: unknown; locale?: unknown } | undefined;
  if (typeof request?.type !== 'string' || !SPOKEN.has(request.type)) return input.responseBuilder.getResponse();
  // The reply carries the session's checked state (never the request's attributes as they came),
  // and that state is the one before this turn: saying it again replays the same turn.
  if (input.requestEnvelope.session) input.attributesManager.setSessionAttributes(sessionAttributesOf(input));
  const locale = typeof request.locale === 'string' ? request.locale : 'en-US';
  const voice = createVoice(locale, Math.random);
  const [line, reprompt] = isRetryable(error) ? (['error.sayAgain', 'error.sayAgainReprompt'] as const) : (['error.generic', 'error.reprompt'] as const);
  return input.responseBuilder.speak(sentencesSsml(voice.say(line))).reprompt(sentencesSsml(voice.say(reprompt))).withShouldEndSession(false).getResponse();
}

function speechless(input: HandlerInput): Response {
  try {
    const request = input.requestEnvelope.request as { type?: unknown } | undefined;
    if (typeof request?.type !== 'string' || !SPOKEN.has(request.type)) return {};
    return { outputSpeech: { type: 'SSML', ssml: SPEECHLESS }, shouldEndSession: true };
  } catch {
    return {};
  }
}

function sessionAttributesOf(input: HandlerInput): Record<string, unknown> {
  try {
    return turnOf(input).replayAttributes();
  } catch {
    return {};
  }
}
