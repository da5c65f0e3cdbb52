/**
 * The one builder of Alexa request envelopes (ask-sdk-model types) and Lambda contexts for the tools
 * around the skill: the lambda tests, the benchmark and the console all send what this builds.
 *
 *   envelope({ type: 'IntentRequest', intent: intent('AMAZON.NextIntent') },
 *            { userId, sessionId, isNew: false, attributes, at: Date.now() });
 *
 * What a voice-only Echo sends: no display, no permissions; every field Alexa always sets is set.
 */
import { randomUUID } from 'node:crypto';
import type { Intent, RequestEnvelope, SessionEndedReason, Slot } from 'ask-sdk-model';

export const SKILL_ID = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';

/** A slot as Alexa sends it after entity resolution: matched to an id, or no match. */
export function resolvedSlot(name: string, spoken: string, id?: string, typeName = 'Type', skillId = SKILL_ID): Slot {
  return {
    name,
    value: spoken,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${skillId}.${typeName}`,
          status: { code: id ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
          values: id ? [{ value: { name: spoken, id } }] : [],
        },
      ],
    },
  };
}

export function intent(name: string, slots: readonly Slot[] = []): Intent {
  return {
    name,
    confirmationStatus: 'NONE',
    ...(slots.length ? { slots: Object.fromEntries(slots.map((s) => [s.name, s])) } : {}),
  };
}

/** The part of a request that varies from turn to turn. */
export type RequestSpec =
  | { readonly type: 'LaunchRequest' }
  | { readonly type: 'IntentRequest'; readonly intent: Intent }
  | { readonly type: 'SessionEndedRequest'; readonly reason: SessionEndedReason }
  | { readonly type: 'AlexaSkillEvent.SkillDisabled'; readonly persistence: 'PERSISTED' | 'NOT_PERSISTED' }
  /** A touch on an APL screen: the arguments its SendEvent carried. */
  | { readonly type: 'Alexa.Presentation.APL.UserEvent'; readonly arguments: readonly unknown[]; readonly token?: string }
  /** Alexa's answer to a Connections.SendRequest (the voice consent request, AskFor). */
  | {
      readonly type: 'Connections.Response';
      readonly name: string;
      readonly status: { readonly code: string; readonly message: string };
      readonly payload?: Record<string, unknown>;
      readonly token?: string;
    };

export interface EnvelopeOptions {
  readonly userId: string;
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Record<string, unknown>;
  /** When the request is stamped: epoch ms, or Alexa's ISO 8601 string as it is. */
  readonly at: number | string;
  readonly locale?: string;
  readonly applicationId?: string;
  readonly deviceId?: string;
  /** Default: a fresh `amzn1.echo-api.request.<uuid>`. */
  readonly requestId?: string;
  /** Alexa sends one with every request to a live skill; tests of the bare envelope leave it out. */
  readonly apiAccessToken?: string;
  /** The device's interfaces (default none: a voice-only speaker); an Echo Show adds `Alexa.Presentation.APL`. */
  readonly supportedInterfaces?: Record<string, unknown>;
  /** Where the skill reaches Alexa's APIs (a local fake in tests); default https://api.amazonalexa.com. */
  readonly apiEndpoint?: string;
  /** Permission scopes the user has granted, as `context.System.user.permissions.scopes` says. */
  readonly granted?: readonly string[];
}

/** A real Alexa request envelope. Skill events (AlexaSkillEvent.*) carry no session, as Alexa sends them. */
export function envelope(spec: RequestSpec, options: EnvelopeOptions): RequestEnvelope {
  const application = { applicationId: options.applicationId ?? SKILL_ID };
  const user = { userId: options.userId };
  const granted = options.granted ?? [];
  const contextUser =
    granted.length > 0 ? { ...user, permissions: { scopes: Object.fromEntries(granted.map((scope) => [scope, { status: 'GRANTED' as const }])) } } : user;
  const base = {
    requestId: options.requestId ?? `amzn1.echo-api.request.${randomUUID()}`,
    timestamp: typeof options.at === 'string' ? options.at : new Date(options.at).toISOString(),
    locale: options.locale ?? 'en-US',
  };
  const request =
    spec.type === 'IntentRequest'
      ? { ...base, type: spec.type, dialogState: 'COMPLETED' as const, intent: spec.intent }
      : spec.type === 'SessionEndedRequest'
        ? { ...base, type: spec.type, reason: spec.reason }
        : spec.type === 'AlexaSkillEvent.SkillDisabled'
          ? { ...base, type: spec.type, body: { userId: options.userId, userInformationPersistenceStatus: spec.persistence } }
          : spec.type === 'Alexa.Presentation.APL.UserEvent'
            ? { ...base, type: spec.type, token: spec.token ?? '', arguments: [...spec.arguments], source: { type: 'TouchWrapper', handler: 'Press' } }
          : spec.type === 'Connections.Response'
            ? { ...base, ...spec }
            : { ...base, type: spec.type };
  const isEvent = spec.type.startsWith('AlexaSkillEvent.');
  return {
    version: '1.0',
    ...(isEvent
      ? {}
      : { session: { new: options.isNew, sessionId: options.sessionId, application, user, attributes: options.attributes } }),
    context: {
      System: {
        application,
        user: contextUser,
        device: { deviceId: options.deviceId ?? 'amzn1.ask.device.test', supportedInterfaces: options.supportedInterfaces ?? {} },
        apiEndpoint: options.apiEndpoint ?? 'https://api.amazonalexa.com',
        ...(options.apiAccessToken ? { apiAccessToken: options.apiAccessToken } : {}),
      },
    },
    request,
  };
}

/** The Lambda context a handler receives: only what a skill could reasonably read. */
export function lambdaContext(functionName: string, requestId: string, timeoutMs = 8000): Record<string, unknown> {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: functionName,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
