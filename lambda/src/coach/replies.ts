import type { Voice } from '../speech/phrase-key';
import type { TurnContext } from './context';
import type { Reply } from './reply';
import { line } from './routine-turns';

/**
 * Plain lines, the routine left as it is: with a reprompt the session stays open, without one
 * it closes after speaking.
 */
export function spokenLines(ctx: TurnContext, lines: readonly string[], reprompt?: string): Reply {
  return { segments: lines.map(line), reprompt, routine: ctx.routine?.state, effects: [], end: reprompt === undefined };
}

/** Lines for a user who is not in a routine, reprompting with the ways to start one. */
export function offerRoutines(ctx: TurnContext, lines: readonly string[]): Reply {
  return spokenLines(ctx, lines, ctx.voice.say('launch.options'));
}

/** The first-use note and the screen's first question, as a new user first hears them. */
export function firstTimeLines(voice: Voice): string[] {
  return [voice.say('launch.firstTime'), voice.say('screen.intro'), voice.say('screen.q1')];
}

/** One of the first-use screen's two yes/no questions. */
export function screenQuestion(voice: Voice, question: 1 | 2): string {
  return voice.say(question === 1 ? 'screen.q1' : 'screen.q2');
}
