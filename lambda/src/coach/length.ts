import type { Voice } from '../speech/phrase-key';
import { stretches, type Position, type StretchId } from '../scripts/stretches';
import { composeStretch, type Composed } from './compose';
import type { Plan } from './plan';
import { totalSeconds } from '../speech/timeline';

/** Which stretches get their full setup cues: a first-timer hears every one in full. */
export type FullCuesFor = (stretch: StretchId) => boolean;

const firstTimer: FullCuesFor = () => true;

/** Every response of a routine from `fromStretch` on, with full setup cues where `fullCuesFor` says. */
export function composeAll(plan: Plan, voice: Voice, fromStretch = 0, fullCuesFor: FullCuesFor = firstTimer): Composed[] {
  const out: Composed[] = [];
  const before = plan.stretches[fromStretch - 1];
  let previous: Position | undefined = before ? stretches[before.stretch].position : undefined;
  for (const planned of plan.stretches.slice(fromStretch)) {
    out.push(composeStretch(plan, planned.firstStep, { voice, fullCues: fullCuesFor(planned.stretch), previousPosition: previous, entry: { kind: 'start' } }));
    previous = stretches[planned.stretch].position;
  }
  return out;
}

/** Lengths already worked out, by locale and plan: composing a whole routine costs ~10 ms. */
const lengths = new Map<string, number>();
const MAX_CACHED_LENGTHS = 500;

/** Spoken length of the routine from `fromStretch` on: breaks plus cue speech at 150 wpm. */
export function routineSeconds(plan: Plan, voice: Voice, fromStretch = 0, fullCuesFor: FullCuesFor = firstTimer): number {
  return composeAll(plan, voice, fromStretch, fullCuesFor).reduce((sum, c) => sum + totalSeconds(c.segments), 0);
}

/**
 * The same, for what the coach says ("about 16 minutes", "after this, 7 more"): worked out once
 * per container for each plan, with the phrasings first picked standing for all later ones.
 * A returning user hears short cues, so what is announced to them is composed with short cues too.
 */
export function estimatedRoutineSeconds(plan: Plan, voice: Voice, fromStretch = 0, fullCuesFor: FullCuesFor = firstTimer): number {
  const full = plan.stretches.map((s) => fullCuesFor(s.stretch));
  const key = JSON.stringify([voice.locale, plan.routine, fromStretch, plan.stretches, full]);
  let seconds = lengths.get(key);
  if (seconds === undefined) {
    seconds = routineSeconds(plan, voice, fromStretch, fullCuesFor);
    if (lengths.size >= MAX_CACHED_LENGTHS) lengths.clear();
    lengths.set(key, seconds);
  }
  return seconds;
}
