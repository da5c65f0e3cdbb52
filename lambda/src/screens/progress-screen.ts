import type { TurnContext } from '../coach/context';
import { progressFacts } from '../coach/progress-summary';
import type { Reply } from '../coach/reply';
import type { Segment } from '../speech/timeline';
import { UNTIL_NEXT, type ProgressWords, type Screen } from './screen-data';
import { buttonWords, textLines } from './words';

/** The facts "how am I doing" speaks, a short line each, to read across a room (or later in the app). */
export function progressLines(ctx: TurnContext): string[] {
  const { voice, record } = ctx;
  if (!record || record.totals.sessions === 0) return [voice.say('display.progress.none')];
  const f = progressFacts(record, ctx.today);
  return [
    voice.say('display.progress.sessions', { count: f.sessions }),
    voice.say('display.progress.minutes', { count: f.minutes }),
    voice.say('display.finish.week', { week: f.week, done: f.doneThisWeek, planned: f.plannedThisWeek }),
    voice.say('display.finish.streak', { count: f.streak }),
    voice.say('display.progress.hold', { hold: f.hold }),
  ];
}

export function progressWords(ctx: TurnContext): ProgressWords {
  return { title: ctx.voice.say('display.progress.title'), lines: textLines(progressLines(ctx)) };
}

/** The progress summary on screen, for as long as the session lasts. */
export function progressScreen(ctx: TurnContext, _reply: Reply, _segments: readonly Segment[]): Screen {
  return { frames: [{ layout: 'progress', from: 0, to: UNTIL_NEXT }], buttons: buttonWords(ctx.voice), progress: progressWords(ctx) };
}
