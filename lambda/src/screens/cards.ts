import type { TurnContext } from '../coach/context';
import type { Reply } from '../coach/reply';
import { finishWords } from './finish-screen';
import { progressLines } from './progress-screen';

/** A simple card for the Alexa app: progress only, never anything about how the user feels. */
export interface Card {
  readonly title: string;
  readonly content: string;
}

/** After a finished routine: which routine, its minutes, the week's sessions and the streak. */
export function finishCard(ctx: TurnContext, reply: Reply): Card | undefined {
  const done = reply.effects.find((e) => e.kind === 'completed');
  if (done?.kind !== 'completed') return undefined;
  const words = finishWords(ctx, reply);
  return {
    title: ctx.voice.say('display.card.finishTitle', { routine: ctx.voice.say(`display.routine.${done.routine}`) }),
    content: [words.minutes, words.week, words.streak].join('\n'),
  };
}

/** The progress summary, as the screen shows it. */
export function progressCard(ctx: TurnContext): Card {
  return { title: ctx.voice.say('display.card.progressTitle'), content: progressLines(ctx).join('\n') };
}
