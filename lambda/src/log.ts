import type { HandlerInput } from 'ask-sdk-core';

/**
 * Structured logs without personal data: request type, intent, routine and cursor; ids shortened.
 * Reads the envelope defensively: it runs in the error handler, on requests that may be malformed.
 */
function describe(input: HandlerInput): Record<string, unknown> {
  const envelope = input.requestEnvelope as {
    request?: { type?: unknown; intent?: { name?: unknown } };
    context?: { System?: { user?: { userId?: unknown } } };
  };
  const type = typeof envelope.request?.type === 'string' ? envelope.request.type.slice(0, 80) : undefined;
  const intent = envelope.request?.intent?.name;
  const user = envelope.context?.System?.user?.userId;
  return {
    type,
    intent: type === 'IntentRequest' && typeof intent === 'string' ? intent.slice(0, 80) : undefined,
    user: typeof user === 'string' ? user.slice(-8) : undefined,
  };
}

export function logTurn(input: HandlerInput, fields: Record<string, unknown>): void {
  if (process.env.HIP_COACH_QUIET) return;
  console.log(JSON.stringify({ level: 'info', ...describe(input), ...fields }));
}

export function logWarning(input: HandlerInput, fields: Record<string, unknown>): void {
  if (process.env.HIP_COACH_QUIET) return;
  console.warn(JSON.stringify({ level: 'warn', ...describe(input), ...fields }));
}

export function logError(input: HandlerInput, error: unknown): void {
  const e = error instanceof Error ? error : new Error(String(error));
  console.error(JSON.stringify({ level: 'error', ...describe(input), name: e.name, message: e.message, stack: e.stack }));
}

/** A fault of the container rather than of one request (a words file missing beside the bundle): logged once, even when quiet. */
export function logContainerError(event: string, fields: Record<string, unknown>): void {
  console.error(JSON.stringify({ level: 'error', event, ...fields }));
}
