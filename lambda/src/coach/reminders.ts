/**
 * Reminder decisions, pure: when a reminder rings (the time the user said, or the routine's usual
 * hour), on which days (the days a week the program week asks for, every day, or the days named),
 * and the first date it rings on. No API here: the handlers' reminder service makes the calls.
 */
import { isRoutineId, type RoutineId } from '../scripts/routines';
import { isReminderTime } from './record/record-schema';
import { weekPlan } from './record/program';
import { addDays, localTime } from './record/calendar';
import { weekdays, type Weekday } from './record/record';

/** What the days of a reminder follow: the program week, every day, or the days the user named. */
export type Follows = 'program' | 'daily' | 'days';

/** A reminder proposed to the user and not yet set: what the coach states before creating it. */
export interface ReminderDraft {
  readonly routine: RoutineId;
  /** Local time of day, HH:MM (24 h). */
  readonly time: string;
  readonly days: readonly Weekday[];
  readonly follows: Follows;
}

/** Each routine's usual hour, when the user names no time. */
const USUAL_TIME: Readonly<Record<RoutineId, string>> = { morning: '07:00', workday: '11:00', evening: '19:00' };

/** AMAZON.TIME's times of day (and the same said in words), as a clock time. */
const TIMES_OF_DAY: Readonly<Record<string, string>> = {
  mo: '07:00',
  morning: '07:00',
  af: '13:00',
  afternoon: '13:00',
  noon: '12:00',
  midday: '12:00',
  lunchtime: '12:00',
  ev: '19:00',
  evening: '19:00',
  tonight: '19:00',
  ni: '21:00',
  night: '21:00',
  bedtime: '21:00',
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, thirty: 30, 'forty five': 45, 'forty-five': 45,
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** "seven thirty" → "7 30", "half past seven" → "7 30": digits the clock pattern reads. */
function digits(text: string): string {
  let out = text.replace(/\bhalf past (\w+)/, '$1 30').replace(/\bquarter past (\w+)/, '$1 15');
  for (const [word, n] of Object.entries(NUMBER_WORDS).sort((a, b) => b[0].length - a[0].length)) {
    out = out.replace(new RegExp(`\\b${word}\\b`, 'g'), String(n));
  }
  return out;
}

/** The part of the day a clock time can follow ("every evening at seven"), as the clock pattern reads it after the time. */
const PART_BEFORE_CLOCK: Readonly<Record<string, string>> = {
  morning: 'in the morning',
  afternoon: 'in the afternoon',
  evening: 'in the evening',
  night: 'night',
  tonight: 'tonight',
};

/** "every evening 7 30" → "7 30 in the evening" ("at" is already dropped): the part of the day said first, moved after the clock. */
function partOfDayLast(said: string): string {
  const match = /^(?:(?:in the|this|every|each) )?(morning|afternoon|evening|night|tonight) (.+)$/.exec(said);
  return match ? `${match[2]} ${PART_BEFORE_CLOCK[match[1] ?? ''] ?? ''}` : said;
}

/**
 * A said time as HH:MM: AMAZON.TIME's value ("19:00", "EV"), or the words themselves ("7 pm",
 * "seven thirty in the evening") as a console types them. A bare hour is read the way a person
 * means it for that routine: "at 7" for the evening stretches is 7 pm; "at 3" is the afternoon.
 * Undefined when it is no time of day.
 */
export function parseReminderTime(value: string | undefined, routine?: RoutineId): string | undefined {
  if (!value) return undefined;
  const said = value.toLowerCase().replace(/\./g, '').replace(/\b(at|around|about|o'clock|oclock)\b/g, ' ').replace(/\s+/g, ' ').trim();
  const named = TIMES_OF_DAY[said.replace(/^(in the|this|every|each) /, '')];
  if (named) return named;
  const words = digits(partOfDayLast(said));
  const match = /^(\d{1,2})(?:[: ](\d{2}))?(?: ?(am|pm|in the morning|in the afternoon|in the evening|night|tonight))?$/.exec(words);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  if (hour > 23 || minute > 59) return undefined;
  const meridiem = match[3];
  if (meridiem !== undefined && hour > 12) return undefined;
  // "At night" ("at" is dropped above): 9 to 11 are the evening's, 12 to 4 the small hours'.
  const smallHours = meridiem === 'night' && (hour === 12 || hour <= 4);
  const afternoon = meridiem !== undefined && meridiem !== 'am' && meridiem !== 'in the morning' && !smallHours;
  if (meridiem !== undefined) hour = (hour % 12) + (afternoon ? 12 : 0);
  else if (hour >= 1 && hour <= 11 && (routine === 'evening' || (hour <= 5 && routine !== 'morning'))) hour += 12;
  return `${pad(hour)}:${pad(minute)}`;
}

/** The routine a reminder at `time` is most likely for, when the user names none. */
export function routineForTime(time: string): RoutineId {
  const hour = Number(time.slice(0, 2));
  if (hour < 11) return 'morning';
  if (hour < 17) return 'workday';
  return 'evening';
}

/** The days a week the program week asks for: three (Mon, Wed, Fri), five (weekdays) or seven. */
export function programDays(week: number): readonly Weekday[] {
  const planned = weekPlan(week).planned;
  if (planned >= 7) return weekdays;
  if (planned >= 5) return ['MO', 'TU', 'WE', 'TH', 'FR'];
  return ['MO', 'WE', 'FR'];
}

/** The ids of ReminderDaysType (tools/model/reminders.ts) as days. */
const DAY_IDS: Readonly<Record<string, readonly Weekday[]>> = {
  daily: weekdays,
  weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'],
  weekends: ['SA', 'SU'],
  ...Object.fromEntries(weekdays.map((d) => [d, [d]])),
};

/** What the user asked for, as the handler read it from the turn. */
export interface ReminderAsk {
  readonly routine?: string;
  readonly time?: string;
  /** ReminderDaysType ids of the days named ("mondays and thursdays", "every day"). */
  readonly days?: readonly string[];
}

/**
 * The reminder to propose: the routine named (or the one the time suggests, or `fallback`), the
 * time said (or the routine's usual hour), the days named (or the program week's).
 */
export function draftReminder(ask: ReminderAsk, week: number, fallback: RoutineId): ReminderDraft {
  const named = isRoutineId(ask.routine) ? ask.routine : undefined;
  const said = parseReminderTime(ask.time, named);
  const routine = named ?? (said ? routineForTime(said) : fallback);
  const time = said ?? USUAL_TIME[routine];
  const chosen = new Set((ask.days ?? []).flatMap((id) => DAY_IDS[id] ?? []));
  const days = weekdays.filter((d) => chosen.has(d));
  if (days.length === 0) return { routine, time, days: programDays(week), follows: 'program' };
  return { routine, time, days, follows: days.length === 7 ? 'daily' : 'days' };
}

/** Whether the time said could not be read (said, but no time of day). */
export function unreadableTime(ask: ReminderAsk): boolean {
  return ask.time !== undefined && parseReminderTime(ask.time, isRoutineId(ask.routine) ? ask.routine : undefined) === undefined;
}

/** The weekday of a local date (YYYY-MM-DD). */
export function weekdayOf(date: string): Weekday {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekdays[(sundayFirst + 6) % 7] ?? 'MO';
}

/** The local date the reminder first rings on: today if its time is still to come, else the next of its days. */
export function firstRingDate(today: string, localTime: string, time: string, days: readonly Weekday[]): string {
  for (let ahead = 0; ahead < 8; ahead++) {
    const date = addDays(today, ahead);
    if (!days.includes(weekdayOf(date))) continue;
    if (ahead === 0 && time <= localTime) continue;
    return date;
  }
  return addDays(today, 1);
}

/** The RFC 5545 rule the Reminders API repeats it by. */
export function recurrenceRule(time: string, days: readonly Weekday[]): string {
  const [hour, minute] = time.split(':').map(Number);
  const at = `BYHOUR=${String(hour)};BYMINUTE=${String(minute)};BYSECOND=0`;
  return days.length === 7 ? `FREQ=DAILY;${at}` : `FREQ=WEEKLY;BYDAY=${days.join(',')};${at}`;
}

/** The local time (HH:MM) at `now` in `timeZone` (UTC when unknown or invalid). */
export function localClock(now: number, timeZone?: string): string {
  return localTime(now, timeZone);
}

/** A draft of the right shape (from session attributes or a consent request's token), or undefined. */
export function checkedDraft(value: unknown): ReminderDraft | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (!isRoutineId(v.routine) || !isReminderTime(v.time) || !Array.isArray(v.days)) return undefined;
  if (v.follows !== 'program' && v.follows !== 'daily' && v.follows !== 'days') return undefined;
  const days = weekdays.filter((d) => (v.days as unknown[]).includes(d));
  if (days.length === 0 || days.length !== v.days.length) return undefined;
  return { routine: v.routine, time: v.time, days, follows: v.follows };
}
