import type { Voice } from '../speech/phrase-key';
import type { RoutineId } from '../scripts/routines';
import type { ProgressRecord } from '../progress/record';
import { sessionsInWeek, weekPlan } from '../progress/program';
import { stretchName } from './stretch-name';
import { routineName } from './routine-turns';
import { planOf, newRoutineState } from './routine-state';

/** The routine that belongs to this time of day: morning before 11, workday break until 5 pm, then evening. */
export function routineForHour(hour: number): RoutineId {
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 17) return 'workday';
  return 'evening';
}

export type Greeting =
  | { readonly kind: 'firstTime'; readonly lines: readonly string[] }
  | { readonly kind: 'resume'; readonly lines: readonly string[] }
  | { readonly kind: 'suggest'; readonly routine: RoutineId; readonly lines: readonly string[] };

/** What "open hip coach" says: first-use note and screen, an offer to resume, or this week and today's routine. */
export function greet(record: ProgressRecord | undefined, hour: number, voice: Voice): Greeting {
  if (!record || !record.onboarded) {
    return { kind: 'firstTime', lines: [voice.say('launch.firstTime'), voice.say('screen.intro'), voice.say('screen.q1')] };
  }
  const saved = record.inProgress;
  if (saved) {
    const plan = planOf(newRoutineState(saved.routine, saved.level, '', [], saved.step));
    const step = plan.steps[saved.step];
    if (step) {
      return {
        kind: 'resume',
        lines: [voice.say('launch.returning'), voice.say('launch.resumeOffer', { routine: routineName(voice, saved.routine), name: stretchName(voice, step.stretch) })],
      };
    }
  }
  const routine = routineForHour(hour);
  const lines = [voice.say('launch.returning')];
  if (record.totals.sessions > 0) {
    const { week, weekStart } = record.program;
    lines.push(voice.say('progress.greeting', { week, done: sessionsInWeek(record, weekStart), planned: weekPlan(week).planned }));
  }
  lines.push(voice.say('launch.suggest', { routine: routineName(voice, routine) }));
  return { kind: 'suggest', routine, lines };
}
