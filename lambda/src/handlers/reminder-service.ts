import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces, services } from 'ask-sdk-model';
import type { ReminderCall, ReminderFailure, ReminderOutcome, ScheduledReminder } from '../coach/reminder-turns';
import { checkedDraft, recurrenceRule, type ReminderDraft } from '../coach/reminders';
import { logWarning } from '../log';

/**
 * The Alexa Reminders API, through ask-sdk's ReminderManagementServiceClient: the calls the engine
 * asks for, each bounded in time, every failure turned into an outcome the engine can speak.
 */

export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

/**
 * How long one call may take. Alexa waits 8 s for the whole response and the turn still has its
 * store write to make, so a slow reminders service is given up on well before that.
 */
const CALL_TIMEOUT_MS = 2500;
/** The look for an orphan before a create is shorter: worst case, both calls still end inside 4 s. */
const LIST_TIMEOUT_MS = 1000;

/** Whether the user has granted the reminders permission (as the request's context says). */
export function remindersGranted(input: HandlerInput): boolean {
  // Read as optional: envelopes from tools and some events leave the context's parts out.
  const context = input.requestEnvelope.context as { System?: { user?: { permissions?: { scopes?: Record<string, { status?: string } | undefined> } } } } | undefined;
  const user = context?.System?.user;
  return user?.permissions?.scopes?.[REMINDERS_SCOPE]?.status === 'GRANTED';
}

/** The reminder as the Reminders API takes it: a recurring absolute trigger at the local time, in the user's zone. */
export function reminderRequest(reminder: ScheduledReminder, now: number): services.reminderManagement.ReminderRequest {
  const at = `${reminder.firstDate}T${reminder.time}:00.000`;
  return {
    requestTime: new Date(now).toISOString(),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: at,
      ...(reminder.timeZone ? { timeZoneId: reminder.timeZone } : {}),
      recurrence: { startDateTime: `${reminder.firstDate}T00:00:00.000`, recurrenceRules: [recurrenceRule(reminder.time, reminder.days)] },
    },
    alertInfo: { spokenInfo: { content: [{ locale: reminder.locale, text: reminder.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

class CallTimeout extends Error {
  override readonly name = 'CallTimeout';
}

function bounded<T>(call: Promise<T>, ms = CALL_TIMEOUT_MS): Promise<T> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => {
      reject(new CallTimeout('the reminders service did not answer in time'));
    }, ms).unref();
  });
  return Promise.race([call, timeout]);
}

/** A failed call as the user hears it: no permission, too many, gone, or the service unavailable. */
function failureOf(error: unknown): ReminderFailure {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  if (status === 401) return 'permission';
  if (status === 403) return 'limit';
  if (status === 404) return 'missing';
  return 'unavailable';
}

function logFailure(input: HandlerInput, op: string, error: unknown): void {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  // The status or the error's kind only: never the reminder's words.
  logWarning(input, { event: 'reminderCallFailed', op, status: typeof status === 'number' ? status : String((error as Error | undefined)?.name) });
}

/** Makes the call the engine asked for. Never throws: a failure is an outcome. */
export async function performReminderCall(input: HandlerInput, call: ReminderCall, now: number): Promise<ReminderOutcome> {
  const factory = input.serviceClientFactory;
  if (!factory) return { failure: 'unavailable' };
  const client = factory.getReminderManagementServiceClient();
  switch (call.op) {
    case 'create':
      try {
        const request = reminderRequest(call.reminder, now);
        const orphan = await orphanOf(input, client, call.reminder);
        if (orphan) {
          await bounded(client.updateReminder(orphan, request));
          return { id: orphan };
        }
        const created = await bounded(client.createReminder(request));
        return created.alertToken ? { id: created.alertToken } : { failure: 'unavailable' };
      } catch (error) {
        logFailure(input, call.op, error);
        return { failure: failureOf(error) };
      }
    case 'update':
      try {
        await bounded(client.updateReminder(call.id, reminderRequest(call.reminder, now)));
        return { id: call.id };
      } catch (error) {
        logFailure(input, call.op, error);
        return { failure: failureOf(error) };
      }
    case 'delete':
      return deleteAll(input, client, call.ids);
  }
}

/**
 * A reminder of ours that already says these words, though the record holds none for its routine:
 * set by an earlier turn whose store write then failed. It is updated rather than doubled, so a
 * retry after a fault never rings twice. Best effort: a failed listing means no orphan.
 */
async function orphanOf(
  input: HandlerInput,
  client: services.reminderManagement.ReminderManagementServiceClient,
  reminder: ScheduledReminder,
): Promise<string | undefined> {
  try {
    const { alerts } = await bounded(client.getReminders(), LIST_TIMEOUT_MS);
    const same = (alerts ?? []).find(
      (alert) => alert.status !== 'COMPLETED' && (alert.alertInfo?.spokenInfo?.content ?? []).some((c) => c.locale === reminder.locale && c.text === reminder.text),
    );
    return same?.alertToken;
  } catch (error) {
    logFailure(input, 'list', error);
    return undefined;
  }
}

/** Deletes each; one already gone (404) counts as deleted. The first other failure is reported. */
async function deleteAll(input: HandlerInput, client: services.reminderManagement.ReminderManagementServiceClient, ids: readonly string[]): Promise<ReminderOutcome> {
  const results = await Promise.all(
    ids.map(async (id): Promise<ReminderFailure | undefined> => {
      try {
        await bounded(client.deleteReminder(id));
        return undefined;
      } catch (error) {
        const failure = failureOf(error);
        if (failure !== 'missing') logFailure(input, 'delete', error);
        return failure === 'missing' ? undefined : failure;
      }
    }),
  );
  const deleted = ids.filter((_, i) => results[i] === undefined);
  const failure = results.find((r) => r !== undefined);
  return { deleted, ...(failure ? { failure } : {}) };
}

/**
 * Deletes the skill's reminders when the user deletes their data or disables the skill: best
 * effort, never in the way of deleting the record itself.
 */
export async function deleteRemindersQuietly(input: HandlerInput, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await performReminderCall(input, { op: 'delete', ids }, Date.now());
}

const TOKEN_PREFIX = 'hip-coach-reminder:';

/** The voice consent request (AskForPermissionsConsentRequest v2); its token carries the reminder to set after. */
export function askForRemindersDirective(draft: ReminderDraft): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: REMINDERS_SCOPE, consentLevel: 'ACCOUNT' }],
    },
    token: `${TOKEN_PREFIX}${JSON.stringify(draft)}`,
  };
}

/** The reminder a consent request's token carries back, when it is ours and sound. */
export function draftFromToken(token: unknown): ReminderDraft | undefined {
  if (typeof token !== 'string' || !token.startsWith(TOKEN_PREFIX) || token.length > 1000) return undefined;
  try {
    return checkedDraft(JSON.parse(token.slice(TOKEN_PREFIX.length)));
  } catch {
    return undefined;
  }
}
