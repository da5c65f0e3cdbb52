import type { RoutineId } from '../scripts/routines';
import { stretches, type StretchId } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import { estimateSpeechSeconds, speech, type Segment } from '../speech/timeline';
import { composeStretch, type Entry } from './compose';
import type { TurnContext } from './context';
import { estimatedRoutineSeconds } from './length';
import { locate, type Place } from './locate';
import type { Effect, Reply } from './reply';
import { newRoutineState, routineOf, stretchStart, withState, type Routine } from './routine-state';
import type { SavedPosition } from './record/record';
import { routineName, stretchName } from './stretch-name';

/** A user meets a stretch with full setup cues this many times, then short cues. */
const FULL_CUE_MEETINGS = 2;

/** Which stretches this user still hears with full setup cues: what is announced is what will play. */
function fullCuesFor(ctx: TurnContext): (stretch: StretchId) => boolean {
  return (stretch) => ctx.met(stretch) < FULL_CUE_MEETINGS;
}

function minutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

/** A spoken line of plain talk, outside any step. */
export function line(text: string): Segment {
  return speech(text, 'talk');
}

/** What one response of routine sounds like, before anything moves. */
export interface RoutineSpeech {
  readonly segments: readonly Segment[];
  readonly reprompt: string;
  /** The stretch composed is the routine's last: the routine ends with this response. */
  readonly finished: boolean;
}

/**
 * Composes the stretch that contains `step`, from `step` on, after `lead`: speech only. The
 * cursor is moved by `playFrom`; a question mid-hold composes the rest of the hold without moving it.
 */
export function composeFrom(
  ctx: TurnContext,
  routine: Routine,
  step: number,
  entry: Entry,
  lead: readonly string[],
  fullCues?: boolean,
): RoutineSpeech {
  const { plan } = routine;
  const current = plan.steps[step];
  if (!current) throw new RangeError(`step ${step} is outside the plan`);
  const previous = plan.stretches[current.stretchIndex - 1];
  const composed = composeStretch(plan, step, {
    voice: ctx.voice,
    fullCues: fullCues ?? ctx.met(current.stretch) < FULL_CUE_MEETINGS,
    previousPosition: previous ? stretches[previous.stretch].position : undefined,
    entry,
  });
  const next = plan.stretches[current.stretchIndex + 1];
  return {
    segments: [...lead.map(line), ...composed.segments],
    reprompt: next
      ? ctx.voice.say('routineFlow.reprompt', { name: stretchName(ctx.voice, next.stretch) })
      : ctx.voice.say('routineFlow.repromptLast'),
    finished: composed.finished,
  };
}

/** Plays the stretch that contains `step`, from `step` on, and moves the cursor there (saved in the record). */
export function playFrom(
  ctx: TurnContext,
  routine: Routine,
  step: number,
  entry: Entry,
  lead: readonly string[] = [],
  fullCues?: boolean,
): Reply {
  const { plan, state } = routine;
  const current = plan.steps[step];
  if (!current) return finish(ctx, routine, lead);
  const heard = composeFrom(ctx, routine, step, entry, lead, fullCues);
  const moved = withState(routine, { step, done: Math.max(state.done, current.stretchIndex) });
  const effects: Effect[] = [
    { kind: 'position', routine: state.routine, step, week: state.week },
    ...(entry.kind === 'start' ? [{ kind: 'met', stretch: current.stretch } as const] : []),
  ];
  // The last stretch ends the routine in the same response: no "next" needed to hear it is done.
  if (heard.finished) return finishAfter(ctx, moved, heard.segments, effects);
  return { segments: heard.segments, reprompt: heard.reprompt, routine: moved.state, effects, end: false };
}

/** The routine's end after `segments` (the last stretch, heard to its end): counted, then the goodbye. */
export function finishAfter(ctx: TurnContext, routine: Routine, segments: readonly Segment[], effects: readonly Effect[]): Reply {
  const done = finish(ctx, withState(routine, { done: routine.plan.stretches.length }));
  return { ...done, segments: [...segments, ...done.segments], effects: [...effects, ...done.effects] };
}

/** The routine's end: what was done, then the session can close (or ask to keep the level). */
function finish(ctx: TurnContext, routine: Routine, lead: readonly string[] = []): Reply {
  const { voice } = ctx;
  const { state } = routine;
  const seconds = Math.round(estimatedRoutineSeconds(routine.plan, voice));
  const lines = [...lead, voice.say('routineFlow.done', { routine: routineName(voice, state.routine), minutes: minutes(seconds) })];
  const effects: Effect[] = [{ kind: 'completed', routine: state.routine, seconds }];
  if (state.hadPain) {
    lines.push(voice.say('safety.keepLevelOffer'));
    return { segments: lines.map(line), reprompt: voice.say('safety.keepLevelOffer'), routine: undefined, effects, end: false, pending: { kind: 'keepLevel' } };
  }
  return { segments: lines.map(line), routine: undefined, effects, end: true };
}

/** Starts a routine at the program week's dose: an overview line, then the first stretch. */
export function startRoutine(ctx: TurnContext, routine: RoutineId, lead: readonly string[] = []): Reply {
  const started = routineOf(newRoutineState(routine, ctx.record?.program.week ?? 1, new Date(ctx.now).toISOString(), ctx.conditions));
  const { voice } = ctx;
  const adapted = ctx.conditions.map((c) => voice.say(`routineFlow.adapted_${c}`));
  // An Echo does not listen while it speaks: a first routine says once how to break in mid-hold.
  const wakeWord = isFirstRoutine(ctx) ? [voice.say('routineFlow.howToInterrupt')] : [];
  const stretching = estimatedRoutineSeconds(started.plan, voice, 0, fullCuesFor(ctx));
  const overviewFor = (seconds: number): string =>
    voice.say('routineFlow.start', { routine: routineName(voice, routine), count: started.plan.stretches.length, minutes: minutes(seconds) });
  // The announced length counts what this response says before the first stretch, so it is what the user sits through.
  const talkFirst = [...lead, overviewFor(stretching), ...adapted, ...wakeWord].reduce((sum, text) => sum + estimateSpeechSeconds(text, voice.locale), 0);
  const overview = overviewFor(stretching + talkFirst);
  return questionClosed(playFrom(ctx, started, 0, { kind: 'start' }, [...lead, overview, ...adapted, ...wakeWord]));
}

/** No routine finished and no stretch coached yet: the user's first routine. */
function isFirstRoutine(ctx: TurnContext): boolean {
  const record = ctx.record;
  return !record || (record.totals.sessions === 0 && Object.keys(record.met).length === 0);
}

/** A reply that answers whatever was asked: no question stays open unless it asks a new one. */
export function questionClosed(reply: Reply): Reply {
  return { ...reply, pending: reply.pending ?? null };
}

/** "Next": the stretch after the one last played, or the end of the routine. */
export function nextStretch(ctx: TurnContext, routine: Routine, lead: readonly string[] = []): Reply {
  const { plan, state } = routine;
  const current = plan.steps[state.step];
  const following = current ? plan.stretches[current.stretchIndex + 1] : undefined;
  if (!current || !following) return finish(ctx, withState(routine, { done: plan.stretches.length }), lead);
  return playFrom(ctx, withState(routine, { done: current.stretchIndex + 1 }), following.firstStep, { kind: 'start' }, lead);
}

/** "Skip": like next, saying what was left out. */
export function skipStretch(ctx: TurnContext, routine: Routine): Reply {
  const current = routine.plan.steps[routine.state.step];
  const lead = current ? [ctx.voice.say('routineFlow.skipped', { name: stretchName(ctx.voice, current.stretch) })] : [];
  return nextStretch(ctx, routine, lead);
}

/** "Go back": the stretch before; at the first one, that one again. */
export function previousStretch(ctx: TurnContext, routine: Routine): Reply {
  const { plan } = routine;
  const index = plan.steps[routine.state.step]?.stretchIndex ?? 0;
  const before = plan.stretches[index - 1];
  if (!before) return playFrom(ctx, routine, 0, { kind: 'start' }, [ctx.voice.say('routineFlow.atStart')]);
  return playFrom(ctx, routine, before.firstStep, { kind: 'start' });
}

/** "Repeat": this stretch again from its start; "tell me more" the same with the full setup cues. */
export function repeatStretch(ctx: TurnContext, routine: Routine, fullCues?: boolean): Reply {
  return playFrom(ctx, routine, stretchStart(routine.plan, routine.state.step), { kind: 'start' }, [], fullCues);
}

/** "Start over": the routine from its first stretch, keeping today's adjustments. */
export function startOver(ctx: TurnContext, routine: Routine): Reply {
  const lead = [ctx.voice.say('routineFlow.startOver', { routine: routineName(ctx.voice, routine.state.routine) })];
  return playFrom(ctx, withState(routine, { done: 0 }), 0, { kind: 'start' }, lead);
}

/** Picks a saved or interrupted routine up at its step (its side and repetition). */
export function resumeAt(ctx: TurnContext, routine: Routine): Reply {
  return playFrom(ctx, routine, routine.state.step, { kind: 'resume' });
}

/** Picks up a routine saved in the record (a pause, a stop, a timeout) at its step, with today's conditions. */
export function resumeSaved(ctx: TurnContext, saved: SavedPosition): Reply {
  const state = newRoutineState(saved.routine, saved.week, new Date(ctx.now).toISOString(), ctx.conditions, saved.step);
  return questionClosed(resumeAt(ctx, routineOf(state)));
}

/** Stretches and seconds of routine left after the stretch at `step`, as a first-timer hears them. */
export function leftAfter(routine: Routine, step: number, voice: Voice): { stretches: number; seconds: number } {
  const { plan } = routine;
  const current = plan.steps[step];
  const from = current ? current.stretchIndex + 1 : 0;
  return { stretches: plan.stretches.length - from, seconds: estimatedRoutineSeconds(plan, voice, from) };
}

/** Where the user is in the last response now: the step being played, heard to its end, or unknown. */
function placeNow(ctx: TurnContext): Place | undefined {
  return ctx.last ? locate(ctx.last.marks, (ctx.now - ctx.last.at) / 1000) : undefined;
}

/**
 * Where a routine stands when the user leaves it (stop, timeout): how many stretches they finished,
 * judged from the last response's timeline and the time now, and the step to pick it up at —
 * the side they were on, or the next stretch when they heard this one to its end.
 */
export function leaveRoutine(ctx: TurnContext, routine: Routine): { readonly effects: readonly Effect[]; readonly done: number } {
  const { plan, state } = routine;
  const index = plan.steps[state.step]?.stretchIndex ?? 0;
  const place = placeNow(ctx);
  const finished = place?.kind === 'after';
  const resumeStep = finished ? plan.stretches[index + 1]?.firstStep : place?.kind === 'in' ? place.step : state.step;
  const moved = resumeStep !== undefined && resumeStep !== state.step;
  return {
    effects: moved ? [{ kind: 'position', routine: state.routine, step: resumeStep, week: state.week }] : [],
    done: finished ? index + 1 : index,
  };
}

/**
 * The playing stops here (pain, pause): the routine's cursor moves to the side and repetition
 * being played, saved at once, so whatever ends the session next resumes exactly there. A stretch
 * heard to its end stays current (the one that hurt, the one paused at).
 */
export function pinPlace(ctx: TurnContext, routine: Routine): { readonly routine: Routine; readonly effects: readonly Effect[] } {
  const place = placeNow(ctx);
  const { state } = routine;
  if (place?.kind !== 'in' || place.step === state.step) return { routine, effects: [] };
  return {
    routine: withState(routine, { step: place.step }),
    effects: [{ kind: 'position', routine: state.routine, step: place.step, week: state.week }],
  };
}
