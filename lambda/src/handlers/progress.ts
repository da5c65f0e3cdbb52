import type { RequestHandler } from 'ask-sdk-core';
import { progressReport } from '../coach/in-routine';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { progressPresentation } from '../screens/presentation';
import { respond } from './respond';

/** "How am I doing": sessions, minutes, program week, streak, hold length and what changes next. */
export const progressHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Progress),
  handle: (input) => respond(input, progressReport, progressPresentation),
};
