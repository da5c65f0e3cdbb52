import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { classifyFeeling } from '../coach/feeling';
import { easier, harder, withCondition } from '../coach/adjust';
import { classifyWarning, crampReply, painReply, reportOf, warningReply, type WarningSign } from '../coach/safety';
import { Intent, Slot } from '../intents';
import type { Condition } from '../scripts/stretches';
import { turnOf } from '../session/turn';
import type { PhraseKey } from '../speech/phrase-key';
import { coachDeps } from './coach-deps';
import { isIntent } from './predicates';
import { offerRoutines, speak, talk } from './respond';
import { resolvedSlot } from './slots';

/** The safety catch-all ("I feel …", "my …"): its words decide between a warning sign, pain, or not caught. */
export const describeFeelingHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.DescribeFeeling),
  handle(input) {
    const turn = turnOf(input);
    const feeling = classifyFeeling(resolvedSlot(input, Slot.feeling).spoken ?? '');
    if (feeling.kind === 'warning') return warn(input, feeling.sign);
    if (feeling.kind === 'pain') return stopForPain(input);
    if (feeling.kind === 'cramp') return easeCramp(input);
    const line = turn.voice.say(turn.state.routine ? 'fallback.inside' : 'fallback.outside');
    return talk(input, turn, [line], line);
  },
};

function stopForPain(input: HandlerInput): Response {
  const turn = turnOf(input);
  turn.update({ pending: undefined });
  return speak(input, turn, painReply(turn.state.routine, turn.voice));
}

function easeCramp(input: HandlerInput): Response {
  const turn = turnOf(input);
  turn.update({ pending: undefined });
  return speak(input, turn, crampReply(turn.state.routine, turn.voice));
}

function warn(input: HandlerInput, sign: WarningSign | undefined): Response {
  const turn = turnOf(input);
  const reply = warningReply(sign, turn.voice);
  // Only clear a saved position when there is one: the write is for that routine.
  const effects = turn.state.routine || turn.state.record?.inProgress ? reply.effects : [];
  turn.update({ halted: true, pending: undefined });
  return speak(input, turn, { ...reply, effects });
}

/** "This hurts": stop the hold at once, offer a gentler variant or a skip. Nothing about the pain is stored. */
export const painHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Pain),
  handle: (input) => stopForPain(input),
};

/** Numbness, tingling, weakness, bladder or bowel changes…: end the routine, refer, urgent ones to emergency services. */
export const warningSignHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.WarningSign),
  handle(input) {
    const symptom = resolvedSlot(input, Slot.symptom);
    const report = reportOf(symptom.id, symptom.spoken ? warningFromWords(symptom.spoken) : undefined);
    if (report.kind === 'cramp') return easeCramp(input);
    return warn(input, classifyWarning(report.sign, resolvedSlot(input, Slot.bodyPart).id));
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
    // Something we have no rule for is treated like an injury: gentle versions, shortest holds.
    const applied: Condition = condition ?? 'hipInjury';
    const session = [...new Set([...(turn.state.conditions ?? []), applied])];
    turn.update({ conditions: session });
    const state = turn.state.routine;
    if (!state || turn.state.halted) {
      // Mid first-use screen, carry on with its open question; otherwise the ways to start.
      const pending = turn.state.pending;
      const next = pending?.kind === 'screen' ? voice.say(pending.question === 1 ? 'screen.q1' : 'screen.q2') : voice.say('launch.options');
      return talk(input, turn, [line, voice.say('safety.conditionNote'), next], pending?.kind === 'screen' ? voice.say('screen.reprompt') : next);
    }
    await turn.record();
    return speak(input, turn, withCondition(state, applied, coachDeps(turn), [line]));
  },
};

/** "Make it easier" / "make it harder": variant or hold length, for the rest of this session. */
export const easierHarderHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Easier, Intent.Harder),
  async handle(input) {
    const turn = turnOf(input);
    const state = turn.state.routine;
    if (!state || turn.state.halted) {
      return offerRoutines(input, turn, [turn.voice.say('questions.noRoutine')]);
    }
    await turn.record();
    const move = isIntent(input, Intent.Easier) ? easier : harder;
    return speak(input, turn, move(state, coachDeps(turn)));
  },
};

/** A symptom slot Alexa could not resolve still carries words worth reading. */
function warningFromWords(words: string): WarningSign | undefined {
  const feeling = classifyFeeling(words);
  return feeling.kind === 'warning' ? feeling.sign : undefined;
}
