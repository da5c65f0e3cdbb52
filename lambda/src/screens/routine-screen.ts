import type { TurnContext } from '../coach/context';
import type { Plan, Step } from '../coach/plan';
import type { Reply } from '../coach/reply';
import { routineOf, type RoutineState } from '../coach/routine-state';
import { stretchName } from '../coach/stretch-name';
import { stretches } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import type { Phase, Segment } from '../speech/timeline';
import { finishWords } from './finish-screen';
import { overviewWords } from './overview-screen';
import { UNTIL_NEXT, type Frame, type Screen, type StretchWords } from './screen-data';
import { buttonWords, heading } from './words';

/** Phases the screen counts down: getting into position, the hold, the rest and the switch. */
const COUNTED: ReadonlySet<Phase> = new Set<Phase>(['ready', 'hold', 'rest', 'switch']);

const ms = (seconds: number): number => Math.round(seconds * 1000);

/** The plan the reply's routine runs on: the request's own when its shape is unchanged (no second build). */
function planOf(ctx: TurnContext, state: RoutineState | undefined): Plan | undefined {
  const known = ctx.routine;
  if (!state) return known?.plan;
  const same =
    known &&
    known.state.routine === state.routine &&
    known.state.week === state.week &&
    JSON.stringify([known.state.conditions, known.state.shifts, known.state.gentler]) ===
      JSON.stringify([state.conditions, state.shifts, state.gentler]);
  return same ? known.plan : routineOf(state).plan;
}

function sideWords(voice: Voice, step: Step): string {
  const parts: string[] = [];
  if (step.side) parts.push(voice.say(`display.stretch.side_${step.side}`));
  if (step.reps > 1) parts.push(voice.say('display.stretch.round', { rep: step.rep, reps: step.reps }));
  return parts.join(' · ');
}

function phaseWords(voice: Voice, phase: Phase, step: Step): string {
  if (phase === 'talk') return voice.say('display.phase.setup');
  if (phase === 'hold' && stretches[step.stretch].pacing === 'flow') return voice.say('display.phase.flow');
  return voice.say(`display.phase.${phase}`);
}

function stretchWords(voice: Voice, plan: Plan, step: Step): StretchWords {
  const next = plan.stretches[step.stretchIndex + 1];
  return {
    index: voice.say('display.stretch.index', { index: step.stretchIndex + 1, count: plan.stretches.length }),
    name: heading(voice, stretchName(voice, step.stretch)),
    cue: voice.say(`stretch.${step.stretch}.short`),
    next: next ? voice.say('display.stretch.next', { name: stretchName(voice, next.stretch) }) : voice.say('display.stretch.last'),
  };
}

type Still = 'release' | 'paused' | 'stopped' | 'waiting';

/** A stretch frame with no countdown: the setup talk, or the stretch standing still between responses. */
function stillFrame(voice: Voice, step: Step, label: Phase | Still, from: number, to: number): Frame {
  const phase = label === 'talk' ? voice.say('display.phase.setup') : label === 'release' || label === 'paused' || label === 'stopped' || label === 'waiting' ? voice.say(`display.phase.${label}`) : phaseWords(voice, label, step);
  return { layout: 'stretch', from, to, phase, side: sideWords(voice, step) };
}

/**
 * A counted frame: the countdown runs from `countFrom` to `to` (a hold, a rest, a switch, getting
 * into position); from `from` to `countFrom` the cue before it is spoken, with the count still full.
 */
function countedFrame(voice: Voice, step: Step, phase: Phase, from: number, countFrom: number, to: number): Frame {
  return { ...stillFrame(voice, step, phase, from, to), countTo: to, count: Math.round((to - countFrom) / 1000) };
}

interface Span {
  readonly from: number;
  readonly to: number;
  readonly step?: number;
  readonly phase: Phase;
}

/** The timeline as spans in ms, segments of one step and phase run together (a hold is many pauses and cues). */
function spans(segments: readonly Segment[]): Span[] {
  const out: Span[] = [];
  let t = 0;
  for (const s of segments) {
    const span = { from: ms(t), to: ms(t + s.seconds), step: s.step, phase: s.phase };
    t += s.seconds;
    const last = out[out.length - 1];
    if (last && last.step === span.step && last.phase === span.phase) out[out.length - 1] = { ...last, to: span.to };
    else out.push(span);
  }
  return out;
}

/** The stretch frames of the stepped spans: a cue said just before a count joins the counted frame. */
function stretchFrames(voice: Voice, plan: Plan, stepped: readonly Span[]): Frame[] {
  const frames: Frame[] = [];
  let cueFrom: number | undefined;
  stepped.forEach((span, i) => {
    const step = span.step === undefined ? undefined : plan.steps[span.step];
    if (!step) return;
    const next = stepped[i + 1];
    const from = frames.length === 0 ? 0 : span.from;
    if (span.phase === 'talk' && i > 0 && next && next.step === span.step && COUNTED.has(next.phase)) {
      cueFrom = from;
      return;
    }
    if (COUNTED.has(span.phase)) frames.push(countedFrame(voice, step, span.phase, cueFrom ?? from, span.from, span.to));
    else frames.push(stillFrame(voice, step, span.phase, from, span.to));
    cueFrom = undefined;
  });
  return frames;
}

/**
 * The screens of one routine response, in step with its speech: the overview while a new routine
 * is announced, the stretch with a countdown for every hold, rest and switch (from the timeline
 * that times the SSML), the next stretch when it ends, and the finish when the routine does.
 * A routine reply with no stretch in it (a pause, a pain stop, an answer) shows the stretch still:
 * a new document replaces the counting one, so the countdown stops with the speech.
 */
export function routineScreen(ctx: TurnContext, reply: Reply, segments: readonly Segment[]): Screen | undefined {
  const { voice } = ctx;
  const finished = reply.effects.some((e) => e.kind === 'completed');
  const plan = planOf(ctx, reply.routine);
  const timed = spans(segments);
  const stepped = timed.filter((s) => s.step !== undefined);
  const first = stepped[0];
  const last = stepped[stepped.length - 1];
  const buttons = buttonWords(voice);

  if (!plan || !first || !last) {
    const at = plan?.steps[reply.routine?.step ?? -1];
    if (finished) return { frames: [{ layout: 'finish', from: 0, to: UNTIL_NEXT }], buttons, finish: finishWords(ctx, reply) };
    if (!plan || !at || !reply.routine) return undefined;
    const still = reply.stopsPlayback ? (reply.end ? 'paused' : 'stopped') : 'waiting';
    return { frames: [stillFrame(voice, at, still, 0, UNTIL_NEXT)], buttons, stretch: stretchWords(voice, plan, at) };
  }

  const firstStep = first.step === undefined ? undefined : plan.steps[first.step];
  const lastStep = (last.step === undefined ? undefined : plan.steps[last.step]) ?? firstStep;
  if (!firstStep || !lastStep) return undefined;
  const isNew = reply.routine !== undefined && ctx.routine?.state.startedAt !== reply.routine.startedAt;
  const overview = isNew && first.from > 0 ? overviewWords(ctx, plan, first.from / 1000) : undefined;
  const frames: Frame[] = overview ? [{ layout: 'overview', from: 0, to: first.from }] : [];
  const stretchPart = stretchFrames(voice, plan, stepped);
  if (overview && stretchPart[0]) stretchPart[0] = { ...stretchPart[0], from: first.from };
  frames.push(...stretchPart);
  if (finished) frames.push({ layout: 'finish', from: last.to, to: UNTIL_NEXT });
  else frames.push(stillFrame(voice, lastStep, 'release', last.to, UNTIL_NEXT));
  return {
    frames,
    buttons,
    stretch: stretchWords(voice, plan, firstStep),
    ...(overview ? { overview } : {}),
    ...(finished ? { finish: finishWords(ctx, reply) } : {}),
  };
}
