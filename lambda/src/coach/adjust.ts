import type { Condition } from '../scripts/stretches';
import { gentlerOf } from '../scripts/stretches';
import { nameOf } from './compose';
import { doseFor } from './dose';
import { routines } from '../scripts/routines';
import type { Reply } from './reply';
import { planOf, type RoutineState } from './routine-state';
import { playFrom, type CoachDeps } from './routine-turns';
import { speech } from './timeline';

/** The routine item (index in the routine's list) of the stretch in progress. */
function currentItem(state: RoutineState): number {
  const plan = planOf(state);
  const step = plan.steps[state.step];
  return step ? plan.stretches[step.stretchIndex]!.item : 0;
}

/** After a change to the plan's shape, plays the stretch now standing for `item` (or the one after it). */
export function replayItem(state: RoutineState, item: number, deps: CoachDeps, lead: readonly string[]): Reply {
  const plan = planOf(state);
  const target = plan.stretches.find((s) => s.item >= item);
  const step = target ? target.firstStep : plan.steps.length;
  return playFrom({ ...state, step }, step, { kind: 'start' }, deps, lead);
}

/** "Make it easier": the gentler variant for this stretch, else a shorter hold, for the rest of the session. */
export function easier(state: RoutineState, deps: CoachDeps): Reply {
  const { voice } = deps;
  const item = currentItem(state);
  const plan = planOf(state);
  const current = plan.steps[state.step];
  const gentler = current ? gentlerOf(current.stretch) : undefined;
  if (gentler && !state.gentler.includes(item)) {
    const next = { ...state, gentler: [...state.gentler, item] };
    return replayItem(next, item, deps, [voice.say('safety.easier_variant', { name: nameOf(voice, gentler) })]);
  }
  return shiftHold(state, item, -1, deps);
}

/** "Make it harder": a longer hold within the stretch's range, for the rest of the session. */
export function harder(state: RoutineState, deps: CoachDeps): Reply {
  return shiftHold(state, currentItem(state), +1, deps);
}

function shiftHold(state: RoutineState, item: number, delta: number, deps: CoachDeps): Reply {
  const { voice } = deps;
  const routineItem = routines[state.routine].items[item]!;
  const plan = planOf(state);
  const planned = plan.stretches.find((s) => s.item === item);
  const shift = (state.shifts[item] ?? 0) + delta;
  const gentle = state.conditions.includes('hipInjury') || state.conditions.includes('backInjury');
  const dose = doseFor({ ...routineItem, stretch: planned?.stretch ?? routineItem.stretch }, state.week, shift, gentle);
  if (!planned || dose.hold === planned.hold) {
    const line = voice.say(delta < 0 ? 'safety.easier_limit' : 'safety.harder_limit');
    return { segments: [speech(line, 'talk')], reprompt: voice.say('help.reprompt'), routine: state, effects: [], end: false };
  }
  const next = { ...state, shifts: { ...state.shifts, [item]: shift } };
  const line = voice.say(delta < 0 ? 'safety.easier_shorter' : 'safety.harder', { hold: dose.hold });
  return replayItem(next, item, deps, [line]);
}

/** "I have groin pain": today's plan without what that rules out, from the stretch in progress on. */
export function withCondition(state: RoutineState, condition: Condition, deps: CoachDeps, lead: readonly string[]): Reply {
  const item = currentItem(state);
  const conditions = state.conditions.includes(condition) ? state.conditions : [...state.conditions, condition];
  return replayItem({ ...state, conditions }, item, deps, lead);
}
