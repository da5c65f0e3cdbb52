import type { RequestHandler } from 'ask-sdk-core';
import { confirmDelete } from '../coach/dialogue';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { respond } from './respond';

/** "Delete my data": asks to confirm; the yes/no handler's answer deletes. */
export const deleteDataHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.DeleteData),
  handle: (input) => respond(input, confirmDelete),
};
