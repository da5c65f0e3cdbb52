import type { TurnContext } from '../coach/context';
import { progressFacts } from '../coach/progress-summary';
import { applyEffects } from '../coach/record/model';
import type { ProgressRecord } from '../coach/record/record';
import type { Reply } from '../coach/reply';
import type { FinishWords } from './screen-data';

/** The record as it will be once this turn's effects are written: the finished routine counted. */
export function recordAfter(ctx: TurnContext, reply: Reply): ProgressRecord {
  return applyEffects(ctx.record, reply.effects, ctx.record?.userId ?? '', { now: ctx.now, today: ctx.today });
}

/** The finish screen: minutes of this routine, the program week's sessions, the streak. Nothing about health. */
export function finishWords(ctx: TurnContext, reply: Reply): FinishWords {
  const { voice } = ctx;
  const done = reply.effects.find((e) => e.kind === 'completed');
  const facts = progressFacts(recordAfter(ctx, reply), ctx.today);
  const count = Math.max(1, Math.round((done?.kind === 'completed' ? done.seconds : 0) / 60));
  return {
    title: voice.say('display.finish.title'),
    minutes: voice.say('display.finish.minutes', { count }),
    week: voice.say('display.finish.week', { week: facts.week, done: facts.doneThisWeek, planned: facts.plannedThisWeek }),
    streak: voice.say('display.finish.streak', { count: facts.streak }),
  };
}
