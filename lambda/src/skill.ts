import type { Skill, HandlerInput } from 'ask-sdk-core';
import { DefaultApiClient } from 'ask-sdk-core/dist/service/DefaultApiClient';
import { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { conditionHandler, describeFeelingHandler, painHandler, warningSignHandler } from './handlers/safety';
import { easierHarderHandler } from './handlers/easier-harder';
import { deleteDataHandler } from './handlers/delete-data';
import { errorHandler } from './handlers/errors';
import { fallbackHandler } from './handlers/fallback';
import { helpHandler } from './handlers/help';
import { launchHandler } from './handlers/launch';
import {
  nextHandler,
  previousHandler,
  repeatHandler,
  skipHandler,
  startOverHandler,
  tellMeMoreHandler,
} from './handlers/navigation';
import { pauseHandler, resumeHandler } from './handlers/pause-resume';
import { progressHandler } from './handlers/progress';
import { questionHandlers } from './handlers/questions';
import { reminderHandlers } from './handlers/reminders';
import { sessionEndedHandler } from './handlers/session-ended';
import { otherSkillEventsHandler, skillDisabledHandler } from './handlers/skill-events';
import { startRoutineHandler } from './handlers/start-routine';
import { customRoutineHandler, shorterLongerHandler } from './handlers/custom-routine';
import { stopHandler } from './handlers/stop';
import { touchHandler } from './handlers/touch';
import { exceptionEncounteredHandler, unknownRequestHandler, unmatchedIntentHandler } from './handlers/unhandled';
import { yesNoHandler } from './handlers/yes-no';
import { userIdOf } from './envelope';
import { logError, logTurn } from './log';
import { guardEnvelope } from './request-guard';
import type { ProgressStore } from './progress/store';
import { attachTurn, Turn, turnOf } from './session/turn';
import { budgetFor } from './session/turn-safety';
import { createVoice, type Random } from './speech/voice';
import { deviceTimeZone } from './time-zone';

export interface SkillDeps {
  readonly store: ProgressStore;
  /** Used only when a request carries no timestamp; otherwise "now" is the request's time. */
  readonly clock?: () => number;
  readonly random?: Random;
  readonly skillId?: string;
  readonly timeZoneOf?: (input: HandlerInput) => Promise<string | undefined>;
}

/** Every request handler, most specific first. */
export const requestHandlers = [
  launchHandler,
  startRoutineHandler,
  touchHandler,
  customRoutineHandler,
  shorterLongerHandler,
  warningSignHandler,
  painHandler,
  conditionHandler,
  describeFeelingHandler,
  easierHarderHandler,
  ...reminderHandlers,
  yesNoHandler,
  nextHandler,
  skipHandler,
  previousHandler,
  repeatHandler,
  tellMeMoreHandler,
  startOverHandler,
  pauseHandler,
  resumeHandler,
  ...questionHandlers,
  progressHandler,
  deleteDataHandler,
  helpHandler,
  stopHandler,
  fallbackHandler,
  sessionEndedHandler,
  skillDisabledHandler,
  otherSkillEventsHandler,
  exceptionEncounteredHandler,
  unmatchedIntentHandler,
  unknownRequestHandler,
] as const;

/** The composition root: the skill over a store, a clock and randomness. */
export function buildSkill(deps: SkillDeps): Skill {
  const clock = deps.clock ?? Date.now;
  const random = deps.random ?? Math.random;
  const timeZoneOf = deps.timeZoneOf ?? deviceTimeZone;
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...requestHandlers)
    .addErrorHandlers(errorHandler)
    .addRequestInterceptors((input) => {
      const envelope = input.requestEnvelope;
      // The envelope passed guardEnvelope: the user id is in context and the timestamp is sane.
      const stamp = Date.parse(envelope.request.timestamp);
      const voice = createVoice(envelope.request.locale ?? 'en-US', random);
      const now = Number.isFinite(stamp) ? stamp : clock();
      const ids = { sessionId: envelope.session?.sessionId ?? '', requestId: envelope.request.requestId };
      const budget = budgetFor(Date.now, random);
      attachTurn(input, new Turn(envelope.session?.attributes, userIdOf(envelope), now, voice, deps.store, () => timeZoneOf(input), ids, budget));
    })
    .addResponseInterceptors(async (input, response) => {
      const turn = turnOf(input);
      const started = clock();
      try {
        await turn.commit();
      } catch (error) {
        // A warning sign's advice is heard even when the pause it writes cannot be saved: the user may be
        // hurt, and "please say that again" would hold back "see a doctor". Any other turn is apologised for.
        if (!turn.haltedThisTurn) throw error;
        logError(input, error);
      }
      // Always set, so no reply hands back the request's attributes: an ended session carries none.
      if (input.requestEnvelope.session) {
        input.attributesManager.setSessionAttributes(response?.shouldEndSession === false ? turn.sessionAttributes() : {});
      }
      logTurn(input, { routine: turn.routine?.routine, step: turn.routine?.step, commitMs: clock() - started });
    })
    .withApiClient(new DefaultApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  const skill = builder.create();
  // Every envelope is checked before the SDK or a handler reads it: one that is no Alexa request
  // gets no response (and, when the skill id is set, is refused as not ours, as the SDK would).
  // Wrapped on the instance so callers keep ask-sdk's Skill type.
  const invoke = skill.invoke.bind(skill);
  skill.invoke = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
    const guarded = guardEnvelope(event, clock());
    if (guarded) return invoke(guarded, context);
    if (deps.skillId) throw new Error('CustomSkill ID verification failed! The request is not an Alexa request for this skill.');
    return { version: '1.0', response: {} };
  };
  return skill;
}
