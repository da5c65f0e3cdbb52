import type { RoutineId } from '../scripts/routines';
import type { TurnContext } from './context';
import { sessionsInWeek, weekPlan } from './record/program';
import type { Reply } from './reply';
import { firstTimeLines, spokenLines } from './replies';
import { newRoutineState, routineOf } from './routine-state';
import { routineName, stretchName } from './stretch-name';

/** The routine that belongs to this time of day: morning before 11, workday break until 5 pm, then evening. */
function routineForHour(hour: number): RoutineId {
  if (hour >= 4 && hour < 11) return 'morning';
  if (hour >= 11 && hour < 17) return 'workday';
  return 'evening';
}

/** The routine the coach suggests now, in the user's local time. */
export function suggestedRoutine(ctx: TurnContext): RoutineId {
  return routineForHour(ctx.hour);
}

/** What "open hip coach" says: first-use note and screen, an offer to resume, or this week and today's routine. */
export function greet(ctx: TurnContext): Reply {
  const { record, voice } = ctx;
  // After a warning sign today: no routine offered; why, briefly, and what they can do instead.
  if (ctx.halted) {
    return spokenLines(ctx, [voice.say('launch.paused'), voice.say('launch.pausedOptions')], voice.say('launch.pausedOptions'));
  }
  if (!record?.onboarded) {
    return { ...spokenLines(ctx, firstTimeLines(voice), voice.say('screen.reprompt')), pending: { kind: 'screen', question: 1 } };
  }
  const saved = record.inProgress;
  const step = saved ? routineOf(newRoutineState(saved.routine, saved.week, '', [], saved.step, saved.custom)).plan.steps[saved.step] : undefined;
  if (saved && step) {
    const returning = voice.say('launch.returning');
    const offer = voice.say('launch.resumeOffer', { routine: routineName(voice, saved.routine), name: stretchName(voice, step.stretch) });
    return { ...spokenLines(ctx, [returning, offer], offer), pending: { kind: 'resume' } };
  }
  const routine = suggestedRoutine(ctx);
  const lines = [voice.say('launch.returning')];
  if (record.totals.sessions > 0) {
    const { week, weekStart } = record.program;
    lines.push(voice.say('progress.greeting', { week, done: sessionsInWeek(record, weekStart), planned: weekPlan(week).planned }));
  }
  lines.push(voice.say('launch.suggest', { routine: routineName(voice, routine) }));
  return { ...spokenLines(ctx, lines, voice.say('launch.options')), pending: { kind: 'suggest', routine } };
}
