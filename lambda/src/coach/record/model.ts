import type { Effect } from '../reply';
import { addDays } from './calendar';
import { rollProgram } from './program';
import type { ProgressRecord, SavedPosition, SessionLog } from './record';
import { appendSession } from './session-log';

/** Items expire a year after last use: a backstop for users who never come back. */
export const TTL_SECONDS = 365 * 24 * 3600;
/** A routine left midway is offered again for this long. */
export const RESUME_WINDOW_MS = 24 * 3600 * 1000;

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
    ...(timeZone ? { timeZone } : {}),
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
  return {
    ...r,
    ...(timeZone ? { timeZone } : {}),
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
