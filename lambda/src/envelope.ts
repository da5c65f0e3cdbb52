import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * The parts of a request's `context.System` the skill reads. ask-sdk-model types them as always
 * present, but envelopes from tools, tests and some Alexa events leave them out: read them as
 * optional so a missing one is a fallback, never a crash.
 */
interface SystemParts {
  readonly apiAccessToken?: string;
  readonly apiEndpoint?: string;
  readonly user?: { readonly userId?: string };
  readonly device?: { readonly deviceId?: string };
}

function systemIn(context: { readonly System?: SystemParts } | undefined): SystemParts | undefined {
  return context?.System;
}

function userIn(session: { readonly user?: { readonly userId?: string } } | undefined): string | undefined {
  return session?.user?.userId;
}

export function systemOf(envelope: RequestEnvelope): SystemParts | undefined {
  return systemIn(envelope.context);
}

/** The user's id from the context, else the session, else 'unknown'. */
export function userIdOf(envelope: RequestEnvelope): string {
  return systemOf(envelope)?.user?.userId ?? userIn(envelope.session) ?? 'unknown';
}
