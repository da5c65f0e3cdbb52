import { isRoutineId, type RoutineId } from '../scripts/routines';
import type { TurnContext } from './context';
import type { SlotValue } from './dialogue-state';
import { suggestedRoutine } from './greeting';
import type { Reply } from './reply';
import { firstTimeLines, offerRoutines, screenQuestion, spokenLines } from './replies';
import { checkIn, pickUp } from './check-in';
import { startCustom } from './custom-turns';
import { leaveRoutine, nextStretch, pinPlace, questionClosed, resumeAt, resumeSaved, startRoutine } from './routine-turns';
import { pauseForToday } from './safety-turns';
import { progressSentences } from './progress-summary';
import { routineName } from './stretch-name';

/**
 * Starts a routine at the user's program week, after the first-use screen if they have not had
 * it, and never after a warning sign in this session.
 */
export function beginRoutine(ctx: TurnContext, routine: RoutineId, lead: readonly string[] = [], screened = false): Reply {
  const { voice, pending } = ctx;
  if (ctx.halted) return spokenLines(ctx, [voice.say('safety.noResume')]);
  if (!ctx.record?.onboarded && !screened) {
    if (pending?.kind === 'screen') {
      // Mid-screen: ask the open question again rather than the whole welcome.
      const again = spokenLines(ctx, [voice.say('screen.beforeWeStart'), screenQuestion(voice, pending.question)], voice.say('screen.reprompt'));
      return { ...again, pending: { kind: 'screen', question: pending.question, routine } };
    }
    return { ...spokenLines(ctx, [...lead, ...firstTimeLines(voice)], voice.say('screen.reprompt')), pending: { kind: 'screen', question: 1, routine } };
  }
  return startRoutine(ctx, routine, lead);
}

/** "Start my evening routine": that routine; an unknown one gets asked again; none, a suggestion by the hour. */
export function startRequested(ctx: TurnContext, slot: SlotValue): Reply {
  const { voice } = ctx;
  if (isRoutineId(slot.id)) return beginRoutine(ctx, slot.id);
  if (slot.spoken) return spokenLines(ctx, [voice.say('routineUnknown', { value: slot.spoken })], voice.say('routineAsk'));
  return { ...spokenLines(ctx, [voice.say('routineAsk')], voice.say('routineAsk')), pending: { kind: 'suggest', routine: suggestedRoutine(ctx) } };
}

/** "Yes" / "no": answers the question the coach asked last; the question is then closed unless a new one is asked. */
export function answerYesNo(ctx: TurnContext, yes: boolean): Reply {
  return questionClosed(answer(ctx, yes));
}

function answer(ctx: TurnContext, yes: boolean): Reply {
  const { voice, pending } = ctx;
  switch (pending?.kind) {
    case 'screen': {
      if (yes) return { ...spokenLines(ctx, [voice.say('screen.referral')]), routine: undefined, halt: true, effects: pauseForToday(ctx) };
      if (pending.question === 1) return { ...spokenLines(ctx, [screenQuestion(voice, 2)], voice.say('screen.reprompt')), pending: { ...pending, question: 2 } };
      const clear = [voice.say('screen.clear')];
      const started = pending.custom ? startCustom(ctx, pending.custom, clear, true) : beginRoutine(ctx, pending.routine ?? suggestedRoutine(ctx), clear, true);
      return { ...started, effects: [{ kind: 'onboarded' }, ...started.effects] };
    }
    case 'resume': {
      const saved = ctx.record?.inProgress;
      if (yes && saved) return resumeSaved(ctx, saved);
      const routine = suggestedRoutine(ctx);
      const lines = [voice.say('resume.declined'), voice.say('launch.suggest', { routine: routineName(voice, routine) })];
      const declined = spokenLines(ctx, lines, voice.say('launch.options'));
      return { ...declined, routine: undefined, effects: [{ kind: 'clearPosition' }], pending: { kind: 'suggest', routine } };
    }
    case 'suggest':
      return yes ? beginRoutine(ctx, pending.routine) : spokenLines(ctx, [voice.say('launch.options')], voice.say('launch.options'));
    case 'summary': {
      const lines = yes ? progressSentences(ctx.record, ctx.today, voice) : [];
      return spokenLines(ctx, [...lines, voice.say('stop.goodbye')]);
    }
    case 'keepLevel': {
      const said = spokenLines(ctx, [voice.say(yes ? 'safety.keepLevelYes' : 'safety.keepLevelNo'), voice.say('stop.goodbye')]);
      return yes ? { ...said, effects: [{ kind: 'keepLevel' }] } : said;
    }
    case 'deleteData':
      if (yes) return { ...spokenLines(ctx, [voice.say('deleteData.done')]), deleteRecord: true };
      return spokenLines(ctx, [voice.say('deleteData.kept')], voice.say('help.reprompt'));
    case 'reminder':
      // A "yes" here is taken first by the reminder handler, which may need the Reminders API;
      // this is the "no" (and a "yes" that reached here anyway sets nothing without asking).
      return { ...spokenLines(ctx, [voice.say('reminder.declined')]), routine: ctx.routine?.state };
    case 'checkIn':
      if (!ctx.routine || ctx.halted) return spokenLines(ctx, [voice.say('yesNo.nothingPending')], voice.say('launch.options'));
      return yes ? pickUp(ctx, ctx.routine, pending.step) : stopRoutine(ctx);
    case undefined:
      if (yes && ctx.routine && !ctx.halted) return nextStretch(ctx, ctx.routine);
      // A bare "no" mid-routine answers nothing: check in (out of the stretch, the place kept) rather than guess.
      if (!yes && ctx.routine && !ctx.halted) return checkIn(ctx);
      return spokenLines(ctx, [voice.say('yesNo.nothingPending')], voice.say('launch.options'));
  }
}

/** "Delete my data": asks to confirm; the answer deletes. */
export function confirmDelete(ctx: TurnContext): Reply {
  const ask = ctx.voice.say('deleteData.confirm');
  return { ...spokenLines(ctx, [ask], ask), pending: { kind: 'deleteData' } };
}

/** "Resume": this session's routine, or the one saved in the record (from a pause, a stop, a timeout). */
export function resumeRoutine(ctx: TurnContext): Reply {
  const { voice } = ctx;
  if (ctx.halted) return spokenLines(ctx, [voice.say('safety.noResume')]);
  if (ctx.routine && ctx.pending?.kind === 'checkIn') return pickUp(ctx, ctx.routine, ctx.pending.step);
  if (ctx.routine) {
    // Said while a hold plays (nothing paused): the side or round being played, not the stretch's first side again.
    const pinned = pinPlace(ctx, ctx.routine);
    const resumed = resumeAt(ctx, pinned.routine);
    return { ...resumed, effects: [...pinned.effects, ...resumed.effects] };
  }
  const saved = ctx.record?.inProgress;
  if (!saved) return nothingToResume(ctx);
  return resumeSaved(ctx, saved);
}

export function nothingToResume(ctx: TurnContext): Reply {
  return offerRoutines(ctx, [ctx.voice.say('routineFlow.nothingToResume'), ctx.voice.say('launch.options')]);
}

/** Stop / cancel / "go home": goodbye, with what was done; the place in the routine is already saved. */
export function stopRoutine(ctx: TurnContext): Reply {
  const { voice, routine } = ctx;
  const left = routine ? leaveRoutine(ctx, routine) : undefined;
  const lines: string[] = [];
  if (routine?.state.finished) lines.push(voice.say('routineFlow.finishedAlready'));
  // "You got through 0 of 9" scolds: before the first stretch is finished, only the saved place is worth saying.
  else if (routine && left)
    lines.push(left.done > 0 ? voice.say('stop.partial', { done: left.done, count: routine.plan.stretches.length }) : voice.say('stop.partialNone'));
  lines.push(voice.say('stop.goodbye'));
  return { ...spokenLines(ctx, lines), routine: undefined, effects: left?.effects ?? [], pending: null };
}

/**
 * The session closed (timeout, "exit", error): nothing is said. If the user heard the last
 * stretch to its end, the saved place moves on to the next.
 */
export function leaveSession(ctx: TurnContext): Reply {
  if (!ctx.routine) return { segments: [], routine: undefined, effects: [], end: true };
  return { segments: [], routine: undefined, effects: leaveRoutine(ctx, ctx.routine).effects, end: true };
}
