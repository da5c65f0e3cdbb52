import type { RequestHandler } from 'ask-sdk-core';
import { nextStretch, resumeSaved } from '../coach/routine-turns';
import { Intent } from '../intents';
import { turnOf } from '../session/turn';
import { coachDeps } from './coach-deps';
import { isIntent } from './predicates';
import { speak, talk } from './respond';
import { beginRoutine } from './routine-start';
import { routineForHour } from '../coach/greeting';
import { localHour } from '../progress/calendar';

/** "Yes" / "no": answers whatever the coach last asked (session state's pending question). */
export const yesNoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Yes, Intent.No),
  async handle(input) {
    const turn = turnOf(input);
    const yes = isIntent(input, Intent.Yes);
    const pending = turn.state.pending;
    const { voice } = turn;
    turn.update({ pending: undefined });
    switch (pending?.kind) {
      case 'screen': {
        if (yes) {
          turn.update({ halted: true, routine: undefined });
          return talk(input, turn, [voice.say('screen.referral')]);
        }
        if (pending.question === 1) {
          turn.update({ pending: { kind: 'screen', question: 2, routine: pending.routine } });
          return talk(input, turn, [voice.say('screen.q2')], voice.say('screen.reprompt'));
        }
        turn.remember({ onboarded: true });
        const routine = pending.routine ?? routineForHour(localHour(turn.now, turn.timeZone));
        return beginRoutine(input, turn, routine, [voice.say('screen.clear')], { screened: true });
      }
      case 'resume': {
        const record = await turn.record();
        const saved = record?.inProgress;
        if (yes && saved) {
          return speak(input, turn, resumeSaved(saved, new Date(turn.now).toISOString(), turn.state.conditions ?? [], coachDeps(turn)));
        }
        const routine = routineForHour(localHour(turn.now, turn.timeZone));
        turn.take({ segments: [], routine: undefined, effects: [{ kind: 'clearPosition' }], end: false });
        turn.update({ pending: { kind: 'suggest', routine } });
        return talk(input, turn, [voice.say('resume.declined'), voice.say('launch.suggest', { routine: voice.say(`routine.${routine}`) })], voice.say('launch.options'));
      }
      case 'suggest':
        if (yes) return beginRoutine(input, turn, pending.routine);
        return talk(input, turn, [voice.say('launch.options')], voice.say('launch.options'));
      case 'keepLevel':
        if (yes) turn.remember({ preferences: { keepLevel: true } });
        return talk(input, turn, [voice.say(yes ? 'safety.keepLevelYes' : 'safety.keepLevelNo'), voice.say('stop.goodbye')]);
      case 'deleteData':
        if (yes) {
          await turn.forget();
          return talk(input, turn, [voice.say('deleteData.done')]);
        }
        return talk(input, turn, [voice.say('deleteData.kept')], voice.say('help.reprompt'));
      default: {
        const state = turn.state.routine;
        if (yes && state && !turn.state.halted) return speak(input, turn, nextStretch(state, coachDeps(turn)));
        return talk(input, turn, [voice.say('yesNo.nothingPending')], voice.say('launch.options'));
      }
    }
  },
};
