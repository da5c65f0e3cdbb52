import type { RequestHandler } from 'ask-sdk-core';
import { answerYesNo } from '../coach/dialogue';
import { Intent } from '../intents';
import { isIntent } from './predicates';
import { deleteSkillReminders } from './reminders';
import { respond } from './respond';

/** "Yes" / "no": answers whatever the coach last asked. */
export const yesNoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, Intent.Yes, Intent.No),
  async handle(input) {
    const yes = isIntent(input, Intent.Yes);
    // "Yes, delete my data": the skill's reminders are deleted with the record.
    if (yes) await deleteSkillReminders(input, (ctx) => ctx.pending?.kind === 'deleteData');
    return respond(input, (ctx) => answerYesNo(ctx, yes));
  },
};
