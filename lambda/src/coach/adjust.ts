import type { Condition } from '../scripts/stretches';
import type { TurnContext } from './context';
import { doseFor } from './dose';
import { asVariant, routineSpecOf, stretchOfStep } from './plan';
import type { Reply } from './reply';
import { gentlerVariant, routineOf, withState, type Routine, type RoutineState } from './routine-state';
import { line, playFrom } from './routine-turns';
import { stretchName } from './stretch-name';

/** The routine item (index in the routine's list) of the stretch in progress. */
function currentItem(routine: Routine): number {
  const step = routine.plan.steps[routine.state.step];
  return step ? stretchOfStep(routine.plan, step).item : 0;
}

/** After a change to the plan's shape, plays the stretch now standing for `item` (or the one after it). */
function replayItem(ctx: TurnContext, state: RoutineState, item: number, lead: readonly string[]): Reply {
  const changed = routineOf(state);
  const target = changed.plan.stretches.find((s) => s.item >= item);
  const step = target ? target.firstStep : changed.plan.steps.length;
  return playFrom(ctx, withState(changed, { step }), step, { kind: 'start' }, lead);
}

/** "Make it easier": the gentler variant for this stretch, else a shorter hold, for the rest of the session. */
export function easier(ctx: TurnContext, routine: Routine): Reply {
  const gentler = gentlerVariant(routine);
  if (gentler) {
    const next = { ...routine.state, gentler: [...routine.state.gentler, gentler.item] };
    return replayItem(ctx, next, gentler.item, [ctx.voice.say('safety.easier_variant', { name: stretchName(ctx.voice, gentler.stretch) })]);
  }
  return shiftHold(ctx, routine, currentItem(routine), -1);
}

/** "Make it harder": a longer hold within the stretch's range, for the rest of the session. */
export function harder(ctx: TurnContext, routine: Routine): Reply {
  return shiftHold(ctx, routine, currentItem(routine), 1);
}

function shiftHold(ctx: TurnContext, routine: Routine, item: number, delta: number): Reply {
  const { voice } = ctx;
  const { state } = routine;
  const routineItem = routineSpecOf(state.routine, state.custom).items[item];
  const planned = routine.plan.stretches.find((s) => s.item === item);
  const shift = (state.shifts[item] ?? 0) + delta;
  const gentle = state.conditions.includes('hipInjury') || state.conditions.includes('backInjury');
  const dose = routineItem && doseFor(asVariant(routineItem, planned?.stretch ?? routineItem.stretch), state.week, shift, gentle);
  if (!planned || !dose || dose.hold === planned.hold) {
    const limit = voice.say(delta < 0 ? 'safety.easier_limit' : 'safety.harder_limit');
    return { segments: [line(limit)], reprompt: voice.say('help.reprompt'), routine: state, effects: [], end: false };
  }
  const next = { ...state, shifts: { ...state.shifts, [item]: shift } };
  return replayItem(ctx, next, item, [voice.say(delta < 0 ? 'safety.easier_shorter' : 'safety.harder', { hold: dose.hold })]);
}

/** "I have groin pain": today's plan without what that rules out, from the stretch in progress on. */
export function withCondition(ctx: TurnContext, routine: Routine, condition: Condition, lead: readonly string[]): Reply {
  const { state } = routine;
  const conditions = state.conditions.includes(condition) ? state.conditions : [...state.conditions, condition];
  return replayItem(ctx, { ...state, conditions }, currentItem(routine), lead);
}
