import type { RequestHandler } from 'ask-sdk-core';
import { easier, harder, withCondition } from '../coach/adjust';
import { asWarningSign, classifyWarning, painReply, warningReply } from '../coach/safety';
import { Intent, Slot } from '../intents';
import type { Condition } from '../scripts/stretches';
import { turnOf } from '../session/turn';
import type { PhraseKey } from '../speech/phrase-key';
import { coachDeps } from './coach-deps';
import { isIntent } from './predicates';
import { speak, talk } from './respond';
import { resolvedSlot } from './slots';

/** "This hurts": stop the hold at once, offer a gentler variant or a skip. Nothing about the pain is stored. */
export const painHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Pain),
  handle(input) {
    const turn = turnOf(input);
    turn.update({ hadPain: true, pending: undefined });
    return speak(input, turn, painReply(turn.state.routine, turn.voice));
  },
};

/** Numbness, tingling, weakness, bladder or bowel changes…: end the routine, refer, urgent ones to emergency services. */
export const warningSignHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.WarningSign),
  handle(input) {
    const turn = turnOf(input);
    const sign = classifyWarning(asWarningSign(resolvedSlot(input, Slot.symptom).id), resolvedSlot(input, Slot.bodyPart).id);
    const reply = warningReply(sign, turn.voice);
    // Only clear a saved position when a routine is under way: the write is for that routine.
    const effects = turn.state.routine || turn.state.record?.inProgress ? reply.effects : [];
    turn.update({ halted: true, pending: undefined });
    return speak(input, turn, { ...reply, effects });
  },
};

const conditions: readonly Condition[] = ['groinPain', 'hipInjury', 'backInjury', 'kneeProblem'];

/** "I have groin pain", "my hip is injured": today's plan changes, said in one line; not stored. */
export const conditionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Condition),
  async handle(input) {
    const turn = turnOf(input);
    const id = resolvedSlot(input, Slot.condition).id;
    const condition = conditions.find((c) => c === id);
    const { voice } = turn;
    const line = voice.say(`safety.condition_${condition ?? 'unknown'}` as PhraseKey);
    const known = condition ? [condition] : (['hipInjury'] as Condition[]);
    const session = [...new Set([...(turn.state.conditions ?? []), ...known])];
    turn.update({ conditions: session });
    const state = turn.state.routine;
    if (!state || turn.state.halted) {
      return talk(input, turn, [line, voice.say('safety.conditionNote'), voice.say('launch.options')], voice.say('launch.options'));
    }
    await turn.record();
    let reply = withCondition(state, known[0]!, coachDeps(turn), [line]);
    for (const extra of known.slice(1)) reply = withCondition(reply.routine!, extra, coachDeps(turn), [line]);
    return speak(input, turn, reply);
  },
};

/** "Make it easier" / "make it harder": variant or hold length, for the rest of this session. */
export const easierHarderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Easier, Intent.Harder),
  async handle(input) {
    const turn = turnOf(input);
    const state = turn.state.routine;
    if (!state || turn.state.halted) {
      return talk(input, turn, [turn.voice.say('questions.noRoutine')], turn.voice.say('launch.options'));
    }
    await turn.record();
    const move = isIntent(input, Intent.Easier) ? easier : harder;
    return speak(input, turn, move(state, coachDeps(turn)));
  },
};
