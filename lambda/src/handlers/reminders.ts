import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import type { TurnContext } from '../coach/context';
import {
  answerReminder,
  cancelReminders,
  consentAnswered,
  listReminders,
  moveReminder,
  proposeReminder,
  type ConsentStatus,
  type ReminderStep,
} from '../coach/reminder-turns';
import type { ReminderAsk } from '../coach/reminders';
import { Intent, Slot } from '../intents';
import { parseSessionState } from '../session/session-state';
import { turnOf } from '../session/turn';
import { isIntent, isRequest } from './predicates';
import { askForRemindersDirective, deleteRemindersQuietly, draftFromToken, performReminderCall, remindersGranted, REMINDERS_SCOPE } from './reminder-service';
import { respond } from './respond';
import { resolvedSlot } from './slots';
import { deviceTimeZone } from '../time-zone';

/**
 * One reminder turn: the engine's step; the Reminders API call it asks for, if any, and the reply
 * for its outcome; a consent request (Connections.SendRequest, no speech of ours) or the consent card.
 */
async function respondToReminders(input: HandlerInput, decide: (ctx: TurnContext) => ReminderStep): Promise<Response> {
  const turn = turnOf(input);
  const known = await turn.context();
  let first = decide(known);
  // The zone is read once a session and kept only with a write: a call that sets a time needs it.
  if (first.kind === 'call' && first.call.op !== 'delete' && !known.timeZone) {
    const zone = await deviceTimeZone(input);
    if (zone) first = decide({ ...known, timeZone: zone });
  }
  const step = first.kind === 'call' ? first.then(await performReminderCall(input, first.call, known.now)) : first;
  if (step.kind === 'askConsent') {
    await turn.apply(step.reply);
    return input.responseBuilder.addDirective(askForRemindersDirective(step.draft)).getResponse();
  }
  if (step.consentCard) input.responseBuilder.withAskForPermissionsConsentCard([REMINDERS_SCOPE]);
  return respond(input, () => step.reply);
}

/** What the user said about a reminder: the routine, the time (AMAZON.TIME's value, or the words), the days. */
function askOf(input: HandlerInput): ReminderAsk {
  const routine = resolvedSlot(input, Slot.routine).id;
  const time = resolvedSlot(input, Slot.time).spoken;
  const days = [Slot.dayOne, Slot.dayTwo, Slot.dayThree].flatMap((name) => resolvedSlot(input, name).id ?? []);
  return { ...(routine ? { routine } : {}), ...(time ? { time } : {}), days };
}

/** "Remind me to do my evening stretches at 7 pm": states the reminder and asks before setting it. */
export const setReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.SetReminder),
  handle: (input) => respond(input, (ctx) => proposeReminder(ctx, askOf(input))),
};

function pendingDraft(input: HandlerInput) {
  const pending = parseSessionState(input.requestEnvelope.session?.attributes).pending;
  return pending?.kind === 'reminder' ? pending.draft : undefined;
}

/** "Yes" / "no" to "shall I set that reminder?": consent first when there is none, then the API. */
export const reminderAnswerHandler: RequestHandler = {
  // The draft as heard: over the last stretch the offer after it is not heard yet (the turn closes it), so a
  // "yes" said there answers the routine, not the offer, which is still made when the stretch ends.
  canHandle: async (input) => isIntent(input, Intent.Yes, Intent.No) && pendingDraft(input) !== undefined && (await turnOf(input).context()).pending?.kind === 'reminder',
  handle(input) {
    const yes = isIntent(input, Intent.Yes);
    const granted = remindersGranted(input);
    return respondToReminders(input, (ctx) => {
      const draft = ctx.pending?.kind === 'reminder' ? ctx.pending.draft : undefined;
      return answerReminder(ctx, draft, yes, granted);
    });
  },
};

/** Alexa's answer to the voice consent request (Connections.Response for AskFor). */
export const consentResponseHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'Connections.Response') && (input.requestEnvelope.request as { name?: unknown }).name === 'AskFor',
  handle(input) {
    const request = input.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
    const answered = request.status?.code === '200' ? (request.payload as { status?: unknown } | undefined)?.status : undefined;
    const status: ConsentStatus = answered === 'ACCEPTED' || answered === 'DENIED' || answered === 'NOT_ANSWERED' ? answered : undefined;
    return respondToReminders(input, (ctx) => consentAnswered(ctx, status, draftFromToken(request.token)));
  },
};

/** "What reminders do I have". */
export const listRemindersHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.ListReminders),
  handle: (input) => respond(input, listReminders),
};

/** "Move my evening reminder to 8". */
export const moveReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.MoveReminder),
  handle: (input) => respondToReminders(input, (ctx) => moveReminder(ctx, askOf(input))),
};

/** "Cancel my reminders" / "cancel my evening reminder". */
export const cancelReminderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.CancelReminder),
  handle: (input) => respondToReminders(input, (ctx) => cancelReminders(ctx, resolvedSlot(input, Slot.routine).id)),
};

export const reminderHandlers = [
  setReminderHandler,
  reminderAnswerHandler,
  consentResponseHandler,
  listRemindersHandler,
  moveReminderHandler,
  cancelReminderHandler,
] as const;

/**
 * Before the record goes (a confirmed "delete my data", or the skill disabled): the reminders the
 * skill set go too. Best effort: reading the record or reaching the API failing never stops the delete.
 */
export async function deleteSkillReminders(input: HandlerInput, only: (ctx: TurnContext) => boolean = () => true): Promise<void> {
  let ids: readonly string[] = [];
  try {
    const ctx = await turnOf(input).context();
    if (only(ctx)) ids = (ctx.record?.reminders ?? []).map((r) => r.id);
  } catch {
    return;
  }
  await deleteRemindersQuietly(input, ids);
}
