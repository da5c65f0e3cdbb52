import type { HandlerInput } from 'ask-sdk-core';
import type { IntentName } from '../intents';

// Read without ask-sdk's getIntentName, which throws on an IntentRequest without an intent:
// a predicate runs for every request and must answer false, not fail.
export function isIntent(input: HandlerInput, ...names: readonly IntentName[]): boolean {
  const request = input.requestEnvelope.request as { type?: unknown; intent?: { name?: unknown } } | undefined;
  const name = request?.intent?.name;
  return request?.type === 'IntentRequest' && typeof name === 'string' && (names as string[]).includes(name);
}

export function isRequest(input: HandlerInput, type: string): boolean {
  return (input.requestEnvelope.request as { type?: unknown } | undefined)?.type === type;
}
