import { stretches } from '../scripts/stretches';
import type { Entry } from './compose';
import type { TurnContext } from './context';
import { locate, type Place } from './locate';
import { nameOfNext } from './names';
import { stretchOfStep, type Step } from './plan';
import type { Reply } from './reply';
import type { Routine } from './routine-state';
import { composeFrom, finishAfter, leftAfter, line } from './routine-turns';
import { stretchName } from './stretch-name';

export type Question = 'holdDuration' | 'whichSide' | 'whatDoesThisStretch' | 'howManyLeft';

/** Below this, a hold is as good as done: carry on with what follows rather than a 2-second hold. */
const MIN_CONTINUE_SECONDS = 3;

/**
 * Answers a question asked mid-routine and carries on from where the user was: the rest of the
 * hold when they were holding, the same step when they were getting into position. The cursor
 * stays where it is (same stretch), so a question costs no write.
 */
export function answerQuestion(ctx: TurnContext, routine: Routine, question: Question): Reply {
  const { plan, state } = routine;
  const place: Place = ctx.last ? locate(ctx.last.marks, (ctx.now - ctx.last.at) / 1000) : { kind: 'after' };
  const stepIndex = place.kind === 'in' ? place.step : lastStepOfStretch(routine, state.step);
  const step = plan.steps[stepIndex] ?? plan.steps[state.step];
  if (!step) return { segments: [], routine: state, effects: [], end: false };
  return carryOn(ctx, routine, place, answerLines(ctx, routine, step, place, question));
}

/**
 * Asked with the routine paused (the session closed, the place saved): answered about the saved
 * stretch, then the offer to pick it up. Nothing is played and the saved place stands: "yes"
 * resumes it, "no" is a fresh start, as when a launch offers it.
 */
export function answerWhilePaused(ctx: TurnContext, routine: Routine, question: Question): Reply {
  const step = routine.plan.steps[routine.state.step];
  const { voice } = ctx;
  const offer = voice.say('questions.pausedOffer');
  const lines = step ? answerLines(ctx, routine, step, { kind: 'paused' }, question) : [];
  return { segments: [...lines, offer].map(line), reprompt: offer, routine: undefined, effects: [], end: false, pending: { kind: 'resume' } };
}

/** Where the question finds the user: in a step, after the stretch, or paused at its saved step. */
type Where = Place | { readonly kind: 'paused' };

function answerLines(ctx: TurnContext, routine: Routine, step: Step, place: Where, question: Question): string[] {
  const { voice } = ctx;
  const lines: string[] = [];
  const planned = stretchOfStep(routine.plan, step);
  switch (question) {
    case 'holdDuration': {
      const key = stretches[step.stretch].sided
        ? step.reps > 1 ? 'questions.hold_sidedReps' : 'questions.hold_sided'
        : step.reps > 1 ? 'questions.hold_reps' : 'questions.hold_one';
      lines.push(voice.say(key, { hold: step.hold, reps: step.reps }));
      if (place.kind === 'in' && place.phase === 'hold') lines.push(voice.say('questions.remaining', { count: Math.round(place.remaining) }));
      else if (place.kind === 'in') lines.push(voice.say('questions.gettingReady'));
      else if (place.kind === 'after') lines.push(voice.say('questions.holdDone'));
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
      const name = stretchName(voice, step.stretch);
      lines.push(voice.say('questions.purpose', { name: capitalise(name), purpose: voice.say(`stretch.${step.stretch}.purpose`) }));
      break;
    }
    case 'howManyLeft': {
      const left = leftAfter(routine, planned.firstStep, voice);
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
  return lines;
}

/** Where the routine goes on after the answer: the rest of the hold, the step being set up, or a prompt for "next". */
function carryOn(ctx: TurnContext, routine: Routine, place: Place, lead: readonly string[]): Reply {
  const resume = place.kind === 'in' ? continuation(routine, place) : undefined;
  if (!resume) return afterTheStretch(ctx, routine, lead);
  const heard = composeFrom(ctx, routine, resume.step, resume.entry, lead, false);
  // Heard to its end, the last stretch ends the routine in this response, as "next" would.
  if (heard.finished) return finishAfter(ctx, routine, heard.segments, []);
  return { segments: heard.segments, reprompt: heard.reprompt, routine: routine.state, effects: [], end: false };
}

/** The step and entry to go on from, or undefined when what is left of the stretch is as good as done. */
function continuation(routine: Routine, place: Extract<Place, { kind: 'in' }>): { step: number; entry: Entry } | undefined {
  const holding = place.phase === 'hold';
  const entry: Entry = holding && place.remaining >= MIN_CONTINUE_SECONDS ? { kind: 'continueHold', remaining: Math.round(place.remaining) } : { kind: 'resume' };
  const step = holding && entry.kind === 'resume' ? place.step + 1 : place.step;
  const stretch = routine.plan.steps[place.step];
  const planned = stretch ? routine.plan.stretches[stretch.stretchIndex] : undefined;
  if (!planned || step >= planned.firstStep + planned.stepCount) return undefined;
  return { step, entry };
}

function afterTheStretch(ctx: TurnContext, routine: Routine, lead: readonly string[]): Reply {
  const { voice } = ctx;
  const next = nameOfNext(routine, voice);
  return {
    segments: [...lead, voice.say('questions.afterAnswer')].map(line),
    reprompt: next ? voice.say('routineFlow.reprompt', { name: next }) : voice.say('routineFlow.repromptLast'),
    routine: routine.state,
    effects: [],
    end: false,
  };
}

/** The last step of the stretch that contains `step` (`step` itself when it is outside the plan). */
function lastStepOfStretch(routine: Routine, step: number): number {
  const s = routine.plan.steps[step];
  if (!s) return step;
  const planned = stretchOfStep(routine.plan, s);
  return planned.firstStep + planned.stepCount - 1;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
