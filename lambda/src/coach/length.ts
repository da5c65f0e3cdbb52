import type { Voice } from '../speech/phrase-key';
import { stretches, type Position } from '../scripts/stretches';
import { composeStretch, type Composed } from './compose';
import type { Plan } from './plan';
import { totalSeconds } from './timeline';

/** Every response of a routine from `fromStretch` on, as a first-timer hears them (full setup cues). */
export function composeAll(plan: Plan, voice: Voice, fromStretch = 0): Composed[] {
  const out: Composed[] = [];
  let previous: Position | undefined =
    fromStretch > 0 ? stretches[plan.stretches[fromStretch - 1]!.stretch].position : undefined;
  for (const planned of plan.stretches.slice(fromStretch)) {
    out.push(composeStretch(plan, planned.firstStep, { voice, fullCues: true, previousPosition: previous, entry: { kind: 'start' } }));
    previous = stretches[planned.stretch].position;
  }
  return out;
}

/** Spoken length of the routine from `fromStretch` on: breaks plus cue speech at 150 wpm. */
export function routineSeconds(plan: Plan, voice: Voice, fromStretch = 0): number {
  return composeAll(plan, voice, fromStretch).reduce((sum, c) => sum + totalSeconds(c.segments), 0);
}
