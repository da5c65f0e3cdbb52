import type { TurnContext } from './context';
import { locate } from './locate';
import type { Reply } from './reply';
import { offerRoutines, screenQuestion, spokenLines } from './replies';
import type { Routine } from './routine-state';
import { playFrom } from './routine-turns';

/**
 * Words the coach cannot place. Mid-routine they may be someone in pain, so the answer is never
 * "go on": come gently out of the stretch, breathe, then one question — "yes" picks up at the
 * side or round they were on, "stop" ends safely, "this hurts" goes to the pain path.
 * Outside a routine: what they can say, the open question asked again when there is one.
 */
export function checkIn(ctx: TurnContext): Reply {
  const { voice, routine, pending } = ctx;
  if (routine && !ctx.halted) {
    const ask = voice.say('checkIn.ask');
    const step = pending?.kind === 'checkIn' ? pending.step : placeOf(ctx, routine);
    return { ...spokenLines(ctx, [voice.say('checkIn.easeOut'), ask], ask), pending: { kind: 'checkIn', step } };
  }
  if (pending?.kind === 'screen') {
    return spokenLines(ctx, [voice.say('fallback.notCaught'), screenQuestion(voice, pending.question)], voice.say('screen.reprompt'));
  }
  if (pending?.kind === 'resume') {
    return spokenLines(ctx, [voice.say('fallback.notCaught'), voice.say('fallback.resumeAgain')], voice.say('fallback.resumeAgain'));
  }
  if (ctx.halted) return spokenLines(ctx, [voice.say('fallback.notCaught'), voice.say('launch.pausedOptions')], voice.say('launch.pausedOptions'));
  return offerRoutines(ctx, [voice.say('fallback.outside')]);
}

/**
 * "That feels good", "it's tight": the stretch as it should feel, so nothing is wrong. Mid-routine
 * the hold picks up where the user was, with a word that mild stretch is right and pain is not;
 * outside a routine, what they can say, as for any words it cannot place.
 */
export function feelsFine(ctx: TurnContext): Reply {
  const { voice, routine } = ctx;
  const said = voice.say('feeling.fine');
  if (routine && !ctx.halted) {
    const step = ctx.pending?.kind === 'checkIn' ? ctx.pending.step : placeOf(ctx, routine);
    return { ...playFrom(ctx, routine, step, { kind: 'resume' }, [said]), pending: null };
  }
  // Outside a routine there is no stretch to feel: the words were not for the coach, so ask.
  return checkIn(ctx);
}

/**
 * "Yes", "carry on", "resume" after a check-in: the routine from the step the user was on when
 * they spoke (not the next stretch: "carry on" here means back to where they were).
 */
export function pickUp(ctx: TurnContext, routine: Routine, step: number): Reply {
  return { ...playFrom(ctx, routine, step, { kind: 'resume' }, [ctx.voice.say('checkIn.resuming')]), pending: null };
}

/**
 * The step the user was on when they spoke, from the last response's timeline: the step being
 * held or set up, the next stretch when they had heard this one to its end.
 */
function placeOf(ctx: TurnContext, routine: Routine): number {
  const { plan, state } = routine;
  const place = ctx.last ? locate(ctx.last.marks, (ctx.now - ctx.last.at) / 1000) : undefined;
  if (place?.kind === 'in') return place.step;
  const current = plan.steps[state.step];
  if (place?.kind === 'after' && current) return plan.stretches[current.stretchIndex + 1]?.firstStep ?? state.step;
  return state.step;
}
