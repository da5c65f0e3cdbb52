import { daysBetween } from './calendar';
import type { SessionLog } from './record';

/** Session logs older than this are dropped: enough for week and streak arithmetic. */
const KEEP_SESSION_DAYS = 70;
/** Today's sessions kept one by one; beyond this they are folded into the last one. */
const MAX_ENTRIES_TODAY = 3;

/** How many sessions a log entry stands for (entries folded together carry a count). */
export function countOf(log: SessionLog): number {
  return log.count ?? 1;
}

function fold(into: SessionLog, other: SessionLog): SessionLog {
  return { date: into.date, routine: other.routine, seconds: into.seconds + other.seconds, count: countOf(into) + countOf(other) };
}

/**
 * The log with `log` added, bounded whatever the user does: entries older than KEEP_SESSION_DAYS
 * go, every earlier day is folded into one entry with a count, and today keeps at most a few
 * entries. The program only counts sessions per week and days with a session, so folding loses
 * nothing it needs, and the record stays a few KB for a user who stretches ten times a day.
 */
export function appendSession(sessions: readonly SessionLog[], log: SessionLog | undefined, today: string): SessionLog[] {
  const all = log ? [...sessions, log] : [...sessions];
  const kept: SessionLog[] = [];
  for (const entry of all) {
    if (daysBetween(entry.date, today) >= KEEP_SESSION_DAYS) continue;
    const last = kept[kept.length - 1];
    const todayCount = entry.date === today ? kept.filter((k) => k.date === today).length : 0;
    if (last && last.date === entry.date && (entry.date !== today || todayCount >= MAX_ENTRIES_TODAY)) {
      kept[kept.length - 1] = fold(last, entry);
    } else {
      kept.push(entry);
    }
  }
  return kept;
}
