import type { Voice } from '../speech/phrase-key';
import { doseFor } from './dose';
import { routines } from '../scripts/routines';
import type { ProgressRecord } from './record/record';
import { sessionsInWeek, weekPlan } from './record/program';
import { streak } from './record/model';

/** The facts a progress summary speaks: all derived from the record, nothing stored twice. */
export interface ProgressFacts {
  readonly sessions: number;
  readonly minutes: number;
  readonly week: number;
  readonly doneThisWeek: number;
  readonly plannedThisWeek: number;
  readonly streak: number;
  /** Hold of the evening routine's first stretch this week, seconds. */
  readonly hold: number;
  readonly nextWeek: 'longerHolds' | 'moreReps' | 'top' | 'keep';
}

export function progressFacts(record: ProgressRecord, today: string): ProgressFacts {
  const { week, weekStart } = record.program;
  const items = routines.evening.items;
  const first = items[0];
  // doseFor holds a week past the top at the top week's dose, so nothing grows after TOP_WEEK.
  const grows = (pick: (d: { hold: number; reps: number }) => number): boolean =>
    items.some((item) => pick(doseFor(item, week + 1)) > pick(doseFor(item, week)));
  const nextWeek = record.preferences.keepLevel
    ? 'keep'
    : grows((d) => d.hold)
      ? 'longerHolds'
      : grows((d) => d.reps)
        ? 'moreReps'
        : 'top';
  return {
    sessions: record.totals.sessions,
    minutes: Math.round(record.totals.seconds / 60),
    week,
    doneThisWeek: sessionsInWeek(record, weekStart),
    plannedThisWeek: weekPlan(week).planned,
    streak: streak(record, today),
    hold: first ? doseFor(first, week).hold : 0,
    nextWeek,
  };
}

/** "How am I doing": a few natural sentences. */
export function progressSentences(record: ProgressRecord | undefined, today: string, voice: Voice): string[] {
  if (!record || record.totals.sessions === 0) return [voice.say('progress.none')];
  const f = progressFacts(record, today);
  const lines = [
    voice.say('progress.sessions', { count: f.sessions }) + voice.say('progress.minutes', { count: f.minutes }),
    voice.say('progress.week', { week: f.week, done: f.doneThisWeek, planned: f.plannedThisWeek }),
  ];
  if (f.streak > 1) lines.push(voice.say('progress.streak', { count: f.streak }));
  lines.push(voice.say('progress.hold', { hold: f.hold }));
  const nextKey = { longerHolds: 'progress.next_up', moreReps: 'progress.next_reps', top: 'progress.next_top', keep: 'progress.next_keep' } as const;
  lines.push(voice.say(nextKey[f.nextWeek], { planned: weekPlan(f.week).toAdvance }));
  return lines;
}
