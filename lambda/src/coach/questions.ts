import type { PhraseKey } from '../speech/phrase-key';
import { stretches } from '../scripts/stretches';
import { nameOf, type Entry } from './compose';
import { locate, type Place } from './locate';
import type { Reply } from './reply';
import { planOf, type RoutineState } from './routine-state';
import { nameOfNext } from './names';
import { playFrom, secondsAfter, type CoachDeps } from './routine-turns';
import { speech, type Mark } from './timeline';

export type Question = 'holdDuration' | 'whichSide' | 'whatDoesThisStretch' | 'howManyLeft';

/** The last response sent, with its timeline: what questions mid-hold are answered from. */
export interface LastResponse {
  /** Epoch ms of the request the response answered (≈ when it started playing). */
  readonly at: number;
  readonly marks: readonly Mark[];
}

/** Below this, a hold is as good as done: carry on with what follows rather than a 2-second hold. */
const MIN_CONTINUE_SECONDS = 3;

/**
 * Answers a question asked mid-routine and carries on from where the user was: the rest of the
 * hold when they were holding, the same step when they were getting into position. No record
 * changes: a question costs no write.
 */
export function answerQuestion(
  question: Question,
  state: RoutineState,
  last: LastResponse | undefined,
  now: number,
  deps: CoachDeps,
): Reply {
  const plan = planOf(state);
  const place: Place = last ? locate(last.marks, (now - last.at) / 1000) : { kind: 'after' };
  const stepIndex = place.kind === 'in' ? place.step : lastStepOfStretch(state);
  const step = plan.steps[stepIndex] ?? plan.steps[state.step];
  if (!step) return { segments: [], routine: state, effects: [], end: false };
  const { voice } = deps;
  const lines: string[] = [];
  const planned = plan.stretches[step.stretchIndex]!;
  switch (question) {
    case 'holdDuration': {
      const key = stretches[step.stretch].sided
        ? step.reps > 1 ? 'questions.hold_sidedReps' : 'questions.hold_sided'
        : step.reps > 1 ? 'questions.hold_reps' : 'questions.hold_one';
      lines.push(voice.say(key, { hold: step.hold, reps: step.reps }));
      if (place.kind === 'in' && place.phase === 'hold') lines.push(voice.say('questions.remaining', { count: Math.round(place.remaining) }));
      else if (place.kind === 'in') lines.push(voice.say('questions.gettingReady'));
      else lines.push(voice.say('questions.holdDone'));
      break;
    }
    case 'whichSide':
      lines.push(
        step.side
          ? voice.say('questions.side', {
              side: voice.say(`side.${step.side}`),
              repText: step.reps > 1 ? voice.say('questions.sideRep', { rep: step.rep, reps: step.reps }) : '',
            })
          : voice.say('questions.notSided'),
      );
      break;
    case 'whatDoesThisStretch': {
      const name = nameOf(voice, step.stretch);
      lines.push(voice.say('questions.purpose', { name: capitalise(name), purpose: voice.say(`stretch.${step.stretch}.purpose` as PhraseKey) }));
      break;
    }
    case 'howManyLeft': {
      const left = secondsAfter(state, planned.firstStep, voice);
      const time = voice.say('questions.aboutMinutes', { count: Math.max(1, Math.round(left.seconds / 60)) });
      const params = { count: left.stretches, time };
      lines.push(
        left.stretches === 0
          ? voice.say('questions.left_none')
          : voice.say(place.kind === 'after' ? 'questions.leftAfterDone' : 'questions.left', params),
      );
      break;
    }
  }
  return continueAfter(state, place, lines, deps);
}

function continueAfter(state: RoutineState, place: Place, lead: string[], deps: CoachDeps): Reply {
  if (place.kind === 'after') {
    const next = nameOfNext(state, deps.voice);
    lead.push(deps.voice.say('questions.afterAnswer'));
    return {
      segments: lead.map((l) => speech(l, 'talk')),
      reprompt: next ? deps.voice.say('routineFlow.reprompt', { name: next }) : deps.voice.say('routineFlow.repromptLast'),
      routine: state,
      effects: [],
      end: false,
    };
  }
  const entry: Entry =
    place.phase === 'hold' && place.remaining >= MIN_CONTINUE_SECONDS
      ? { kind: 'continueHold', remaining: Math.round(place.remaining) }
      : { kind: 'resume' };
  const step = place.phase === 'hold' && entry.kind === 'resume' ? place.step + 1 : place.step;
  if (step >= endOfStretch(state, place.step)) return continueAfter(state, { kind: 'after' }, lead, deps);
  const reply = playFrom(state, step, entry, deps, lead, { fullCues: false });
  // The position is unchanged by a question (same stretch), so no write.
  return { ...reply, routine: { ...reply.routine!, step: state.step }, effects: [] };
}

function endOfStretch(state: RoutineState, step: number): number {
  const plan = planOf(state);
  const s = plan.steps[step];
  if (!s) return step;
  const planned = plan.stretches[s.stretchIndex]!;
  return planned.firstStep + planned.stepCount;
}

function lastStepOfStretch(state: RoutineState): number {
  const plan = planOf(state);
  const step = plan.steps[state.step];
  if (!step) return state.step;
  const planned = plan.stretches[step.stretchIndex]!;
  return planned.firstStep + planned.stepCount - 1;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
