import type { RequestHandler } from 'ask-sdk-core';
import { turnOf } from '../session/turn';
import { isRequest } from './predicates';
import { deleteSkillReminders } from './reminders';

/** Skill disabled: the user's record is deleted unless Alexa keeps their id (NOT_PERSISTED). No speech. */
export const skillDisabledHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'AlexaSkillEvent.SkillDisabled'),
  async handle(input) {
    // ask-sdk-model 1.86 does not type the event's body; Alexa sends it on SkillDisabled.
    const request = input.requestEnvelope.request as { body?: { userInformationPersistenceStatus?: string } };
    if (request.body?.userInformationPersistenceStatus !== 'PERSISTED') {
      await deleteSkillReminders(input);
      await turnOf(input).deleteRecord();
    }
    return input.responseBuilder.getResponse();
  },
};

/** Other skill events (enabled, permissions) need nothing from us, but must not reach the error handler. */
export const otherSkillEventsHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type.startsWith('AlexaSkillEvent.'),
  handle: (input) => input.responseBuilder.getResponse(),
};
