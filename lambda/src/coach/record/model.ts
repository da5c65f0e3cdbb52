import type { Effect } from '../reply';
import { addDays, daysBetween } from './calendar';
import { rollProgram } from './program';
import type { ProgressRecord, SavedPosition, SessionLog } from './record';
import { appendSession } from './session-log';
import { zoneOffset, type ZoneOffset } from './zone-offset';

/** Items expire a year after last use: a backstop for users who never come back. */
export const TTL_SECONDS = 365 * 24 * 3600;
/** A routine left midway is offered again for this long. */
export const RESUME_WINDOW_MS = 24 * 3600 * 1000;

/** A stored time zone is asked for again after this many days, since people move. */
export const ZONE_REFRESH_DAYS = 30;

/** The stored offset of the record's zone, while it is the zone asked about. */
export function storedOffset(record: ProgressRecord | undefined, timeZone: string | undefined): ZoneOffset | undefined {
  if (!record || !timeZone || record.timeZone !== timeZone) return undefined;
  if (record.timeZoneOffset === undefined || record.timeZoneOffsetUntil === undefined) return undefined;
  return { minutes: record.timeZoneOffset, until: Date.parse(record.timeZoneOffsetUntil) };
}

type ZoneFields = Pick<ProgressRecord, 'timeZone' | 'timeZoneCheckedAt' | 'timeZoneOffset' | 'timeZoneOffsetUntil'>;

/** The offset of `timeZone` at `now` as a record keeps it (nothing for a zone this runtime does not know). */
function offsetFields(timeZone: string, now: number): Pick<ProgressRecord, 'timeZoneOffset' | 'timeZoneOffsetUntil'> {
  const offset = zoneOffset(timeZone, now);
  return offset ? { timeZoneOffset: offset.minutes, timeZoneOffsetUntil: new Date(offset.until).toISOString() } : {};
}

/** The zone, the date it was learnt and its offset now, as a record keeps them. */
function zoneFields(timeZone: string | undefined, at: Moment): ZoneFields {
  return timeZone ? { timeZone, timeZoneCheckedAt: at.today, ...offsetFields(timeZone, at.now) } : {};
}

/** The record's own zone with its offset brought up to date when it has run out (or was never kept). */
function currentZoneFields(record: ProgressRecord, now: number): ZoneFields {
  const { timeZone, timeZoneCheckedAt } = record;
  if (!timeZone) return {};
  const held = storedOffset(record, timeZone);
  if (held && now < held.until) return { timeZone, ...(timeZoneCheckedAt ? { timeZoneCheckedAt } : {}), timeZoneOffset: held.minutes, timeZoneOffsetUntil: record.timeZoneOffsetUntil };
  return { timeZone, ...(timeZoneCheckedAt ? { timeZoneCheckedAt } : {}), ...offsetFields(timeZone, now) };
}

/**
 * Whether the Settings API is worth asking on `today`: the record has no zone, or has not had it
 * confirmed for ZONE_REFRESH_DAYS (records from before the date was kept count as unconfirmed).
 */
export function zoneWanted(record: ProgressRecord | undefined, today: string): boolean {
  if (!record?.timeZone || !record.timeZoneCheckedAt) return true;
  return daysBetween(record.timeZoneCheckedAt, today) >= ZONE_REFRESH_DAYS;
}

export interface Moment {
  /** Epoch ms. */
  readonly now: number;
  /** The user's local date. */
  readonly today: string;
}

export function newRecord(userId: string, at: Moment, timeZone?: string): ProgressRecord {
  const iso = new Date(at.now).toISOString();
  return {
    userId,
    version: 0,
    createdAt: iso,
    updatedAt: iso,
    ...zoneFields(timeZone, at),
    program: { week: 1, weekStart: at.today },
    sessions: [],
    totals: { sessions: 0, seconds: 0 },
    met: {},
    preferences: { keepLevel: false },
    onboarded: false,
    expiresAt: Math.floor(at.now / 1000) + TTL_SECONDS,
  };
}

/**
 * Records saved before the saved position's program week was called `week` carry it as `level`:
 * read as `week`, and written back that way with the next change.
 */
function migrated(record: ProgressRecord): ProgressRecord {
  const stored: Partial<SavedPosition> & { readonly level?: unknown } = record.inProgress ?? {};
  if (!record.inProgress || typeof stored.week === 'number' || typeof stored.level !== 'number') return record;
  const { level: _level, ...position } = { ...record.inProgress, level: stored.level };
  return { ...record, inProgress: { ...position, week: stored.level } };
}

/** The record as of today: older fields read, program weeks rolled, a stale saved position dropped. */
export function currentRecord(record: ProgressRecord, at: Moment): ProgressRecord {
  const rolled = rollProgram(migrated(record), at.today);
  const stale = rolled.inProgress && at.now - Date.parse(rolled.inProgress.savedAt) > RESUME_WINDOW_MS;
  if (!stale) return rolled;
  const { inProgress: _dropped, ...rest } = rolled;
  return rest;
}

/** Applies a turn's effects to the record (or a new one). Pure, so a conflicting write can re-apply it. */
export function applyEffects(
  record: ProgressRecord | undefined,
  effects: readonly Effect[],
  userId: string,
  at: Moment,
  timeZone?: string,
): ProgressRecord {
  let r = currentRecord(record ?? newRecord(userId, at), at);
  const iso = new Date(at.now).toISOString();
  for (const effect of effects) {
    switch (effect.kind) {
      case 'position':
        r = {
          ...r,
          inProgress: { routine: effect.routine, ...(effect.custom ? { custom: effect.custom } : {}), step: effect.step, week: effect.week, savedAt: iso },
        };
        break;
      case 'onboarded':
        r = { ...r, onboarded: true };
        break;
      case 'keepLevel':
        r = { ...r, preferences: { ...r.preferences, keepLevel: true } };
        break;
      case 'met':
        r = { ...r, met: { ...r.met, [effect.stretch]: (r.met[effect.stretch] ?? 0) + 1 } };
        break;
      case 'completed': {
        // Minutes held always add up; only a routine with most holds done is a session (weeks, streak).
        const log: SessionLog | undefined = effect.counted ? { date: at.today, routine: effect.routine, seconds: effect.seconds } : undefined;
        const sessions = appendSession(r.sessions, log, at.today);
        const { inProgress: _done, ...rest } = r;
        const counted = effect.counted ? 1 : 0;
        r = { ...rest, sessions, totals: { sessions: r.totals.sessions + counted, seconds: r.totals.seconds + effect.seconds } };
        break;
      }
      case 'pauseUntil':
        r = { ...r, pausedUntil: effect.date };
        break;
      case 'reminderSet': {
        const others = (r.reminders ?? []).filter((k) => k.routine !== effect.reminder.routine && k.id !== effect.reminder.id);
        r = { ...r, reminders: [...others, effect.reminder] };
        break;
      }
      case 'remindersForgotten': {
        const { reminders: _all, ...rest } = r;
        const left = (r.reminders ?? []).filter((k) => !effect.ids.includes(k.id));
        r = left.length > 0 ? { ...rest, reminders: left } : rest;
        break;
      }
      case 'clearPosition': {
        const { inProgress: _cleared, ...rest } = r;
        r = rest;
        break;
      }
    }
  }
  // The zone found this session, else the record's own, its offset brought up to date for the next launch.
  const { timeZone: _zone, timeZoneCheckedAt: _checked, timeZoneOffset: _offset, timeZoneOffsetUntil: _until, ...rest } = r;
  return {
    ...rest,
    ...(timeZone ? zoneFields(timeZone, at) : currentZoneFields(r, at.now)),
    updatedAt: iso,
    expiresAt: Math.floor(at.now / 1000) + TTL_SECONDS,
  };
}

/** Whether a warning sign heard earlier pauses stretching on `today` (the user's local date). */
export function pausedOn(record: ProgressRecord | undefined, today: string): boolean {
  return record?.pausedUntil !== undefined && today < record.pausedUntil;
}

/** Days in a row, ending today or yesterday, with at least one session. */
export function streak(record: ProgressRecord, today: string): number {
  const days = new Set(record.sessions.map((s) => s.date));
  let day = days.has(today) ? today : addDays(today, -1);
  let count = 0;
  while (days.has(day)) {
    count++;
    day = addDays(day, -1);
  }
  return count;
}
