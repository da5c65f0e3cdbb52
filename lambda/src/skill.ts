import { DefaultApiClient, SkillBuilders, type Skill, type HandlerInput } from 'ask-sdk-core';
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
import { sessionEndedHandler } from './handlers/session-ended';
import { otherSkillEventsHandler, skillDisabledHandler } from './handlers/skill-events';
import { startRoutineHandler } from './handlers/start-routine';
import { stopHandler } from './handlers/stop';
import { yesNoHandler } from './handlers/yes-no';
import { userIdOf } from './envelope';
import { logTurn } from './log';
import type { ProgressStore } from './progress/store';
import { attachTurn, Turn, turnOf } from './session/turn';
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
  warningSignHandler,
  painHandler,
  conditionHandler,
  describeFeelingHandler,
  easierHarderHandler,
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
      const stamp = Date.parse(envelope.request.timestamp);
      const voice = createVoice(envelope.request.locale ?? 'en-US', random);
      const now = Number.isFinite(stamp) ? stamp : clock();
      attachTurn(input, new Turn(envelope.session?.attributes, userIdOf(envelope), now, voice, deps.store, () => timeZoneOf(input)));
    })
    .addResponseInterceptors(async (input, response) => {
      const turn = turnOf(input);
      const started = clock();
      await turn.commit();
      if (input.requestEnvelope.session && !response?.shouldEndSession) {
        input.attributesManager.setSessionAttributes(turn.sessionAttributes());
      }
      logTurn(input, { routine: turn.routine?.routine, step: turn.routine?.step, commitMs: clock() - started });
    })
    .withApiClient(new DefaultApiClient());
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
