import type { Voice } from '../speech/phrase-key';
import type { Routine } from './routine-state';
import { stretchName } from './stretch-name';

/** The spoken name of the stretch after the current one, if any. */
export function nameOfNext(routine: Routine, voice: Voice): string | undefined {
  const step = routine.plan.steps[routine.state.step];
  const next = step ? routine.plan.stretches[step.stretchIndex + 1] : undefined;
  return next ? stretchName(voice, next.stretch) : undefined;
}

/** The spoken name of the current stretch. */
export function nameOfCurrent(routine: Routine, voice: Voice): string | undefined {
  const step = routine.plan.steps[routine.state.step];
  return step ? stretchName(voice, step.stretch) : undefined;
}
