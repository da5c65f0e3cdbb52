import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import type { IntentName } from '../intents';

export function isIntent(input: HandlerInput, ...names: readonly IntentName[]): boolean {
  return getRequestType(input.requestEnvelope) === 'IntentRequest' && (names as string[]).includes(getIntentName(input.requestEnvelope));
}

export function isRequest(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}
