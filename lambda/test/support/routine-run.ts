import type { ResponseEnvelope } from 'ask-sdk-model';
import type { RoutineId } from '../../src/scripts/routines';
import type { StretchId } from '../../src/scripts/stretches';
import { en } from '../../src/speech/resources/en';
import { type Conversation, words } from './conversation';

const stretchNames: readonly string[] = Object.values(en.stretch).map((s) => s.name);

/** The stretch a response is about: the catalogue name heard first in it. */
export function firstStretchNamed(ssml: string): string | undefined {
  const heard = words(ssml);
  let best: { name: string; at: number } | undefined;
  for (const name of stretchNames) {
    const at = heard.indexOf(name);
    if (at >= 0 && (!best || at < best.at || (at === best.at && name.length > best.name.length))) best = { name, at };
  }
  return best?.name;
}

/**
 * Each routine's stretches in order, written down from lambda/src/scripts/routines.ts (issue 21:
 * an expected plan taken from buildPlan() would agree with a wrong buildPlan). No condition or
 * gentler swap changes the order. From week 4 the evening's figure four takes the hip rotator's place,
 * and the morning adds the lying piriformis stretch before knees to chest.
 */
export const WEEK_ONE_STRETCHES: Readonly<Record<RoutineId, readonly StretchId[]>> = {
  morning: ['kneelingHipFlexor', 'catCow', 'supineTwist', 'kneesToChest', 'standingHamstring'],
  workday: ['seatedTwist', 'standingHamstring'],
  evening: ['standingHamstring', 'standingTfl', 'kneelingHipFlexor', 'frog', 'childsPose', 'hipRotator', 'towelRoll', 'supineTwist', 'kneesToChest'],
};

/** The routine's spoken stretch names, in plan order (the names come from the catalogue). */
export function plannedNames(routine: RoutineId): string[] {
  return WEEK_ONE_STRETCHES[routine].map((id) => en.stretch[id].name);
}

/** Any phrasing of "that is your … routine done", for `routine`. */
export function doneLinePattern(routine: RoutineId): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Under two minutes held, the plural-aware line says "1 minute".
  const lines: readonly string[] = [...en.routineFlow.done, en.tally.done_one, en.tally.done_other];
  const alternatives = lines.map((line) =>
    escape(line).replace(escape('{{routine}}'), escape(en.routine[routine])).replace(escape('{{minutes}}'), '\\d+').replace(escape('{{count}}'), '\\d+'),
  );
  return new RegExp(`(${alternatives.join('|')})`);
}

/**
 * Whether the skill still has a routine in progress after this response (its session state says
 * so). A routine that ended in this response is kept, marked finished, only while its last stretch
 * plays: it is over.
 */
export function inRoutine(response: ResponseEnvelope): boolean {
  const state = (response.sessionAttributes as { hipCoach?: { s?: { routine?: { finished?: true } } } } | undefined)?.hipCoach?.s;
  return response.response.shouldEndSession === false && state?.routine !== undefined && state.routine.finished !== true;
}

/**
 * From `first` (the response that started the routine), says only "next", listening to each
 * response in full, until the routine is over (the session ends, or the coach asks something after
 * it, such as the one-time reminder offer); returns every routine response.
 */
export async function nextUntilEnd(c: Conversation, first: ResponseEnvelope, limit = 30): Promise<ResponseEnvelope[]> {
  const heard = [first];
  let response = first;
  while (inRoutine(response)) {
    if (heard.length > limit) throw new Error(`the routine did not end within ${limit} responses`);
    c.listen(response);
    response = await c.say('AMAZON.NextIntent');
    heard.push(response);
  }
  return heard;
}
