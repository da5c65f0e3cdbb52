import type { RequestHandler } from 'ask-sdk-core';
import { routineForHour } from '../coach/greeting';
import { Intent, Slot } from '../intents';
import { localHour } from '../progress/calendar';
import { isRoutineId } from '../scripts/routines';
import { turnOf } from '../session/turn';
import { isIntent } from './predicates';
import { talk } from './respond';
import { beginRoutine } from './routine-start';
import { echoable, resolvedSlot } from './slots';

/** "Start my evening routine" (also one-shot); an unknown routine gets the list of routines. */
export const startRoutineHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.StartRoutine),
  async handle(input) {
    const turn = turnOf(input);
    const slot = resolvedSlot(input, Slot.routine);
    if (isRoutineId(slot.id)) return beginRoutine(input, turn, slot.id);
    if (slot.spoken) {
      return talk(input, turn, [turn.voice.say('routineUnknown', { value: echoable(slot.spoken) })], turn.voice.say('routineAsk'));
    }
    const suggested = routineForHour(localHour(turn.now, turn.timeZone));
    turn.update({ pending: { kind: 'suggest', routine: suggested } });
    return talk(input, turn, [turn.voice.say('routineAsk')], turn.voice.say('routineAsk'));
  },
};
