import { TOP_WEEK } from '../dose';
import { addDays, daysBetween } from './calendar';
import type { ProgressRecord } from './record';

/**
 * Sessions a week by program week (seed 001): three a week in weeks 1–2, four to five in
 * weeks 3–4, daily from week 5. `toAdvance` is what counts as keeping up: the low end of
 * "four to five", and six of seven days for "daily".
 */
export function weekPlan(week: number): { readonly planned: number; readonly toAdvance: number } {
  if (week <= 2) return { planned: 3, toAdvance: 3 };
  if (week <= 4) return { planned: 5, toAdvance: 4 };
  return { planned: 7, toAdvance: 6 };
}

/** Consecutive program weeks with no session that step a user back one week. */
export const LAPSE_WEEKS_PER_STEP_BACK = 2;

/** Sessions logged on local dates in [from, from + 7 days). */
export function sessionsInWeek(record: ProgressRecord, from: string): number {
  return record.sessions.filter((s) => {
    const d = daysBetween(from, s.date);
    return d >= 0 && d < 7;
  }).length;
}

/**
 * Closes every program week that ended before `today`: a week kept up as planned moves the
 * user on a week (unless they asked to stay); two empty weeks in a row step them back one;
 * anything else keeps the level. Pure; returns the record unchanged when no week has ended.
 */
export function rollProgram(record: ProgressRecord, today: string): ProgressRecord {
  let { week, weekStart } = record.program;
  let keepLevel = record.preferences.keepLevel;
  let emptyRun = 0;
  const elapsedWeeks = Math.floor(daysBetween(weekStart, today) / 7);
  if (elapsedWeeks <= 0) return record;
  for (let i = 0; i < elapsedWeeks; i++) {
    const count = sessionsInWeek(record, weekStart);
    if (count === 0) {
      emptyRun++;
      if (emptyRun === LAPSE_WEEKS_PER_STEP_BACK) {
        week = Math.max(1, week - 1);
        emptyRun = 0;
      }
    } else {
      emptyRun = 0;
      if (count >= weekPlan(week).toAdvance) {
        if (keepLevel) keepLevel = false;
        else week = Math.min(TOP_WEEK, week + 1);
      }
    }
    weekStart = addDays(weekStart, 7);
  }
  return { ...record, program: { week, weekStart }, preferences: { ...record.preferences, keepLevel } };
}
