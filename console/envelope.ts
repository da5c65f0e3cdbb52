import { randomUUID } from 'node:crypto';
import type { Intent, IntentRequest, LaunchRequest, RequestEnvelope, SessionEndedReason, SessionEndedRequest } from 'ask-sdk-model';

/** Who is talking and from where: fixed for one console run. */
export interface Caller {
  userId: string;
  deviceId: string;
  skillId: string;
  locale: string;
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

function requestId(): string {
  return `amzn1.echo-api.request.console-${randomUUID()}`;
}

/** Wraps a request in the envelope a voice-only Echo sends (no display, no permissions granted). */
export function envelope(caller: Caller, session: OpenSession, request: RequestEnvelope['request']): RequestEnvelope {
  const application = { applicationId: caller.skillId };
  const user = { userId: caller.userId };
  return {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.sessionId, application, attributes: session.attributes, user },
    context: {
      System: {
        application,
        user,
        device: { deviceId: caller.deviceId, supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
        apiAccessToken: 'console-no-access-token',
      },
    },
    request,
  };
}

export function launchRequest(caller: Caller, timestamp: string): LaunchRequest {
  return { type: 'LaunchRequest', requestId: requestId(), timestamp, locale: caller.locale };
}

export function intentRequest(caller: Caller, timestamp: string, intent: Intent): IntentRequest {
  return { type: 'IntentRequest', requestId: requestId(), timestamp, locale: caller.locale, dialogState: 'COMPLETED', intent };
}

export function sessionEndedRequest(caller: Caller, timestamp: string, reason: SessionEndedReason): SessionEndedRequest {
  return { type: 'SessionEndedRequest', requestId: requestId(), timestamp, locale: caller.locale, reason };
}
