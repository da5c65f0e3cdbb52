import type { StretchId } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import { buildPlan, type Plan } from './plan';
import { stretchName } from './stretch-name';

/** What today's conditions changed in a routine: stretches swapped for a variant, and those left out. */
export interface Adaptations {
  readonly swapped: ReadonlyArray<readonly [from: StretchId, to: StretchId]>;
  readonly removed: readonly StretchId[];
}

/** The adapted plan against the same routine and week without conditions, item by item. */
export function adaptationsOf(adapted: Plan, week: number): Adaptations {
  const plain = buildPlan(adapted.routine, { week });
  const swapped: Array<readonly [StretchId, StretchId]> = [];
  const removed: StretchId[] = [];
  for (const planned of plain.stretches) {
    const now = adapted.stretches.find((s) => s.item === planned.item);
    if (now) {
      if (now.stretch !== planned.stretch) swapped.push([planned.stretch, now.stretch]);
    } else if (!adapted.stretches.some((s) => s.stretch === planned.stretch)) {
      // A stretch swapped in for an earlier item is done there, not left out (child's pose → knees to chest).
      removed.push(planned.stretch);
    }
  }
  return { swapped, removed };
}

/** "In place of the frog stretch: the butterfly stretch. Left out today: the towel roll hip opener." */
export function adaptationLines(voice: Voice, changes: Adaptations): string[] {
  const list = (ids: readonly StretchId[]): string =>
    new Intl.ListFormat(voice.locale, { type: 'conjunction' }).format(ids.map((id) => stretchName(voice, id)));
  const lines = changes.swapped.map(([from, to]) => voice.say('adapt.swapped', { from: stretchName(voice, from), to: stretchName(voice, to) }));
  if (changes.removed.length > 0) lines.push(voice.say('adapt.removed', { names: list(changes.removed) }));
  return lines;
}
