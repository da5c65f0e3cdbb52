import { stretches, type Condition, type Position, type StretchId, type StretchSpec } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import { pause, speech, type Segment } from '../speech/timeline';
import { holdSegments } from './hold';
import { stretchOfStep, type Plan, type Side, type Step } from './plan';
import { stretchName as nameOf } from './stretch-name';

/** Seconds to get into position: longer when moving to or from the floor. */
export function readySeconds(previous: Position | undefined, current: Position): number {
  if (previous === undefined) return current === 'floor' ? 10 : 6;
  if (previous !== current && (previous === 'floor' || current === 'floor')) return 10;
  return 5;
}

/** The getting-ready cue says which way the user is moving: down to the floor, up from it, onto a chair. */
export function readyCueKey(previous: Position | undefined, current: Position): 'cue.readyDown' | 'cue.readyUp' | 'cue.readySeat' | 'cue.ready' {
  if (previous === current) return 'cue.ready';
  if (current === 'floor') return 'cue.readyDown';
  if (previous === 'floor') return 'cue.readyUp';
  if (current === 'seated') return 'cue.readySeat';
  return 'cue.ready';
}

/** Window between sides: rolling over on the floor takes longer than shifting your stance. */
export function switchSeconds(position: Position): number {
  return position === 'floor' ? 8 : 5;
}

/** Rest between repetitions on the same side. */
export const REST_SECONDS = 5;

/** How a response enters the stretch. */
export type Entry =
  | { readonly kind: 'start' }
  | { readonly kind: 'resume' }
  /** After a question mid-hold: only the seconds that remain, no setup again. */
  | { readonly kind: 'continueHold'; readonly remaining: number };

export interface ComposeOptions {
  readonly voice: Voice;
  /** Full setup cues (the first times a user meets a stretch, or "tell me more"); else the short cue. */
  readonly fullCues: boolean;
  readonly previousPosition?: Position;
  readonly entry: Entry;
  /** Conditions mentioned today: a twist with a back injury is cued to stay well inside comfort. */
  readonly conditions?: readonly Condition[];
}

export interface Composed {
  readonly segments: Segment[];
  /** The step after the last one this response covers. */
  readonly endStep: number;
  /** True when the response ends the routine's last stretch. */
  readonly finished: boolean;
}

/** The stretches done with the breath rather than held still: each has flow cues in the resources. */
type FlowStretchId = { [K in StretchId]: (typeof stretches)[K]['pacing'] extends 'flow' ? K : never }[StretchId];

function isFlow(id: StretchId): id is FlowStretchId {
  return stretches[id].pacing === 'flow';
}

function flowCues(voice: Voice, id: StretchId): readonly string[] | undefined {
  return isFlow(id) ? voice.list(`stretch.${id}.flow`) : undefined;
}

function holdCue(voice: Voice, id: StretchId): string {
  return voice.say(stretches[id].pacing === 'flow' ? 'cue.moveWithBreath' : 'cue.hold');
}

/** The setup for a side: "your right knee down, left foot forward" (words without sides ignore them). */
function setupCues(voice: Voice, id: StretchId, full: boolean, side: Side | undefined): string {
  const sides = side ? { side: voice.say(`side.${side}`), other: voice.say(`side.${side === 'right' ? 'left' : 'right'}`) } : undefined;
  return full ? voice.list(`stretch.${id}.setup`, sides).join(' ') : voice.say(`stretch.${id}.short`, sides);
}

/** Out of a hold: a forward bend from standing comes up slowly, pushing through the hands. */
function releaseCue(voice: Voice, id: StretchId): string {
  const spec: StretchSpec = stretches[id];
  return spec.foldsForward ? voice.say('cue.comeUp') : voice.say('cue.release');
}

/**
 * One response's worth of routine: from `fromStep` to the end of that stretch — setup, time
 * to get into position, every hold of every side and repetition — ending with what comes next.
 */
export function composeStretch(plan: Plan, fromStep: number, options: ComposeOptions): Composed {
  const { voice, entry } = options;
  const first = plan.steps[fromStep];
  if (!first) throw new RangeError(`step ${fromStep} is outside the plan`);
  const planned = stretchOfStep(plan, first);
  const spec: StretchSpec = stretches[first.stretch];
  const name = nameOf(voice, first.stretch);
  const endStep = planned.firstStep + planned.stepCount;
  const segments: Segment[] = [];
  const spoken = (text: string, step: number): void => {
    segments.push(speech(text, 'talk', step, voice.locale));
  };
  const hold = (step: Step, index: number, seconds: number): void => {
    segments.push(...holdSegments(seconds, voice, { step: index, flowCues: flowCues(voice, step.stretch) }));
  };

  if (entry.kind === 'continueHold') {
    spoken(voice.say('cue.carryOn'), fromStep);
    hold(first, fromStep, entry.remaining);
  } else {
    const isLast = first.stretchIndex === plan.stretches.length - 1;
    const opening =
      entry.kind === 'resume' && fromStep !== planned.firstStep
        ? first.side
          ? voice.say('cue.backTo', { name, side: voice.say(`side.${first.side}`) })
          : voice.say('cue.backToBoth', { name })
        : isLast && plan.stretches.length > 1
          ? voice.say('cue.introOnly', { name })
          : voice.say('cue.intro', { index: first.stretchIndex + 1, count: plan.stretches.length, name });
    // A move (down to the floor, up, onto a chair) is said before the setup, as a therapist would;
    // staying put needs no cue. The setup names the side ("your right knee down").
    const move = readyCueKey(options.previousPosition, spec.position);
    const lines = [opening, ...(move === 'cue.ready' ? [] : [voice.say(move)]), setupCues(voice, first.stretch, options.fullCues, first.side)];
    const twistsBack = spec.twists === true && (options.conditions ?? []).includes('backInjury');
    if (twistsBack) lines.push(voice.say('adapt.backTwist'));
    spoken(lines.join(' '), fromStep);
    segments.push(pause(readySeconds(options.previousPosition, spec.position), 'ready', fromStep));
    spoken(holdCue(voice, first.stretch), fromStep);
    hold(first, fromStep, first.hold);
  }

  for (let index = fromStep + 1; index < endStep; index++) {
    const step = plan.steps[index];
    const before = plan.steps[index - 1];
    if (!step || !before) break;
    if (step.side !== before.side) {
      const side = voice.say(`side.${step.side ?? 'right'}`);
      spoken(`${releaseCue(voice, step.stretch)} ${voice.say('cue.switchSides', { side })} ${setupCues(voice, step.stretch, false, step.side)}`, index);
      segments.push(pause(switchSeconds(spec.position), 'switch', index));
    } else {
      spoken(releaseCue(voice, step.stretch), index);
      segments.push(pause(REST_SECONDS, 'rest', index));
      spoken(voice.say('cue.again', { rep: step.rep, reps: step.reps }), index);
    }
    spoken(holdCue(voice, step.stretch), index);
    hold(step, index, step.hold);
  }

  const next = plan.stretches[first.stretchIndex + 1];
  // Praise is said once, by the routine's closing line: between stretches only what comes next.
  const closing = [releaseCue(voice, first.stretch)];
  if (next) closing.push(voice.say('cue.nextUp', { name: nameOf(voice, next.stretch) }), voice.say('cue.sayNext'));
  segments.push(speech(closing.join(' '), 'talk', undefined, voice.locale));
  return { segments, endStep, finished: !next };
}
