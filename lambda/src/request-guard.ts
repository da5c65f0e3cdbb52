import type { RequestEnvelope } from 'ask-sdk-model';
import { Intent } from './intents';

/**
 * Alexa signs every request within 150 s of real time, so a timestamp far from the server's
 * clock is not Alexa's. It is clamped before it can drive the program (a week-by-week roll to
 * year 9999) or be saved. The window is wide on purpose: the console and tests replay
 * simulated time (the console's own tests run in 2030).
 */
const MAX_AHEAD_MS = 5 * 365 * 86_400_000;
/** Before Alexa skills existed. */
const EARLIEST_MS = Date.parse('2015-01-01T00:00:00Z');
/** Session attributes are ours, and our responses stay under 24 KB: anything bigger is not ours. */
const MAX_ATTRIBUTES_CHARS = 24_000;
const MAX_ID_CHARS = 300;
const LOCALE = /^[a-z]{2}-[A-Z]{2}$/;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const id = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_CHARS ? value : undefined;

/** The request's time, or the server's when the request's is missing, malformed or far off. */
export function requestTime(timestamp: unknown, serverNow: number): number {
  const stamp = typeof timestamp === 'string' && timestamp.length <= 40 ? Date.parse(timestamp) : NaN;
  if (!Number.isFinite(stamp) || stamp < EARLIEST_MS || stamp > serverNow + MAX_AHEAD_MS) return serverNow;
  return stamp;
}

function slotsOf(value: unknown): Raw | undefined {
  if (!isObject(value)) return undefined;
  const slots: Raw = {};
  for (const [name, slot] of Object.entries(value)) {
    if (!isObject(slot)) continue;
    // A number as a slot value is read as the words it stands for; any other non-text is no value.
    const spoken = typeof slot.value === 'number' && Number.isFinite(slot.value) ? String(slot.value) : slot.value;
    slots[name] = { ...slot, name, value: typeof spoken === 'string' ? spoken : undefined };
  }
  return slots;
}

function attributesOf(value: unknown): Raw {
  if (!isObject(value) || value.hipCoach === undefined) return {};
  // Only the skill's own attribute is read, and only when it is no bigger than we ever send.
  const attributes = { hipCoach: value.hipCoach };
  try {
    return JSON.stringify(attributes).length <= MAX_ATTRIBUTES_CHARS ? attributes : {};
  } catch {
    return {};
  }
}

/**
 * A request envelope as the handlers may assume it: a request with a string type, id, locale
 * and a timestamp near now; an IntentRequest with an intent that has a name (an intent without
 * one is the fallback); slots that are objects; session attributes limited to the skill's own
 * and small; the user id in context. Returns undefined for what is no Alexa request at all (no
 * request type, no user): that gets no response.
 */
export function guardEnvelope(raw: unknown, serverNow: number): RequestEnvelope | undefined {
  if (!isObject(raw) || !isObject(raw.request) || typeof raw.request.type !== 'string' || raw.request.type.length > 100) return undefined;
  const session = isObject(raw.session) ? raw.session : undefined;
  const context = isObject(raw.context) ? raw.context : {};
  const system = isObject(context.System) ? context.System : {};
  const systemUser = isObject(system.user) ? system.user : {};
  const sessionUser = session && isObject(session.user) ? session.user : {};
  const userId = id(systemUser.userId) ?? id(sessionUser.userId);
  if (!userId) return undefined;
  const application = isObject(system.application) ? system.application : session && isObject(session.application) ? session.application : {};

  const request = raw.request;
  const guardedRequest: Raw = {
    ...request,
    requestId: id(request.requestId) ?? '',
    timestamp: new Date(requestTime(request.timestamp, serverNow)).toISOString(),
    locale: typeof request.locale === 'string' && LOCALE.test(request.locale) ? request.locale : 'en-US',
  };
  if (request.type === 'IntentRequest') {
    const intent = isObject(request.intent) ? request.intent : {};
    const name = typeof intent.name === 'string' && intent.name.length <= 100 ? intent.name : Intent.Fallback;
    const slots = slotsOf(intent.slots);
    guardedRequest.intent = { ...intent, name, confirmationStatus: 'NONE', ...(slots ? { slots } : { slots: undefined }) };
  }

  const guarded: Raw = {
    version: typeof raw.version === 'string' ? raw.version : '1.0',
    context: {
      ...context,
      System: {
        ...system,
        application: { applicationId: id(application.applicationId) ?? '' },
        user: { ...systemUser, userId },
        apiEndpoint: typeof system.apiEndpoint === 'string' ? system.apiEndpoint : 'https://api.amazonalexa.com',
      },
    },
    request: guardedRequest,
  };
  if (session) {
    guarded.session = {
      ...session,
      new: session.new === true,
      sessionId: id(session.sessionId) ?? '',
      application: { applicationId: id(application.applicationId) ?? '' },
      user: { ...sessionUser, userId },
      attributes: attributesOf(session.attributes),
    };
  }
  return guarded as unknown as RequestEnvelope;
}
