import { reminderOffer } from './reminder-turns';
import type { Plan } from './plan';
import type { RoutineId } from '../scripts/routines';
import { kitItems, stretches, type Kit, type StretchId, type StretchSpec } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import { estimateSpeechSeconds, pause, speech, totalSeconds, type Segment } from '../speech/timeline';
import { adaptationLines, adaptationsOf } from './adaptations';
import { composeStretch, type Entry } from './compose';
import type { TurnContext } from './context';
import { MIN_COUNTED_MINUTES, type CustomSpec, type RoutineKind } from './custom-spec';
import { estimatedRoutineSeconds } from './length';
import { locate, type Place } from './locate';
import type { Effect, Reply } from './reply';
import { newRoutineState, routineOf, stretchStart, withState, type Routine, type RoutineState } from './routine-state';
import type { SavedPosition } from './record/record';
import { routineName, stretchName } from './stretch-name';

/** A user meets a stretch with full setup cues this many times, then short cues. */
const FULL_CUE_MEETINGS = 2;

/** Which stretches this user still hears with full setup cues: what is announced is what will play. */
export function fullCuesFor(ctx: TurnContext): (stretch: StretchId) => boolean {
  return (stretch) => ctx.met(stretch) < FULL_CUE_MEETINGS;
}

/** Whole minutes as the coach says them: at least one. */
export function minutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

/** What comes before a stretch in a response: lines, or a pause such as the kit's fetching time. */
export type Lead = string | Segment;

/** The saved place at `step`: a custom routine's spec goes with it, so "resume" rebuilds the same routine. */
function positionAt(state: RoutineState, step: number): Effect {
  return { kind: 'position', routine: state.routine, step, week: state.week, ...(state.custom ? { custom: state.custom } : {}) };
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
  lead: readonly Lead[],
  fullCues?: boolean,
): RoutineSpeech {
  const { plan } = routine;
  const current = plan.steps[step];
  if (!current) throw new RangeError(`step ${step} is outside the plan`);
  const previous = plan.stretches[current.stretchIndex - 1];
  const composed = composeStretch(plan, step, {
    voice: ctx.voice,
    conditions: ctx.conditions,
    fullCues: fullCues ?? ctx.met(current.stretch) < FULL_CUE_MEETINGS,
    previousPosition: previous ? stretches[previous.stretch].position : undefined,
    entry,
  });
  const next = plan.stretches[current.stretchIndex + 1];
  return {
    segments: [...lead.map((l) => (typeof l === 'string' ? line(l) : l)), ...composed.segments],
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
  lead: readonly Lead[] = [],
  fullCues?: boolean,
): Reply {
  const { plan, state } = routine;
  const current = plan.steps[step];
  if (!current) return finish(ctx, routine, lead.filter((l): l is string => typeof l === 'string'));
  const heard = composeFrom(ctx, routine, step, entry, lead, fullCues);
  const moved = withState(routine, { step, done: Math.max(state.done, current.stretchIndex) });
  const effects: Effect[] = [
    positionAt(state, step),
    ...(entry.kind === 'start' ? [{ kind: 'met', stretch: current.stretch } as const] : []),
  ];
  // The last stretch ends the routine in the same response: no "next" needed to hear it is done.
  if (heard.finished) return finishAfter(ctx, moved, heard.segments, effects);
  return { segments: heard.segments, reprompt: heard.reprompt, routine: moved.state, effects, end: false };
}

/**
 * The routine's end after `segments` (the last stretch, to be heard to its end): counted, then a
 * question, so the session stays open while the last stretch plays. The routine is kept, marked
 * finished, for words said over that stretch ("Alexa, this hurts"); said after it, it is gone.
 */
export function finishAfter(ctx: TurnContext, routine: Routine, segments: readonly Segment[], effects: readonly Effect[]): Reply {
  const done = finish(ctx, withState(routine, { done: routine.plan.stretches.length }));
  return { ...done, segments: [...segments, ...done.segments], effects: [...effects, ...done.effects], routine: { ...routine.state, finished: true } };
}

/**
 * The routine with the hold time the user moved on from in the last response added to what was
 * missed: every hold they had not heard to its end when they said next, skip, back or repeat.
 */
export function tallied(ctx: TurnContext, routine: Routine): Routine {
  const { last } = ctx;
  // Already finished and recorded (words said over its last stretch): what it was worth stands, so
  // playing that stretch again ends with the same tally, never a fresh one of the holds cut short.
  if (!last || routine.state.finished) return routine;
  const elapsed = (ctx.now - last.at) / 1000;
  let seconds = 0;
  let holds = 0;
  for (const mark of last.marks) {
    if (mark.phase !== 'hold') continue;
    const length = mark.end - mark.start;
    const unheard = Math.min(length, Math.max(0, mark.end - Math.max(elapsed, mark.start)));
    seconds += unheard;
    if (unheard > length / 2) holds += 1;
  }
  if (seconds === 0) return routine;
  const before = routine.state.missed ?? { seconds: 0, holds: 0 };
  return withState(routine, { missed: { seconds: before.seconds + seconds, holds: before.holds + holds } });
}

/** What a finished routine was worth: the seconds held, and whether most holds were done. */
export function tally(routine: Routine): { readonly seconds: number; readonly counted: boolean } {
  const { plan, state } = routine;
  const planned = plan.steps.reduce((sum, step) => sum + step.hold, 0);
  const missed = state.missed ?? { seconds: 0, holds: 0 };
  return { seconds: Math.max(0, Math.round(planned - missed.seconds)), counted: missed.holds * 2 < plan.steps.length };
}

/** The routine's end: what was held, then the session can close (or ask to keep the level). */
function finish(ctx: TurnContext, routine: Routine, lead: readonly string[] = []): Reply {
  const { voice } = ctx;
  const { state } = routine;
  const { seconds, counted: mostHeld } = tally(routine);
  const held = Math.round(seconds / 60);
  let closing: readonly string[];
  let counted = mostHeld;
  if (state.custom) {
    // A custom routine counts as a session when most holds were done and it played at least the minimum.
    const focus = voice.say(`custom.focus.${state.custom.focus}`);
    const longEnough = minutes(state.custom.played) >= MIN_COUNTED_MINUTES;
    counted = mostHeld && longEnough;
    const done = voice.say('custom.done', { focus, minutes: Math.max(1, held) });
    closing = !mostHeld
      ? [voice.say('tally.uncounted', { routine: routineName(voice, state.routine), count: held })]
      : longEnough
        ? [done]
        : [done, voice.say('custom.tooShortToCount', { min: MIN_COUNTED_MINUTES })];
  } else {
    const name = routineName(voice, state.routine);
    // Minutes held, said honestly: most holds skipped is said so, and is not a session for the program.
    closing = [
      !mostHeld
        ? voice.say('tally.uncounted', { routine: name, count: held })
        : held < 2
          ? voice.say('tally.done', { routine: name, count: Math.max(1, held) })
          : voice.say('routineFlow.done', { routine: name, minutes: held }),
    ];
  }
  const lines = [...lead, ...closing];
  // Finished again over its last stretch (a question, "easier", "repeat"): it was counted the first time.
  const effects: Effect[] = state.finished ? [{ kind: 'clearPosition' }] : [{ kind: 'completed', routine: state.routine, seconds, counted }];
  if (state.hadPain) {
    lines.push(voice.say('safety.keepLevelOffer'));
    return { segments: lines.map(line), reprompt: voice.say('safety.keepLevelOffer'), routine: undefined, effects, end: false, pending: { kind: 'keepLevel' } };
  }
  // The first routine finished: one line offering a reminder, asked once and never again.
  const offer = state.routine === 'custom' ? undefined : reminderOffer(ctx, state.routine);
  if (offer) return { segments: [...lines, offer.line].map(line), reprompt: offer.line, routine: undefined, effects, end: false, pending: offer.pending };
  const ask = voice.say('routineFlow.summaryOffer');
  return { segments: [...lines, ask].map(line), reprompt: ask, routine: undefined, effects, end: false, pending: { kind: 'summary' } };
}

/** Under this, a routine's length is announced to the half minute: rounding a 2.5-minute break to 2 or 3 is 20 % out. */
const HALF_MINUTES_BELOW = 5 * 60;

/** "3", or "2 and a half" for a short routine: what the overview says before "minutes". */
function announcedMinutes(voice: Voice, seconds: number): string | number {
  if (seconds >= HALF_MINUTES_BELOW) return minutes(seconds);
  const halves = Math.max(2, Math.round(seconds / 30));
  return halves % 2 === 0 ? halves / 2 : voice.say('tally.andHalf', { count: (halves - 1) / 2 });
}

/** Seconds given to fetch the kit named before the first stretch: less once the user knows the routine. */
export const KIT_FETCH_SECONDS = 8;
export const KIT_FETCH_SECONDS_RETURNING = 4;

/** What the plan's stretches need (mat, cushion, towel, chair, wall), in the catalogue's kit order. */
export function kitFor(plan: Plan): Kit[] {
  const needed = new Set(plan.stretches.flatMap((s) => (stretches[s.stretch] as StretchSpec).kit ?? []));
  return kitItems.filter((k) => needed.has(k));
}

/** "Before we start, have a mat or rug, a cushion and a small towel to hand", then time to fetch them. */
function kitLead(voice: Voice, plan: Plan, fetchSeconds: number): Segment[] {
  const kit = kitFor(plan);
  if (kit.length === 0) return [];
  const items = new Intl.ListFormat(voice.locale, { type: 'conjunction' }).format(kit.map((k) => voice.say(`kit.${k}`)));
  return [line(voice.say('kit.before', { items })), pause(fetchSeconds, 'talk')];
}

/** How long naming the kit and fetching it takes before the first stretch (a custom routine fits it into its minutes). */
export function kitLeadSeconds(voice: Voice, plan: Plan, fetchSeconds = KIT_FETCH_SECONDS): number {
  return totalSeconds(kitLead(voice, plan, fetchSeconds));
}

/** What a routine says and plays before and around its stretches, and how long it all lasts. */
interface RoutineOpening {
  readonly overview: string;
  readonly adapted: readonly string[];
  readonly wakeWord: readonly string[];
  readonly kit: readonly Segment[];
  /** Every second the user sits through: the stretches with this user's cues, the lines around them, the kit's fetching time. */
  readonly seconds: number;
}

function openingOf(ctx: TurnContext, started: Routine, lead: readonly string[], custom?: CustomSpec): RoutineOpening {
  const { voice } = ctx;
  const routine = started.state.routine;
  // Why, then exactly what changed: a therapist names the stretches swapped and left out.
  const changes = ctx.conditions.length > 0 ? adaptationLines(voice, adaptationsOf(started.plan, started.state.week)) : [];
  const adapted = [...ctx.conditions.map((c) => voice.say(`routineFlow.adapted_${c}`)), ...changes];
  // An Echo does not listen while it speaks: a first routine says once how to break in mid-hold.
  const wakeWord = isFirstRoutine(ctx) ? [voice.say('routineFlow.howToInterrupt')] : [];
  const knowsIt = started.plan.stretches.every((s) => ctx.met(s.stretch) >= FULL_CUE_MEETINGS);
  const kit = kitLead(voice, started.plan, knowsIt ? KIT_FETCH_SECONDS_RETURNING : KIT_FETCH_SECONDS);
  const stretching = estimatedRoutineSeconds(started.plan, voice, 0, fullCuesFor(ctx));
  const count = started.plan.stretches.length;
  const name = routine === 'custom' ? voice.say('custom.name') : routineName(voice, routine);
  const overviewFor = (seconds: number): string =>
    custom
      ? // A custom routine says the length it was fitted to play, in whole minutes as it was asked for.
        voice.say('custom.start', { focus: voice.say(`custom.focus.${custom.focus}`), count, minutes: minutes(custom.played) })
      : voice.say('routineFlow.start', { routine: name, count, minutes: announcedMinutes(voice, seconds) });
  // The announced length counts all the user sits through: what this response says before the first
  // stretch (and the kit's fetching time), and the closing line after the last.
  const around = [...lead, overviewFor(stretching), ...adapted, ...wakeWord, voice.say('routineFlow.done', { routine: name, minutes: minutes(stretching) })];
  const seconds = stretching + around.reduce((sum, text) => sum + estimateSpeechSeconds(text, voice.locale), 0) + totalSeconds(kit);
  return { overview: overviewFor(seconds), adapted, wakeWord, kit, seconds };
}

/** Starts a routine at the program week's dose: an overview line, the kit, then the first stretch. */
export function startRoutine(ctx: TurnContext, routine: RoutineKind, lead: readonly string[] = [], custom?: CustomSpec): Reply {
  const started = routineOf(newRoutineState(routine, ctx.record?.program.week ?? 1, new Date(ctx.now).toISOString(), ctx.conditions, 0, custom));
  const { overview, adapted, wakeWord, kit } = openingOf(ctx, started, lead, custom);
  return questionClosed(playFrom(ctx, started, 0, { kind: 'start' }, [...lead, overview, ...adapted, ...wakeWord, ...kit]));
}

/** The length a fixed routine announces to this user when it starts ("about 16 minutes"): what "shorter" and "longer" are measured from. */
export function announcedRoutineSeconds(ctx: TurnContext, routine: RoutineId): number {
  const started = routineOf(newRoutineState(routine, ctx.record?.program.week ?? 1, new Date(ctx.now).toISOString(), ctx.conditions, 0));
  return openingOf(ctx, started, []).seconds;
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
  const moving = tallied(ctx, routine);
  if (!current || !following) return finish(ctx, withState(moving, { done: plan.stretches.length }), lead);
  return playFrom(ctx, withState(moving, { done: current.stretchIndex + 1 }), following.firstStep, { kind: 'start' }, lead);
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
  const moving = tallied(ctx, routine);
  if (!before) return playFrom(ctx, moving, 0, { kind: 'start' }, [ctx.voice.say('routineFlow.atStart')]);
  return playFrom(ctx, moving, before.firstStep, { kind: 'start' });
}

/** "Repeat": this stretch again from its start; "tell me more" the same with the full setup cues. */
export function repeatStretch(ctx: TurnContext, routine: Routine, fullCues?: boolean): Reply {
  return playFrom(ctx, tallied(ctx, routine), stretchStart(routine.plan, routine.state.step), { kind: 'start' }, [], fullCues);
}

/**
 * "Start over": the routine from its first stretch, keeping today's adjustments; nothing missed yet.
 * Said over the last stretch of a finished routine, it is in play again, so "next" goes on to the
 * second stretch; it was counted the first time, and its end is not counted again (turn-safety.ts).
 */
export function startOver(ctx: TurnContext, routine: Routine): Reply {
  const lead = [ctx.voice.say('routineFlow.startOver', { routine: routineName(ctx.voice, routine.state.routine) })];
  const { finished: _counted, ...playing } = routine.state;
  return playFrom(ctx, withState({ state: playing, plan: routine.plan }, { done: 0, missed: { seconds: 0, holds: 0 } }), 0, { kind: 'start' }, lead);
}

/** Picks a saved or interrupted routine up at its step (its side and repetition). */
export function resumeAt(ctx: TurnContext, routine: Routine): Reply {
  return playFrom(ctx, routine, routine.state.step, { kind: 'resume' });
}

/** Picks up a routine saved in the record (a pause, a stop, a timeout) at its step, with today's conditions. */
export function resumeSaved(ctx: TurnContext, saved: SavedPosition): Reply {
  return questionClosed(resumeAt(ctx, savedRoutine(ctx, saved)));
}

/** The routine saved in the record, at its saved step, with today's conditions: what "resume" would play. */
export function savedRoutine(ctx: TurnContext, saved: SavedPosition): Routine {
  return routineOf(newRoutineState(saved.routine, saved.week, new Date(ctx.now).toISOString(), ctx.conditions, saved.step, saved.custom));
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
  // Left during its last stretch, a finished routine is already counted and its place cleared.
  if (routine.state.finished) return { effects: [], done: routine.plan.stretches.length };
  const { plan, state } = routine;
  const index = plan.steps[state.step]?.stretchIndex ?? 0;
  const place = placeNow(ctx);
  const finished = place?.kind === 'after';
  const resumeStep = finished ? plan.stretches[index + 1]?.firstStep : place?.kind === 'in' ? place.step : state.step;
  const moved = resumeStep !== undefined && resumeStep !== state.step;
  return {
    effects: moved ? [positionAt(state, resumeStep)] : [],
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
    effects: [positionAt(state, place.step)],
  };
}
