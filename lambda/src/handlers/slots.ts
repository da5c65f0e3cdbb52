import type { HandlerInput } from 'ask-sdk-core';
import type { SlotValue } from '../coach/dialogue-state';
import type { SlotName } from '../intents';

/** A slot as entity resolution left it: the id it matched, and what the user said. */
export function resolvedSlot(input: HandlerInput, name: SlotName): SlotValue {
  const request = input.requestEnvelope.request;
  const slot = request.type === 'IntentRequest' ? request.intent.slots?.[name] : undefined;
  if (!slot) return {};
  const match = slot.resolutions?.resolutionsPerAuthority?.find((a) => a.status.code === 'ER_SUCCESS_MATCH');
  return { id: match?.values[0]?.value.id, spoken: slot.value || undefined };
}
