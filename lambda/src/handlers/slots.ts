import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import type { SlotName } from '../intents';

/** A slot as entity resolution left it: the id it matched, and what the user said. */
export interface ResolvedSlot {
  readonly id?: string;
  readonly spoken?: string;
}

export function resolvedSlot(input: HandlerInput, name: SlotName): ResolvedSlot {
  const slot = (input.requestEnvelope.request as IntentRequest).intent?.slots?.[name];
  if (!slot) return {};
  const match = slot.resolutions?.resolutionsPerAuthority?.find((a) => a.status.code === 'ER_SUCCESS_MATCH');
  return { id: match?.values?.[0]?.value.id, spoken: slot.value || undefined };
}
