import type { TurnContext } from '../coach/context';
import { estimatedRoutineSeconds } from '../coach/length';
import type { Plan } from '../coach/plan';
import { fullCuesFor, minutes } from '../coach/routine-turns';
import { stretchName } from '../coach/stretch-name';
import { stretches, type Position } from '../scripts/stretches';
import type { OverviewWords } from './screen-data';
import { heading, textLines } from './words';

/** Kit in a fixed order: the mat first (most routines start on the floor), then the chair. */
const KIT_ORDER: readonly Position[] = ['floor', 'seated', 'standing'];

/**
 * The routine overview: its name, stretches and minutes, and the kit its positions need.
 * The minutes are the ones the overview line says: the routine as this user hears it plus the
 * talk before the first stretch (`talkSeconds`), as startRoutine announces them.
 */
export function overviewWords(ctx: TurnContext, plan: Plan, talkSeconds: number): OverviewWords {
  const { voice } = ctx;
  const seconds = estimatedRoutineSeconds(plan, voice, 0, fullCuesFor(ctx)) + talkSeconds;
  const positions = new Set(plan.stretches.map((s) => stretches[s.stretch].position));
  const kit = KIT_ORDER.filter((p) => positions.has(p)).map((p) => voice.say(`display.overview.kit_${p}`));
  const count = plan.stretches.length;
  return {
    title: voice.say(`display.routine.${plan.routine}`),
    summary: `${voice.say('display.overview.stretches', { count })} · ${voice.say('display.overview.minutes', { count: minutes(seconds) })}`,
    kitTitle: voice.say('display.overview.kitTitle'),
    kit: kit.join(', '),
    names: textLines(plan.stretches.map((s, i) => `${i + 1}. ${heading(voice, stretchName(voice, s.stretch))}`)),
  };
}
