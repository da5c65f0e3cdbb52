import type { Intent, RequestEnvelope, Slot } from 'ask-sdk-model';

export const SKILL_ID = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';

/** A slot as Alexa sends it after entity resolution: matched to an id, or no match. */
export function resolvedSlot(name: string, spoken: string, id?: string, typeName = 'Type'): Slot {
  return {
    name,
    value: spoken,
    confirmationStatus: 'NONE',
    resolutions: {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.${typeName}`,
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

export type RequestSpec =
  | { readonly type: 'LaunchRequest' }
  | { readonly type: 'IntentRequest'; readonly intent: Intent }
  | { readonly type: 'SessionEndedRequest'; readonly reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' }
  | { readonly type: 'AlexaSkillEvent.SkillDisabled'; readonly persistence: 'PERSISTED' | 'NOT_PERSISTED' };

export interface EnvelopeOptions {
  readonly userId: string;
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Record<string, unknown>;
  /** Epoch ms the request is stamped with. */
  readonly at: number;
  readonly locale?: string;
  readonly applicationId?: string;
}

let sequence = 0;

/** A real Alexa request envelope (ask-sdk-model types). */
export function envelope(spec: RequestSpec, options: EnvelopeOptions): RequestEnvelope {
  const application = { applicationId: options.applicationId ?? SKILL_ID };
  const user = { userId: options.userId };
  const base = {
    requestId: `amzn1.echo-api.request.test-${++sequence}`,
    timestamp: new Date(options.at).toISOString(),
    locale: options.locale ?? 'en-US',
  };
  const request =
    spec.type === 'IntentRequest'
      ? { ...base, type: spec.type, dialogState: 'COMPLETED' as const, intent: spec.intent }
      : spec.type === 'SessionEndedRequest'
        ? { ...base, type: spec.type, reason: spec.reason }
        : spec.type === 'AlexaSkillEvent.SkillDisabled'
          ? { ...base, type: spec.type, body: { userId: options.userId, userInformationPersistenceStatus: spec.persistence } }
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
        user,
        device: { deviceId: 'amzn1.ask.device.test', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: request as RequestEnvelope['request'],
  };
}
