import type { PhraseKey, Voice } from '../speech/phrase-key';
import type { RoutineId } from '../scripts/routines';
import { stretches, type Condition, type StretchId } from '../scripts/stretches';
import { composeStretch, nameOf, type Entry } from './compose';
import { estimatedRoutineSeconds } from './length';
import type { Plan } from './plan';
import type { SavedPosition } from '../progress/record';
import type { Effect, Reply } from './reply';
import { newRoutineState, planOf, stretchStart, type RoutineState } from './routine-state';
import { locate } from './locate';
import type { LastResponse } from './questions';
import { speech, type Segment } from './timeline';

/** A user meets a stretch with full setup cues this many times, then short cues. */
export const FULL_CUE_MEETINGS = 2;

export interface CoachDeps {
  readonly voice: Voice;
  /** How many times this user has been coached through a stretch before. */
  readonly met: (stretch: StretchId) => number;
}

function minutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

export function routineName(voice: Voice, routine: RoutineId): string {
  return voice.say(`routine.${routine}` as PhraseKey);
}

function say(text: string): Segment {
  return speech(text, 'talk');
}

/** Plays the stretch that contains `step`, from `step` on, and moves the cursor there. */
export function playFrom(
  state: RoutineState,
  step: number,
  entry: Entry,
  deps: CoachDeps,
  lead: readonly string[] = [],
  options: { fullCues?: boolean } = {},
): Reply {
  const plan = planOf(state);
  const current = plan.steps[step];
  if (!current) return finish(state, plan, deps, lead);
  const previous = plan.stretches[current.stretchIndex - 1];
  const fullCues = options.fullCues ?? deps.met(current.stretch) < FULL_CUE_MEETINGS;
  const composed = composeStretch(plan, step, {
    voice: deps.voice,
    fullCues,
    previousPosition: previous ? stretches[previous.stretch].position : undefined,
    entry,
  });
  const next = plan.stretches[current.stretchIndex + 1];
  const routine: RoutineState = { ...state, step, done: Math.max(state.done, current.stretchIndex) };
  const effects: Effect[] = [
    { kind: 'position', routine: state.routine, step, week: state.week },
    ...(entry.kind === 'start' ? [{ kind: 'met', stretch: current.stretch } as const] : []),
  ];
  if (composed.finished) {
    // The last stretch ends the routine in the same response: no "next" needed to hear it is done.
    const done = finish({ ...routine, done: plan.stretches.length }, plan, deps);
    return { ...done, segments: [...lead.map(say), ...composed.segments, ...done.segments], effects: [...effects, ...done.effects] };
  }
  return {
    segments: [...lead.map(say), ...composed.segments],
    reprompt: next
      ? deps.voice.say('routineFlow.reprompt', { name: nameOf(deps.voice, next.stretch) })
      : deps.voice.say('routineFlow.repromptLast'),
    routine,
    effects,
    end: false,
  };
}

/** The routine's end: what was done, then the session can close (or ask to keep the level). */
export function finish(state: RoutineState, plan: Plan, deps: CoachDeps, lead: readonly string[] = []): Reply {
  const { voice } = deps;
  const seconds = Math.round(estimatedRoutineSeconds(plan, voice));
  const lines = [...lead, voice.say('routineFlow.done', { routine: routineName(voice, state.routine), minutes: minutes(seconds) })];
  const effects: Effect[] = [{ kind: 'completed', routine: state.routine, seconds }];
  if (state.hadPain) {
    lines.push(voice.say('safety.keepLevelOffer'));
    return { segments: lines.map(say), reprompt: voice.say('safety.keepLevelOffer'), routine: undefined, effects, end: false, asks: 'keepLevel' };
  }
  return { segments: lines.map(say), routine: undefined, effects, end: true };
}

/** Starts a routine at the program week's dose: an overview line, then the first stretch. */
export function startRoutine(
  routine: RoutineId,
  week: number,
  startedAt: string,
  conditions: readonly Condition[],
  deps: CoachDeps,
  lead: readonly string[] = [],
): Reply {
  const state = newRoutineState(routine, week, startedAt, conditions);
  const plan = planOf(state);
  const { voice } = deps;
  const overview = voice.say('routineFlow.start', {
    routine: routineName(voice, routine),
    count: plan.stretches.length,
    minutes: minutes(estimatedRoutineSeconds(plan, voice)),
  });
  const adapted = conditions.map((c) => voice.say(`routineFlow.adapted_${c}` as PhraseKey));
  return playFrom(state, 0, { kind: 'start' }, deps, [...lead, overview, ...adapted]);
}

/** "Next": the stretch after the one last played, or the end of the routine. */
export function nextStretch(state: RoutineState, deps: CoachDeps, lead: readonly string[] = []): Reply {
  const plan = planOf(state);
  const current = plan.steps[state.step];
  const following = current ? plan.stretches[current.stretchIndex + 1] : undefined;
  if (!following) return finish({ ...state, done: plan.stretches.length }, plan, deps, lead);
  return playFrom({ ...state, done: current!.stretchIndex + 1 }, following.firstStep, { kind: 'start' }, deps, lead);
}

/** "Skip": like next, saying what was left out. */
export function skipStretch(state: RoutineState, deps: CoachDeps): Reply {
  const plan = planOf(state);
  const current = plan.steps[state.step];
  const lead = current ? [deps.voice.say('routineFlow.skipped', { name: nameOf(deps.voice, current.stretch) })] : [];
  return nextStretch(state, deps, lead);
}

/** "Go back": the stretch before; at the first one, that one again. */
export function previousStretch(state: RoutineState, deps: CoachDeps): Reply {
  const plan = planOf(state);
  const current = plan.steps[state.step];
  const index = current ? current.stretchIndex : 0;
  if (index === 0) return playFrom(state, 0, { kind: 'start' }, deps, [deps.voice.say('routineFlow.atStart')]);
  return playFrom(state, plan.stretches[index - 1]!.firstStep, { kind: 'start' }, deps);
}

/** "Repeat": this stretch again from its start. */
export function repeatStretch(state: RoutineState, deps: CoachDeps, options: { fullCues?: boolean } = {}): Reply {
  const plan = planOf(state);
  return playFrom(state, stretchStart(plan, state.step), { kind: 'start' }, deps, [], options);
}

/** "Start over": the routine from its first stretch, keeping today's adjustments. */
export function startOver(state: RoutineState, deps: CoachDeps): Reply {
  const lead = [deps.voice.say('routineFlow.startOver', { routine: routineName(deps.voice, state.routine) })];
  return playFrom({ ...state, done: 0 }, 0, { kind: 'start' }, deps, lead);
}

/** Picks a saved or interrupted routine up at `step` (its side and repetition), after `lead`. */
export function resumeAt(state: RoutineState, step: number, deps: CoachDeps, lead: readonly string[] = []): Reply {
  return playFrom(state, step, { kind: 'resume' }, deps, lead);
}

/** Picks up a routine saved in the record (a pause, a stop, a timeout) at its step, with today's conditions. */
export function resumeSaved(saved: SavedPosition, startedAt: string, conditions: readonly Condition[], deps: CoachDeps): Reply {
  return resumeAt(newRoutineState(saved.routine, saved.level, startedAt, conditions, saved.step), saved.step, deps);
}

/** Seconds of routine left after the stretch at `step`, as a first-timer hears them. */
export function secondsAfter(state: RoutineState, step: number, voice: Voice): { stretches: number; seconds: number } {
  const plan = planOf(state);
  const current = plan.steps[step];
  const from = current ? current.stretchIndex + 1 : 0;
  return { stretches: plan.stretches.length - from, seconds: estimatedRoutineSeconds(plan, voice, from) };
}


/**
 * Where a routine stands when the user leaves it (stop, timeout): how many stretches they finished,
 * judged from the last response's timeline and the time now, and the step to pick it up at —
 * the side they were on, or the next stretch when they heard this one to its end.
 */
export function leaveRoutine(state: RoutineState, last: LastResponse | undefined, now: number): Reply & { readonly done: number } {
  const plan = planOf(state);
  const current = plan.steps[state.step];
  const index = current?.stretchIndex ?? 0;
  const place = last ? locate(last.marks, (now - last.at) / 1000) : undefined;
  const finished = place?.kind === 'after';
  const resumeStep = finished ? plan.stretches[index + 1]?.firstStep : place?.kind === 'in' ? place.step : state.step;
  const effects: Effect[] =
    resumeStep === undefined
      ? []
      : resumeStep !== state.step
        ? [{ kind: 'position', routine: state.routine, step: resumeStep, week: state.week }]
        : [];
  return { segments: [], routine: undefined, effects, end: true, done: finished ? index + 1 : index };
}
