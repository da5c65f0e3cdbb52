import { locate } from '../../src/coach/locate';
import type { Mark } from '../../src/speech/timeline';

/**
 * Where the user was in a response when they spoke (issue 21): a timeline written down by hand —
 * the setup talk (0–4 s), getting ready (4–10), the right side's hold (10–25), three seconds of
 * unmarked talk, the switch window (28–33) and the left side's hold (33–48).
 */
const marks: readonly Mark[] = [
  { step: 0, phase: 'talk', start: 0, end: 4 },
  { step: 0, phase: 'ready', start: 4, end: 10 },
  { step: 0, phase: 'hold', start: 10, end: 25 },
  { step: 1, phase: 'switch', start: 28, end: 33 },
  { step: 1, phase: 'hold', start: 33, end: 48 },
];

describe('locate', () => {
  it('finds the phase being played and what is left of it', () => {
    expect(locate(marks, 0)).toEqual({ kind: 'in', step: 0, phase: 'talk', remaining: 4 });
    expect(locate(marks, 5)).toEqual({ kind: 'in', step: 0, phase: 'ready', remaining: 5 });
    expect(locate(marks, 12)).toEqual({ kind: 'in', step: 0, phase: 'hold', remaining: 13 });
    expect(locate(marks, 47.5)).toEqual({ kind: 'in', step: 1, phase: 'hold', remaining: 0.5 });
  });

  it('counts a phase from its first second: at 10 s the hold has begun, all 15 s of it left', () => {
    expect(locate(marks, 10)).toEqual({ kind: 'in', step: 0, phase: 'hold', remaining: 15 });
  });

  it('counts the end of a hold as over: at 25 s the user is in the talk before the switch', () => {
    expect(locate(marks, 25)).toEqual({ kind: 'in', step: 1, phase: 'talk', remaining: 5 });
  });

  it('places words said between marks in the talk before the next one, with all of that phase still to come', () => {
    expect(locate(marks, 26.5)).toEqual({ kind: 'in', step: 1, phase: 'talk', remaining: 5 });
  });

  it('is after the response once its last mark has ended, or when it has none', () => {
    expect(locate(marks, 48)).toEqual({ kind: 'after' });
    expect(locate(marks, 600)).toEqual({ kind: 'after' });
    expect(locate([], 0)).toEqual({ kind: 'after' });
  });
});
