import { randomUUID } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';
import { envelope as buildEnvelope, type RequestSpec } from '../tools/envelopes';
import { APL_INTERFACE } from './screen';

export type { RequestSpec };

/** Who is talking and from where: fixed for one console run. */
export interface Caller {
  userId: string;
  deviceId: string;
  skillId: string;
  locale: string;
  /** The device has a screen (--display): requests carry the APL interface. */
  display?: boolean;
  /** Where the skill reaches Alexa's APIs (the local reminders fake with --grant reminders). */
  apiEndpoint?: string;
  /** Permission scopes granted (--grant). */
  granted?: readonly string[];
}

/** The session the console keeps open between turns, as Alexa would. */
export interface OpenSession {
  sessionId: string;
  /** True until the first request of the session has been sent. */
  isNew: boolean;
  attributes: Record<string, unknown>;
}

export function newSession(): OpenSession {
  return { sessionId: `amzn1.echo-api.session.console-${randomUUID()}`, isNew: true, attributes: {} };
}

/** A stable Alexa-shaped user id for a console user name. */
export function consoleUserId(name: string): string {
  return `amzn1.ask.account.console-${name.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/**
 * The envelope an Echo sends (voice-only, or an Echo Show with `display`) for `spec` in `session` (the one builder in tools/envelopes),
 * stamped with the console clock's `timestamp` and carrying a placeholder access token as a live skill gets.
 */
export function envelope(caller: Caller, session: OpenSession, spec: RequestSpec, timestamp: string): RequestEnvelope {
  return buildEnvelope(spec, {
    userId: caller.userId,
    sessionId: session.sessionId,
    isNew: session.isNew,
    attributes: session.attributes,
    at: timestamp,
    locale: caller.locale,
    applicationId: caller.skillId,
    deviceId: caller.deviceId,
    apiAccessToken: 'console-no-access-token',
    ...(caller.display ? { supportedInterfaces: APL_INTERFACE } : {}),
    ...(caller.apiEndpoint ? { apiEndpoint: caller.apiEndpoint } : {}),
    ...(caller.granted ? { granted: caller.granted } : {}),
  });
}
