// Reference (a): the smallest ask-sdk skill. It answers every request by speaking, with no I/O.
import { SkillBuilders, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

const Hello: RequestHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Hello from the reference skill.').reprompt('Say next.').getResponse(),
};

const skill = SkillBuilders.custom().addRequestHandlers(Hello).create();

export const handler = async (event: RequestEnvelope, context: unknown) => skill.invoke(event, context);
