/**
 * A turn whose write fails is answered "Sorry, I could not save that just now. Please say that
 * again." Saying it again must replay that turn: the user hears what the failed turn would have said
 * (here, the end of the routine), it is counted once, and nothing is skipped. The writes fail at the
 * network, in a fault proxy between the skill's production DynamoDB client and dynalite.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createDocumentClient, DynamoProgressStore } from '../../src/progress/dynamo-store';
import { buildSkill } from '../../src/skill';
import { en } from '../../src/speech/resources/en';
import { dynamoBehindFaultProxy, ONLY_500S } from '../support/dynamo-behind-proxy';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { inRoutine } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

const local = dynamoBehindFaultProxy(ONLY_500S);

const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));

/** A new user through the screen, then "next" until the routine is over; `failAt`: the "next" (1-based) whose writes all fail. */
async function workdayBreak(userId: string, failAt?: number): Promise<{ heard: string[]; nexts: number; apology?: string }> {
  const store = new DynamoProgressStore(createDocumentClient(), local.dynamo.tableName);
  const skill = buildSkill({ store, random: () => 0 });
  const c = new Conversation((e) => skill.invoke(e), userId);
  let r = await c.startPastScreen('workday');
  const said = [heard(r)];
  let nexts = 0;
  let apology: string | undefined;
  while (inRoutine(r)) {
    if (nexts > 30) throw new Error('the routine did not end');
    c.listen(r);
    nexts += 1;
    if (nexts === failAt) {
      local.proxy.setRate(1);
      apology = heard(await c.say('AMAZON.NextIntent'));
      local.proxy.setRate(0);
    }
    r = await c.say('AMAZON.NextIntent');
    said.push(heard(r));
  }
  return { heard: said, nexts, ...(apology ? { apology } : {}) };
}

it('saying it again after a failed write replays the turn: the end of the routine is heard and counted once', async () => {
  const clean = await workdayBreak('amzn1.ask.account.replay-clean');
  const faulted = await workdayBreak('amzn1.ask.account.replay-faulted', clean.nexts);
  expect(faulted.apology).toBe(en.error.sayAgain);
  expect(faulted.heard).toEqual(clean.heard);
  expect(faulted.heard.at(-1)).toMatch(/That is your workday break done: \d+ minutes? of stretching\. Well done\. Would a reminder help\?/);
  const stored = await new DynamoProgressStore(local.dynamo.client, local.dynamo.tableName).load('amzn1.ask.account.replay-faulted');
  expect(stored?.totals.sessions).toBe(1);
  expect(stored?.inProgress).toBeUndefined();
});
