/**
 * The reminder conversation, pure: propose a reminder (time and days said before anything is set),
 * ask for consent, set, list, move and cancel. Where the Reminders API must be called, the engine
 * says which call and what to say for each outcome; the handlers' reminder service makes the call.
 */
import type { RoutineId } from '../scripts/routines';
import type { Voice } from '../speech/phrase-key';
import type { TurnContext } from './context';
import type { StoredReminder, Weekday } from './record/record';
import { draftReminder, firstRingDate, localClock, parseReminderTime, programDays, unreadableTime, type ReminderAsk, type ReminderDraft } from './reminders';
import type { Effect, Reply } from './reply';
import { spokenLines } from './replies';
import { routineName } from './stretch-name';
import { suggestedRoutine } from './greeting';

/** What the Reminders API is asked to ring: its local time, days, first date and words. */
export interface ScheduledReminder {
  readonly time: string;
  readonly days: readonly Weekday[];
  /** Local date (YYYY-MM-DD) of the first ring. */
  readonly firstDate: string;
  /** What Alexa says when it rings. */
  readonly text: string;
  readonly locale: string;
  /** The device's zone when known; without it Alexa uses the device's own. */
  readonly timeZone?: string;
}

export type ReminderCall =
  | { readonly op: 'create'; readonly reminder: ScheduledReminder }
  | { readonly op: 'update'; readonly id: string; readonly reminder: ScheduledReminder }
  | { readonly op: 'delete'; readonly ids: readonly string[] };

/**
 * How a call went. `permission`: 401, no consent. `limit`: 403, too many reminders. `missing`: 404,
 * the user deleted it in the Alexa app. `unavailable`: 5xx, a timeout, anything else.
 */
export type ReminderFailure = 'permission' | 'limit' | 'missing' | 'unavailable';
export interface ReminderOutcome {
  readonly failure?: ReminderFailure;
  /** The new reminder's id (create). */
  readonly id?: string;
  /** The ids that are gone (delete): deleted now, or already missing. */
  readonly deleted?: readonly string[];
}

/** A reply, and whether it carries the consent card for the Alexa app. */
export interface SpokenStep {
  readonly kind: 'reply';
  readonly reply: Reply;
  readonly consentCard?: true;
}

/** One turn of the reminder conversation: a reply, a consent request, or a call and what follows it. */
export type ReminderStep =
  | SpokenStep
  /** Ask for the reminders permission by voice (Connections.SendRequest AskFor); the draft rides in its token. */
  | { readonly kind: 'askConsent'; readonly draft: ReminderDraft; readonly reply: Reply }
  | { readonly kind: 'call'; readonly call: ReminderCall; readonly then: (outcome: ReminderOutcome) => SpokenStep };

/** The status a Connections.Response for AskFor carries; anything else (an error) is `undefined`. */
export type ConsentStatus = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED' | undefined;

const reply = (r: Reply, consentCard?: true): SpokenStep => ({ kind: 'reply', reply: r, ...(consentCard ? { consentCard } : {}) });

/** Spoken clock time in the request's locale ("7 PM", "7:30 PM"). */
export function spokenTime(locale: string, time: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  // English is said on the twelve-hour clock in every region: en-GB's own format, "19", would be heard as "nineteen".
  const twelveHour = locale.startsWith('en') ? { hourCycle: 'h12' as const } : {};
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', ...(minute ? { minute: '2-digit' } : {}), ...twelveHour, timeZone: 'UTC' });
  return format.format(Date.UTC(2000, 0, 1, hour, minute)).replace(/[\u202f\u00a0]/g, ' ');
}

function joined(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** The days in words: "every day", "on weekdays", "on Mondays, Wednesdays and Fridays" (and why, for the program's). */
export function spokenDays(voice: Voice, days: readonly Weekday[], follows?: ReminderDraft['follows']): string {
  const names = joined(voice.locale, days.map((d) => voice.say(`reminder.day.${d}`)));
  if (follows === 'program' && days.length < 7) return voice.say('reminder.programDays', { days: names, count: days.length });
  if (days.length === 7) return voice.say('reminder.everyDay');
  if (days.join() === 'MO,TU,WE,TH,FR') return voice.say('reminder.weekdays');
  if (days.join() === 'SA,SU') return voice.say('reminder.weekends');
  return voice.say('reminder.onDays', { days: names });
}

function whenWords(ctx: TurnContext, r: { routine: RoutineId; time: string; days: readonly Weekday[]; follows?: ReminderDraft['follows'] }) {
  return { routine: routineName(ctx.voice, r.routine), time: spokenTime(ctx.voice.locale, r.time), days: spokenDays(ctx.voice, r.days, r.follows) };
}

/** Spoken lines that keep a routine in progress open (with its reprompt), and otherwise close the session. */
function said(ctx: TurnContext, lines: readonly string[]): Reply {
  return spokenLines(ctx, lines, ctx.routine ? ctx.voice.say('help.reprompt') : undefined);
}

const remindersOf = (ctx: TurnContext): readonly StoredReminder[] => ctx.record?.reminders ?? [];

/** "Remind me to do my evening stretches at 7 pm": the reminder stated, time and days, and asked about. */
export function proposeReminder(ctx: TurnContext, ask: ReminderAsk): Reply {
  const { voice } = ctx;
  if (unreadableTime(ask)) return { ...spokenLines(ctx, [voice.say('reminder.timeUnclear')], voice.say('reminder.timeUnclear')), pending: null };
  const draft = draftReminder(ask, ctx.record?.program.week ?? 1, lastRoutine(ctx) ?? suggestedRoutine(ctx));
  const words = whenWords(ctx, draft);
  const replaces = remindersOf(ctx).some((r) => r.routine === draft.routine) ? [voice.say('reminder.replace', words)] : [];
  const ask1 = voice.say('reminder.propose', words);
  return { ...spokenLines(ctx, [ask1, ...replaces], voice.say('reminder.proposeReprompt')), pending: { kind: 'reminder', draft } };
}

/** The fixed routine last done: a reminder is for one of the three (a custom routine is asked for afresh). */
function lastRoutine(ctx: TurnContext): RoutineId | undefined {
  const routine = ctx.record?.sessions.at(-1)?.routine;
  return routine === 'custom' ? undefined : routine;
}

/**
 * The offer after the first finished routine, once: that routine, at this hour, on the program's
 * days. One line; a "no" or silence ends it, and it is never made again (only a first finish makes it).
 */
export function reminderOffer(ctx: TurnContext, routine: RoutineId): { line: string; pending: { kind: 'reminder'; draft: ReminderDraft } } | undefined {
  if (ctx.record && (ctx.record.totals.sessions > 0 || remindersOf(ctx).length > 0)) return undefined;
  const time = `${String(ctx.hour).padStart(2, '0')}:00`;
  const draft: ReminderDraft = { routine, time, days: programDays(ctx.record?.program.week ?? 1), follows: 'program' };
  return { line: ctx.voice.say('reminder.offer', whenWords(ctx, draft)), pending: { kind: 'reminder', draft } };
}

/** The reminder as the API is to ring it: the first date is the next of its days still to come, in the user's zone. */
function scheduled(ctx: TurnContext, draft: { routine: RoutineId; time: string; days: readonly Weekday[] }): ScheduledReminder {
  const zone = ctx.timeZone;
  return {
    time: draft.time,
    days: draft.days,
    firstDate: firstRingDate(ctx.today, localClock(ctx.now, zone), draft.time, draft.days),
    text: ctx.voice.say('reminder.alert', { routine: routineName(ctx.voice, draft.routine) }),
    locale: ctx.voice.locale,
    ...(zone ? { timeZone: zone } : {}),
  };
}

/** What a failed call says; a reminder found missing is forgotten. */
function failed(ctx: TurnContext, failure: ReminderFailure, missingIds: readonly string[] = []): SpokenStep {
  const { voice } = ctx;
  switch (failure) {
    case 'permission':
      return reply({ ...said(ctx, [voice.say('reminder.noPermission')]), pending: null }, true);
    case 'limit':
      return reply({ ...said(ctx, [voice.say('reminder.limit')]), pending: null });
    case 'missing':
      return reply({ ...said(ctx, [voice.say('reminder.gone')]), pending: null, effects: [{ kind: 'remindersForgotten', ids: missingIds }] });
    case 'unavailable':
      return reply({ ...said(ctx, [voice.say('reminder.unavailable')]), pending: null });
  }
}

/** Sets the draft: a routine that already has a reminder has it replaced (one per routine), not doubled. */
function save(ctx: TurnContext, draft: ReminderDraft): ReminderStep {
  const existing = remindersOf(ctx).find((r) => r.routine === draft.routine);
  const reminder = scheduled(ctx, draft);
  const done = (id: string): SpokenStep => {
    const stored: StoredReminder = { id, routine: draft.routine, time: draft.time, days: draft.days };
    return reply({ ...said(ctx, [ctx.voice.say('reminder.set', whenWords(ctx, draft))]), pending: null, effects: [{ kind: 'reminderSet', reminder: stored }] });
  };
  if (existing) {
    return {
      kind: 'call',
      call: { op: 'update', id: existing.id, reminder },
      // Gone from the Alexa app: forgotten, and the user asked for a new one, so set it.
      then: (outcome) => (outcome.failure ? failed(ctx, outcome.failure, [existing.id]) : done(existing.id)),
    };
  }
  return {
    kind: 'call',
    call: { op: 'create', reminder },
    then: (outcome) => (outcome.failure || !outcome.id ? failed(ctx, outcome.failure ?? 'unavailable') : done(outcome.id)),
  };
}

/** "Yes" / "no" to a proposed reminder: no sets nothing; yes asks for consent first when there is none. */
export function answerReminder(ctx: TurnContext, draft: ReminderDraft | undefined, yes: boolean, granted: boolean): ReminderStep {
  if (!yes || !draft) return reply({ ...said(ctx, [ctx.voice.say('reminder.declined')]), pending: null });
  if (!granted) return { kind: 'askConsent', draft, reply: { segments: [], routine: ctx.routine?.state, effects: [], end: false, pending: null } };
  return save(ctx, draft);
}

/** Alexa's answer to the consent request: set the reminder, respect a no, or leave a card to allow it later. */
export function consentAnswered(ctx: TurnContext, status: ConsentStatus, draft: ReminderDraft | undefined): ReminderStep {
  const { voice } = ctx;
  switch (status) {
    case 'ACCEPTED':
      return draft ? save(ctx, draft) : reply(said(ctx, [voice.say('reminder.none')]));
    case 'DENIED':
      return reply(said(ctx, [voice.say('reminder.consentDenied')]));
    case 'NOT_ANSWERED':
    case undefined:
      // No answer, or a device that cannot ask by voice: the card lets them allow it in the app.
      return reply(said(ctx, [voice.say('reminder.consentCard')]), true);
  }
}

function itemWords(ctx: TurnContext, r: StoredReminder): string {
  return ctx.voice.say('reminder.item', whenWords(ctx, r));
}

/** "What reminders do I have": each, with its time and days. */
export function listReminders(ctx: TurnContext): Reply {
  const { voice } = ctx;
  const all = remindersOf(ctx);
  if (all.length === 0) return said(ctx, [voice.say('reminder.none')]);
  const list = joined(voice.locale, all.map((r) => itemWords(ctx, r)));
  return spokenLines(ctx, [voice.say('reminder.list', { count: all.length, list })], voice.say('reminder.reprompt'));
}

/** "Move my evening reminder to 8": that routine's reminder (or the only one) to the new time, same days. */
export function moveReminder(ctx: TurnContext, ask: ReminderAsk): ReminderStep {
  const { voice } = ctx;
  const all = remindersOf(ctx);
  const named = all.find((r) => r.routine === ask.routine);
  if (all.length === 0) return reply(said(ctx, [voice.say('reminder.none')]));
  if (ask.routine !== undefined && !named) return reply(said(ctx, [voice.say('reminder.noneFor', { routine: routineName(voice, ask.routine as RoutineId) })]));
  const target = named ?? (all.length === 1 ? all[0] : undefined);
  if (!target) {
    const list = joined(voice.locale, all.map((r) => routineName(voice, r.routine)));
    return reply(spokenLines(ctx, [voice.say('reminder.whichToMove', { list })], voice.say('reminder.whichToMove', { list })));
  }
  if (!ask.time) return reply(spokenLines(ctx, [voice.say('reminder.needTime')], voice.say('reminder.needTime')));
  const time = parseReminderTime(ask.time, target.routine);
  if (!time) return reply(spokenLines(ctx, [voice.say('reminder.timeUnclear')], voice.say('reminder.timeUnclear')));
  const moved: StoredReminder = { ...target, time };
  return {
    kind: 'call',
    call: { op: 'update', id: target.id, reminder: scheduled(ctx, moved) },
    then: (outcome) =>
      outcome.failure
        ? failed(ctx, outcome.failure, [target.id])
        : reply({ ...said(ctx, [voice.say('reminder.moved', whenWords(ctx, moved))]), effects: [{ kind: 'reminderSet', reminder: moved }] }),
  };
}

/** "Cancel my reminders" (all), or "cancel my evening reminder" (that one). */
export function cancelReminders(ctx: TurnContext, routine: string | undefined): ReminderStep {
  const { voice } = ctx;
  const all = remindersOf(ctx);
  const chosen = routine === undefined ? all : all.filter((r) => r.routine === routine);
  if (all.length === 0) return reply(said(ctx, [voice.say('reminder.none')]));
  if (chosen.length === 0) return reply(said(ctx, [voice.say('reminder.noneFor', { routine: routineName(voice, routine as RoutineId) })]));
  return {
    kind: 'call',
    call: { op: 'delete', ids: chosen.map((r) => r.id) },
    then: (outcome) => {
      const gone = outcome.deleted ?? [];
      const effects: Effect[] = gone.length > 0 ? [{ kind: 'remindersForgotten', ids: gone }] : [];
      if (outcome.failure && outcome.failure !== 'missing') {
        const step = failed(ctx, outcome.failure);
        return { ...step, reply: { ...step.reply, effects } };
      }
      const words =
        routine === undefined
          ? voice.say('reminder.cancelledAll', { count: chosen.length })
          : voice.say('reminder.cancelledOne', { routine: routineName(voice, routine as RoutineId) });
      return reply({ ...said(ctx, [words]), effects });
    },
  };
}
