// The cold starts the benchmark measures, one row each: who the user is, what the device sends, how the
// Settings API answers. Shared by the harness (which seeds the table and picks the Settings API) and the
// cold child (which builds the first request), so both read the same definition by id.
//
// A new row is one more entry in `coldScenarios`:
//   - another locale:          { ...newUserLaunch, id: 'new-de', label: …, locale: 'de-DE', versus: 'new', goals: [{ limit: 1.0, issue: '#18' }] }
//   - a screen device (APL):   { …, adjust: withInterfaces({ 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }) }
//   - a reminder-setting turn: { …, user: 'returning', request: intentRequest('AMAZON.YesIntent'), attributes: <a pending draft>, granted: [scope], api: 'reminders' }
//     the device's apiEndpoint is then the Reminders API fake (tools/fake-reminders.ts), which answers the time zone too.
// The minimal skill ignores locale, screens and intents, so such rows compare Hip Coach to its 'new' or
// 'returning' row (`versus`) and list `skills: 'subject'`.
import type { Intent, RequestEnvelope } from 'ask-sdk-model';
import { newRecord } from '../lambda/src/coach/record/model';
import { localDate } from '../lambda/src/coach/record/calendar';
import { toSessionAttributes } from '../lambda/src/session/session-state';
import { envelope, intent, resolvedSlot } from '../tools/envelopes';

/** The zone the Settings API stand-in gives every device, and a returning user's record keeps. */
export const BENCH_TIME_ZONE = 'America/Los_Angeles';
/** The token every real-shaped request carries (the stand-in only checks that there is one). */
export const BENCH_API_TOKEN = 'bench-api-access-token';
export const BENCH_DEVICE_ID = 'amzn1.ask.device.BENCH';
/** The permission a reminder-setting turn needs (lambda/src/handlers/reminder-service.ts). */
const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

export type FirstRequest = { readonly type: 'LaunchRequest' } | { readonly type: 'IntentRequest'; readonly intent: Intent };

/** A ratio goal on a row's cold init + first request (p50), against the minimal skill's `versus` row. */
export interface RatioGoal {
  readonly limit: number;
  readonly issue: string;
}

export interface ColdScenario {
  readonly id: string;
  readonly label: string;
  /** A new user has no record; a returning one has an onboarded record with a zone confirmed today. */
  readonly user: 'new' | 'returning';
  /** How long the Settings API stand-in holds its answer back. */
  readonly settingsDelayMs: number;
  readonly locale?: string;
  /** Default: a LaunchRequest. */
  readonly request?: FirstRequest;
  /** Anything else the device sends (supported interfaces…), applied to the built envelope. */
  readonly adjust?: (event: RequestEnvelope) => RequestEnvelope;
  /** 'pair': Hip Coach and the minimal skill (the two sides of a ratio); 'all': every cold skill; 'subject': Hip Coach alone. */
  readonly skills: 'all' | 'pair' | 'subject';
  /** The minimal skill's row this one is a ratio to. */
  readonly versus: string;
  readonly goals: readonly RatioGoal[];
  /** 'reminders': the device's apiEndpoint is the Reminders API fake (tools/fake-reminders.ts, which answers the time zone too). */
  readonly api?: 'settings' | 'reminders';
  /** The first request comes mid-session: these attributes, session not new. */
  readonly attributes?: Record<string, unknown>;
  /** Permission scopes the user has granted. */
  readonly granted?: readonly string[];
  /** The most this row may cost over another of Hip Coach's rows (the Settings API's delay, paid once). */
  readonly extraOver?: { readonly scenario: string; readonly maxMs: number; readonly issue: string };
}

/** `supportedInterfaces` for a device with those interfaces (a screen device: APL). */
export function withInterfaces(interfaces: Record<string, unknown>): (event: RequestEnvelope) => RequestEnvelope {
  return (event) => ({
    ...event,
    context: { ...event.context, System: { ...event.context.System, device: { deviceId: BENCH_DEVICE_ID, supportedInterfaces: interfaces } } },
  });
}

export function intentRequest(name: string, slots: Parameters<typeof intent>[1] = []): FirstRequest {
  return { type: 'IntentRequest', intent: intent(name, slots) };
}

export const coldScenarios: readonly ColdScenario[] = [
  {
    id: 'new',
    label: "new user's launch (no record: the Settings API is asked)",
    user: 'new',
    settingsDelayMs: 0,
    skills: 'all',
    versus: 'new',
    goals: [
      { limit: 1.05, issue: '#20' },
      { limit: 0.95, issue: '#18' },
    ],
  },
  {
    id: 'returning',
    label: "returning user's launch (record with a stored zone: no lookup)",
    user: 'returning',
    settingsDelayMs: 0,
    skills: 'pair',
    versus: 'returning',
    goals: [
      { limit: 1.0, issue: '#20' },
      { limit: 0.95, issue: '#18' },
    ],
  },
  {
    id: 'new-de',
    label: "new user's launch in German (de-DE: the words read from words.de.json)",
    user: 'new',
    settingsDelayMs: 0,
    locale: 'de-DE',
    skills: 'subject',
    versus: 'new',
    goals: [{ limit: 1.0, issue: '#18' }],
  },
  {
    id: 'apl-start',
    label: 'returning user\'s "open hip coach and start my evening routine" on a screen device (APL: the first stretch\'s screen, the document built)',
    user: 'returning',
    settingsDelayMs: 0,
    request: intentRequest('StartRoutineIntent', [resolvedSlot('routine', 'evening', 'evening', 'RoutineType')]),
    adjust: withInterfaces({ 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } }),
    skills: 'subject',
    versus: 'returning',
    goals: [],
  },
  {
    id: 'reminder-set',
    label: 'returning user\'s "yes" to "shall I set that reminder?" (the permission granted: the reminder is set at the Reminders API fake)',
    user: 'returning',
    settingsDelayMs: 0,
    api: 'reminders',
    request: intentRequest('AMAZON.YesIntent'),
    attributes: toSessionAttributes({ pending: { kind: 'reminder', draft: { routine: 'evening', time: '19:00', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], follows: 'daily' } } }),
    granted: [REMINDERS_SCOPE],
    skills: 'subject',
    versus: 'returning',
    goals: [],
  },
  {
    id: 'new-slow-settings',
    label: "new user's launch, Settings API answering in 200 ms",
    user: 'new',
    settingsDelayMs: 200,
    skills: 'subject',
    versus: 'new',
    goals: [],
    extraOver: { scenario: 'new', maxMs: 200, issue: '#20' },
  },
];

export function scenarioById(id: string): ColdScenario {
  const found = coldScenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no cold scenario ${id}`);
  return found;
}

/** The record a returning user has: onboarded, a week in, the zone confirmed today. Valid for every skill's table. */
export function returningRecord(userId: string, now: number): Record<string, unknown> {
  const today = localDate(now, BENCH_TIME_ZONE);
  const fresh = newRecord(userId, { now, today }, BENCH_TIME_ZONE);
  return { ...fresh, version: 3, onboarded: true, visits: 3 };
}

/** The first request of `scenario` for `userId`, as a device sends it: API token and endpoint included. */
export function scenarioEnvelope(scenario: ColdScenario, userId: string, apiEndpoint: string, at: number): RequestEnvelope {
  const event = envelope(scenario.request ?? { type: 'LaunchRequest' }, {
    userId,
    sessionId: `amzn1.echo-api.session.${userId}`,
    isNew: !scenario.attributes,
    attributes: scenario.attributes ?? {},
    ...(scenario.granted ? { granted: scenario.granted } : {}),
    at,
    deviceId: BENCH_DEVICE_ID,
    // One token per user, as Alexa's are: the Reminders API fake keeps each token's reminders apart, so every
    // cold start of the reminder row sets a new one instead of finding the last start's.
    apiAccessToken: `${BENCH_API_TOKEN}.${userId}`,
    apiEndpoint,
    ...(scenario.locale ? { locale: scenario.locale } : {}),
  });
  return scenario.adjust ? scenario.adjust(event) : event;
}
