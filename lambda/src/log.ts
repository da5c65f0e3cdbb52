import { getIntentName, getRequestType, type HandlerInput } from 'ask-sdk-core';
import { systemOf } from './envelope';

/** Structured logs without personal data: request type, intent, routine and cursor; ids shortened. */
function describe(input: HandlerInput): Record<string, unknown> {
  const envelope = input.requestEnvelope;
  const type = getRequestType(envelope);
  return {
    type,
    intent: type === 'IntentRequest' ? getIntentName(envelope) : undefined,
    user: systemOf(envelope)?.user?.userId?.slice(-8),
  };
}

export function logTurn(input: HandlerInput, fields: Record<string, unknown>): void {
  if (process.env.HIP_COACH_QUIET) return;
  console.log(JSON.stringify({ level: 'info', ...describe(input), ...fields }));
}

export function logError(input: HandlerInput, error: Error): void {
  console.error(JSON.stringify({ level: 'error', ...describe(input), name: error.name, message: error.message, stack: error.stack }));
}
