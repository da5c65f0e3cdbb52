import type { Voice } from '../speech/phrase-key';
import { nameOf } from './compose';
import { planOf, type RoutineState } from './routine-state';

/** The spoken name of the stretch after the current one, if any. */
export function nameOfNext(state: RoutineState, voice: Voice): string | undefined {
  const plan = planOf(state);
  const step = plan.steps[state.step];
  const next = step ? plan.stretches[step.stretchIndex + 1] : undefined;
  return next ? nameOf(voice, next.stretch) : undefined;
}

/** The spoken name of the current stretch. */
export function nameOfCurrent(state: RoutineState, voice: Voice): string | undefined {
  const step = planOf(state).steps[state.step];
  return step ? nameOf(voice, step.stretch) : undefined;
}
