import { easier, harder } from './adjust';
import { checkIn, pickUp } from './check-in';
import type { TurnContext } from './context';
import { nothingToResume, resumeRoutine, startRequested, stopRoutine } from './dialogue';
import { nameOfCurrent } from './names';
import { progressSentences } from './progress-summary';
import { answerQuestion, answerWhilePaused, type Question } from './questions';
import type { SavedPosition } from './record/record';
import type { Reply } from './reply';
import { offerRoutines, spokenLines } from './replies';
import type { Routine } from './routine-state';
import { nextStretch, pinPlace, previousStretch, questionClosed, repeatStretch, savedRoutine, skipStretch, startOver } from './routine-turns';

/** The place saved by a pause (or a stop, a timeout), when no routine is playing in this session. */
function pausedPlace(ctx: TurnContext): SavedPosition | undefined {
  return ctx.routine ? undefined : ctx.record?.inProgress;
}

/** A move through the routine in progress: next, skip, back, repeat, tell me more, start over. */
export type Move = 'next' | 'skip' | 'previous' | 'repeat' | 'tellMeMore' | 'startOver';

const moves: Readonly<Record<Move, (ctx: TurnContext, routine: Routine) => Reply>> = {
  next: (ctx, routine) => nextStretch(ctx, routine),
  skip: skipStretch,
  previous: previousStretch,
  repeat: (ctx, routine) => repeatStretch(ctx, routine),
  tellMeMore: (ctx, routine) => repeatStretch(ctx, routine, true),
  startOver,
};

/**
 * A routine word ("next", "how long") said while the coach waits on a reminder question, with no
 * routine in progress (the offer after a finished routine): the question is asked again, still open.
 */
function reminderStillAsked(ctx: TurnContext): Reply | undefined {
  if (ctx.routine || ctx.pending?.kind !== 'reminder') return undefined;
  return spokenLines(ctx, [ctx.voice.say('reminder.stillAsking')], ctx.voice.say('reminder.proposeReprompt'));
}

/** Moves through the routine; without one in progress (or after a warning sign), says how to start one. */
export function moveInRoutine(ctx: TurnContext, move: Move): Reply {
  if (ctx.halted) return spokenLines(ctx, [ctx.voice.say('safety.noResume')]);
  const stillAsked = reminderStillAsked(ctx);
  if (stillAsked) return stillAsked;
  const saved = pausedPlace(ctx);
  if (saved) {
    // "Carry on", "go on" after a pause (the session closed, the place saved): pick up that place.
    if (move === 'next') return resumeRoutine(ctx);
    // "Start over", "repeat that", "skip this one", "go back": the same move in the saved routine.
    return questionClosed(moves[move](ctx, savedRoutine(ctx, saved)));
  }
  // "Let's go", "go on" with no routine going and none paused: a start, answered as "start a routine" is.
  if (!ctx.routine) return move === 'next' ? startRequested(ctx, {}) : offerRoutines(ctx, [ctx.voice.say('questions.noRoutine')]);
  // "Carry on" after a check-in means back to where they were, not on to the next stretch.
  if (move === 'next' && ctx.pending?.kind === 'checkIn') return pickUp(ctx, ctx.routine, ctx.pending.step);
  return questionClosed(moves[move](ctx, ctx.routine));
}

/** "Make it easier" / "make it harder": variant or hold length, for the rest of this session. */
export function adjustRoutine(ctx: TurnContext, direction: 'easier' | 'harder'): Reply {
  const stillAsked = reminderStillAsked(ctx);
  if (stillAsked) return stillAsked;
  if (ctx.halted) return offerRoutines(ctx, [ctx.voice.say('questions.noRoutine')]);
  // Said after a pause: the saved routine, picked up with the change.
  const saved = pausedPlace(ctx);
  const routine = ctx.routine ?? (saved ? savedRoutine(ctx, saved) : undefined);
  if (!routine) return offerRoutines(ctx, [ctx.voice.say('questions.adjustOutside')]);
  return direction === 'easier' ? easier(ctx, routine) : harder(ctx, routine);
}

/** A question in context ("how long do I hold this"), answered where the user is; outside a routine, the ways to start one. */
export function answer(ctx: TurnContext, question: Question): Reply {
  const stillAsked = reminderStillAsked(ctx);
  if (stillAsked) return stillAsked;
  const saved = pausedPlace(ctx);
  // Asked after a pause: answered about the saved stretch, then the offer to pick it up.
  if (saved && !ctx.halted) return answerWhilePaused(ctx, savedRoutine(ctx, saved), question);
  if (!ctx.routine) return offerRoutines(ctx, [ctx.voice.say('questions.noRoutine')]);
  return answerQuestion(ctx, ctx.routine, question);
}

/**
 * "Pause", "wait": the session closes with the place saved. Said mid-stretch, the place is the
 * side or round the user was on, so resuming does not drop the hold; said after it, this stretch
 * (the one the pause names), as saved when it was played.
 */
export function pauseRoutine(ctx: TurnContext): Reply {
  if (!ctx.routine) return nothingToResume(ctx);
  // Paused over the last stretch: the routine is done and counted, so there is nothing to come back to.
  if (ctx.routine.state.finished) return stopRoutine(ctx);
  // Pinned to the side being played, so "resume" after a timeout holds that side, not the stretch's first.
  const pinned = pinPlace(ctx, ctx.routine);
  const said = spokenLines(ctx, [ctx.voice.say('routineFlow.paused', { name: nameOfCurrent(pinned.routine, ctx.voice) ?? '' })]);
  return { ...said, routine: pinned.routine.state, effects: [...said.effects, ...pinned.effects], stopsPlayback: true };
}

/** Help: inside a routine, how to move and what to ask; outside, the routines; always the safety line. */
export function help(ctx: TurnContext): Reply {
  const { voice } = ctx;
  const name = ctx.routine ? nameOfCurrent(ctx.routine, voice) : undefined;
  const lines = [name ? voice.say('help.inside', { name }) : voice.say('help.outside'), voice.say('safety.helpSafety')];
  return spokenLines(ctx, lines, voice.say('help.reprompt'));
}

/** Words the coach did not understand: inside a routine a check-in, never "go on"; outside, what to say. */
export function notUnderstood(ctx: TurnContext): Reply {
  return checkIn(ctx);
}

/** "How am I doing": sessions, minutes, program week, streak, hold length and what changes next. */
export function progressReport(ctx: TurnContext): Reply {
  const { voice } = ctx;
  const lines = progressSentences(ctx.record, ctx.today, voice);
  if (!ctx.routine) return spokenLines(ctx, lines, voice.say('launch.options'));
  return spokenLines(ctx, [...lines, voice.say('questions.afterAnswer')], voice.say('questions.afterAnswer'));
}
