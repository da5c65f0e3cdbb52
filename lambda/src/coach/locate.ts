import type { Mark, Phase } from '../speech/timeline';

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
