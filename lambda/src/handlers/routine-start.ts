import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { startRoutine } from '../coach/routine-turns';
import type { RoutineId } from '../scripts/routines';
import type { Turn } from '../session/turn';
import { coachDeps } from './coach-deps';
import { speak, talk } from './respond';

/**
 * Starts a routine for this user at their program week, after the first-use screen if they
 * have not had it, and never after a warning sign in this session.
 */
export async function beginRoutine(
  input: HandlerInput,
  turn: Turn,
  routine: RoutineId,
  lead: readonly string[] = [],
  options: { screened?: boolean } = {},
): Promise<Response> {
  if (turn.state.halted) return talk(input, turn, [turn.voice.say('safety.noResume')]);
  const record = await turn.record();
  const pending = turn.state.pending;
  if (!record?.onboarded && !options.screened && pending?.kind === 'screen') {
    // Mid-screen: ask the open question again rather than the whole welcome.
    turn.update({ pending: { ...pending, routine } });
    const question = turn.voice.say(pending.question === 1 ? 'screen.q1' : 'screen.q2');
    return talk(input, turn, [turn.voice.say('screen.beforeWeStart'), question], turn.voice.say('screen.reprompt'));
  }
  if (!record?.onboarded && !options.screened) {
    turn.update({ pending: { kind: 'screen', question: 1, routine } });
    return talk(
      input,
      turn,
      [...lead, turn.voice.say('launch.firstTime'), turn.voice.say('screen.intro'), turn.voice.say('screen.q1')],
      turn.voice.say('screen.reprompt'),
    );
  }
  turn.update({ pending: undefined });
  const reply = startRoutine(routine, record?.program.week ?? 1, new Date(turn.now).toISOString(), turn.state.conditions ?? [], coachDeps(turn), lead);
  return speak(input, turn, reply);
}
