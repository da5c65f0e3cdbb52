import type { Mark, Phase } from '../speech/timeline';
import type { LastResponse } from './dialogue-state';

/** Where in the last response the user was when they spoke. */
export type Place =
  | { readonly kind: 'in'; readonly step: number; readonly phase: Phase; readonly remaining: number }
  | { readonly kind: 'after' };

/**
 * Finds the step and phase `elapsed` seconds into a response, from its marks; `remaining` is
 * what is left of that phase (for a hold: the seconds still to hold).
 */
export function locate(marks: readonly Mark[], elapsed: number): Place {
  for (const mark of marks) {
    if (elapsed < mark.end) {
      return { kind: 'in', step: mark.step, phase: elapsed < mark.start ? 'talk' : mark.phase, remaining: Math.max(0, mark.end - Math.max(elapsed, mark.start)) };
    }
  }
  return { kind: 'after' };
}

/** Whether the user spoke while a stretch of the last response was still playing (not after its last mark). */
export function spokeDuringStretch(last: LastResponse | undefined, now: number): boolean {
  return last !== undefined && locate(last.marks, (now - last.at) / 1000).kind === 'in';
}
