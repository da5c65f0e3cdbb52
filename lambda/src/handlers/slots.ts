import type { HandlerInput } from 'ask-sdk-core';
import type { SlotValue } from '../coach/dialogue-state';
import type { SlotName } from '../intents';


/** Words of the user's that a reply may repeat back: a routine name is a few words, never a page. */
const MAX_ECHOED_CHARS = 60;
/**
 * Longer than anything Alexa transcribes from one utterance; more is not speech. The safety
 * classifiers read the words, so this cap is generous: only what is repeated back is cut short.
 */
const MAX_SLOT_CHARS = 1000;

interface RawSlot {
  value?: unknown;
  resolutions?: { resolutionsPerAuthority?: unknown };
}

/** A slot as entity resolution left it: the id it matched, and what the user said. */
// Read field by field: a slot from a hostile or buggy client may lack a resolution status,
// carry a number as its value, or have any other shape; none of that may throw.
export function resolvedSlot(input: HandlerInput, name: SlotName): SlotValue {
  const request = input.requestEnvelope.request as { intent?: { slots?: Record<string, unknown> } };
  const slot = request.intent?.slots?.[name];
  if (typeof slot !== 'object' || slot === null) return {};
  const { value, resolutions } = slot as RawSlot;
  const authorities = resolutions?.resolutionsPerAuthority;
  const match = Array.isArray(authorities)
    ? (authorities as ({ status?: { code?: unknown }; values?: unknown } | null)[]).find((a) => a?.status?.code === 'ER_SUCCESS_MATCH')
    : undefined;
  const values = Array.isArray(match?.values) ? (match.values as { value?: { id?: unknown } }[]) : [];
  const id = values[0]?.value?.id;
  const spoken = typeof value === 'string' ? value.trim().slice(0, MAX_SLOT_CHARS) : undefined;
  return { id: typeof id === 'string' ? id : undefined, spoken: spoken || undefined };
}

/** The user's words cut to a few at a word boundary, for a reply that repeats them back. */
export function echoable(spoken: string): string {
  if (spoken.length <= MAX_ECHOED_CHARS) return spoken;
  const cut = spoken.slice(0, MAX_ECHOED_CHARS);
  const space = cut.lastIndexOf(' ');
  return space > 0 ? cut.slice(0, space) : cut;
}
