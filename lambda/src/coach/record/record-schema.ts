import { isRoutineId } from '../../scripts/routines';
import { stretchIds } from '../../scripts/stretches';
import { compactSpec, isCustomSpec, isRoutineKind } from '../custom-spec';
import { TOP_WEEK } from '../dose';
import { daysBetween } from './calendar';
import { newRecord, type Moment } from './model';
import { APPLIED_LIMIT, REMINDER_LIMIT, weekdays, type ProgressRecord, type SavedPosition, type SessionLog, type StoredReminder } from './record';
import { appendSession } from './session-log';
import { MAX_OFFSET_MINUTES, MIN_OFFSET_MINUTES, PROBE_HORIZON_DAYS } from './zone-offset';

/**
 * A stored or session-carried record, checked field by field: what can be kept is kept, what
 * cannot is reset to a new user's value, and `problems` names what was reset (field names
 * only, never values, so they can be logged). A record that cannot be read must not fail
 * every launch for that user: it is repaired once, written back, and the user is told.
 */
export interface CheckedRecord {
  readonly record: ProgressRecord | undefined;
  readonly problems: readonly string[];
}

const MAX_ZONE_CHARS = 64;
const DAY_MS = 86_400_000;
const MAX_STEP = 500;
/** A day of seconds: no session log entry or total step is longer. */
const MAX_SESSION_SECONDS = 86_400;
const knownStretches = new Set<string>(stretchIds);

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown, max = Number.MAX_SAFE_INTEGER): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
const isSeconds = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && Number.isFinite(Date.parse(value));
}

function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(parsed) && new Date(parsed).toISOString().startsWith(value);
}

/**
 * An IANA zone name by its form (a bounded string: "UTC", "America/Los_Angeles", "Etc/GMT+5",
 * "America/Argentina/Buenos_Aires"): what the record and the session keep. Not checked against ICU,
 * which costs a cold start far more than the rest of the check (docs/PERFORMANCE.md); a well-formed
 * zone ICU does not know is logged and taken as UTC where the offset is worked out (zone-offset.ts).
 */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ZONE_CHARS && ZONE_NAME.test(value);
}

/** A kept offset (minutes east of UTC) and the instant it holds until; no later than a probe made now could say. */
function zoneOffsetFields(raw: Raw, now: number): { readonly minutes: number; readonly until: string } | undefined {
  const minutes = raw.timeZoneOffset;
  const until = raw.timeZoneOffsetUntil;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < MIN_OFFSET_MINUTES || minutes > MAX_OFFSET_MINUTES) return undefined;
  if (!isIsoTime(until) || Date.parse(until) > now + (PROBE_HORIZON_DAYS + 1) * DAY_MS) return undefined;
  return { minutes, until };
}

function week(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= TOP_WEEK ? value : undefined;
}

function sessionLog(value: unknown, today: string): SessionLog | undefined {
  if (!isObject(value) || !isLocalDate(value.date) || !isRoutineKind(value.routine)) return undefined;
  if (!isSeconds(value.seconds) || value.seconds > MAX_SESSION_SECONDS * 10) return undefined;
  // A session dated after today came from a clock gone wrong: it would count in a week not yet begun.
  if (daysBetween(today, value.date) > 1) return undefined;
  const count = value.count === undefined ? 1 : value.count;
  if (!isCount(count, 10_000) || count < 1) return undefined;
  return { date: value.date, routine: value.routine, seconds: value.seconds, ...(count > 1 ? { count } : {}) };
}

/**
 * A saved place. Accepts the step's week under `level` (records written so far) or `week` (the
 * rename in progress), so either side of that migration reads the other's records.
 */
function savedPosition(value: unknown): SavedPosition | undefined {
  if (!isObject(value) || !isRoutineKind(value.routine) || !isCount(value.step, MAX_STEP) || !isIsoTime(value.savedAt)) return undefined;
  // A custom routine is rebuilt from its fitted spec: without a sound one there is nothing to resume.
  if (value.routine === 'custom' ? !isCustomSpec(value.custom) : value.custom !== undefined) return undefined;
  // Older records named the week `level`.
  const saved = week(value.week ?? value.level);
  if (saved === undefined) return undefined;
  const custom = isCustomSpec(value.custom) ? { custom: compactSpec(value.custom) } : {};
  return { routine: value.routine, ...custom, step: value.step, week: saved, savedAt: value.savedAt };
}

/** An alert token is an opaque string; a few hundred characters is far more than Alexa's. */
const MAX_REMINDER_ID_CHARS = 256;

export function isReminderTime(value: unknown): value is string {
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A stored reminder: its id, routine, time and days (at least one, each once, Monday first). */
function storedReminder(value: unknown): StoredReminder | undefined {
  if (!isObject(value) || typeof value.id !== 'string' || value.id.length === 0 || value.id.length > MAX_REMINDER_ID_CHARS) return undefined;
  if (!isRoutineId(value.routine) || !isReminderTime(value.time) || !Array.isArray(value.days)) return undefined;
  const days = weekdays.filter((d) => (value.days as unknown[]).includes(d));
  if (days.length === 0 || days.length !== value.days.length) return undefined;
  return { id: value.id, routine: value.routine, time: value.time, days };
}

/** The stored reminders: malformed ones, and a second one for the same routine, are dropped. */
function storedReminders(value: unknown, problems: string[]): readonly StoredReminder[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push('reminders');
    return [];
  }
  const kept: StoredReminder[] = [];
  for (const item of value) {
    const reminder = storedReminder(item);
    if (!reminder || kept.some((r) => r.routine === reminder.routine || r.id === reminder.id) || kept.length >= REMINDER_LIMIT) problems.push('reminders[]');
    else kept.push(reminder);
  }
  return kept;
}

/**
 * Checks `raw` as the record of `userId` at `at`. `undefined`/`null` is no record. Anything else
 * comes back as a record that every part of the skill can use.
 */
export function checkRecord(raw: unknown, userId: string, at: Moment): CheckedRecord {
  if (raw === undefined || raw === null) return { record: undefined, problems: [] };
  const fresh = newRecord(userId, at);
  if (!isObject(raw)) return { record: { ...fresh, version: 0 }, problems: ['record'] };
  const problems: string[] = [];
  const take = <T>(field: string, value: T | undefined, fallback: T): T => {
    if (value !== undefined) return value;
    problems.push(field);
    return fallback;
  };

  if (raw.userId !== userId) problems.push('userId');
  const version = take('version', isCount(raw.version) && raw.version >= 1 ? raw.version : undefined, 0);
  const createdAt = take('createdAt', isIsoTime(raw.createdAt) ? raw.createdAt : undefined, fresh.createdAt);
  const updatedAt = take('updatedAt', isIsoTime(raw.updatedAt) ? raw.updatedAt : undefined, fresh.updatedAt);
  const timeZone = raw.timeZone === undefined ? undefined : take('timeZone', isTimeZone(raw.timeZone) ? raw.timeZone : undefined, undefined);
  // A confirmation date after today is a clock gone wrong: dropped, so the zone is asked for again.
  const checkedOk = isLocalDate(raw.timeZoneCheckedAt) && daysBetween(at.today, raw.timeZoneCheckedAt) <= 1;
  const zoneChecked = raw.timeZoneCheckedAt === undefined ? undefined : take('timeZoneCheckedAt', checkedOk ? (raw.timeZoneCheckedAt as string) : undefined, undefined);
  // The zone's offset, kept in pairs with it: one without the other, or without a zone, is dropped (worked out again).
  const hasOffset = raw.timeZoneOffset !== undefined || raw.timeZoneOffsetUntil !== undefined;
  const zoneOffset = hasOffset ? take('timeZoneOffset', timeZone ? zoneOffsetFields(raw, at.now) : undefined, undefined) : undefined;

  const program = isObject(raw.program) ? raw.program : {};
  const programWeek = take('program.week', week(program.week), fresh.program.week);
  // A week cannot start after today: that is a clock gone wrong, and would freeze the program.
  const startOk = isLocalDate(program.weekStart) && daysBetween(at.today, program.weekStart) <= 1 && daysBetween(program.weekStart, at.today) < 3660;
  const weekStart = take('program.weekStart', startOk ? (program.weekStart as string) : undefined, fresh.program.weekStart);

  const rawSessions = Array.isArray(raw.sessions) ? raw.sessions : undefined;
  if (!rawSessions) problems.push('sessions');
  const logs = (rawSessions ?? []).map((s) => sessionLog(s, at.today));
  if (logs.some((s) => s === undefined)) problems.push('sessions[]');
  const sessions = appendSession(
    logs.filter((s): s is SessionLog => s !== undefined).sort((a, b) => daysBetween(b.date, a.date)),
    undefined,
    at.today,
  );

  const totalsRaw = isObject(raw.totals) ? raw.totals : {};
  const logged = sessions.reduce((n, s) => n + (s.count ?? 1), 0);
  const totalSessions = take('totals.sessions', isCount(totalsRaw.sessions) ? totalsRaw.sessions : undefined, logged);
  const loggedSeconds = sessions.reduce((n, s) => n + s.seconds, 0);
  const totalSeconds = take('totals.seconds', isSeconds(totalsRaw.seconds) ? totalsRaw.seconds : undefined, loggedSeconds);

  const met: Record<string, number> = {};
  if (raw.met !== undefined && !isObject(raw.met)) problems.push('met');
  for (const [stretch, count] of Object.entries(isObject(raw.met) ? raw.met : {})) {
    if (knownStretches.has(stretch) && isCount(count)) met[stretch] = count;
    else problems.push('met[]');
  }

  const preferences = isObject(raw.preferences) ? raw.preferences : {};
  const keepLevel = take('preferences.keepLevel', typeof preferences.keepLevel === 'boolean' ? preferences.keepLevel : undefined, false);
  // Unknown onboarding means the safety note and screen once more: the careful side.
  const onboarded = take('onboarded', typeof raw.onboarded === 'boolean' ? raw.onboarded : undefined, false);
  const inProgress = raw.inProgress === undefined ? undefined : take('inProgress', savedPosition(raw.inProgress), undefined);
  const applied = Array.isArray(raw.applied)
    ? raw.applied.filter((t): t is string => typeof t === 'string' && t.length <= 32).slice(-APPLIED_LIMIT)
    : undefined;
  const pausedUntil =
    raw.pausedUntil === undefined ? undefined : take('pausedUntil', isLocalDate(raw.pausedUntil) ? raw.pausedUntil : undefined, undefined);
  const reminders = storedReminders(raw.reminders, problems);
  const expiresAt = take('expiresAt', isCount(raw.expiresAt) ? raw.expiresAt : undefined, fresh.expiresAt);

  const record: ProgressRecord = {
    userId,
    version,
    createdAt,
    updatedAt,
    ...(timeZone ? { timeZone } : {}),
    ...(timeZone && zoneChecked ? { timeZoneCheckedAt: zoneChecked } : {}),
    ...(timeZone && zoneOffset ? { timeZoneOffset: zoneOffset.minutes, timeZoneOffsetUntil: zoneOffset.until } : {}),
    program: { week: programWeek, weekStart },
    sessions,
    totals: { sessions: Math.max(totalSessions, 0), seconds: totalSeconds },
    met,
    preferences: { keepLevel },
    onboarded,
    ...(inProgress ? { inProgress } : {}),
    ...(applied && applied.length > 0 ? { applied } : {}),
    ...(pausedUntil ? { pausedUntil } : {}),
    ...(reminders.length > 0 ? { reminders } : {}),
    expiresAt,
  };
  return { record, problems: [...new Set(problems)] };
}
