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
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { inRoutine } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

let dynamo: LocalDynamo;
let proxy: FaultProxy;
let restoreEnv: () => void;
let errorLog: jest.SpyInstance;
let warnLog: jest.SpyInstance;

beforeAll(async () => {
  dynamo = await startDynalite();
  proxy = await startFaultProxy(dynamo.endpoint, { rate: 0, seed: 1, weights: { error500: 1, throttle: 0, delay: 0, dropBefore: 0, dropAfter: 0 } });
  restoreEnv = dynamo.useEnv();
  process.env.AWS_ENDPOINT_URL_DYNAMODB = proxy.endpoint;
  errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  warnLog = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterAll(async () => {
  errorLog.mockRestore();
  warnLog.mockRestore();
  restoreEnv();
  await proxy.stop();
  await dynamo.stop();
});

const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));

/** A new user through the screen, then "next" until the routine is over; `failAt`: the "next" (1-based) whose writes all fail. */
async function workdayBreak(userId: string, failAt?: number): Promise<{ heard: string[]; nexts: number; apology?: string }> {
  const store = new DynamoProgressStore(createDocumentClient(), dynamo.tableName);
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
      proxy.setRate(1);
      apology = heard(await c.say('AMAZON.NextIntent'));
      proxy.setRate(0);
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
  const stored = await new DynamoProgressStore(dynamo.client, dynamo.tableName).load('amzn1.ask.account.replay-faulted');
  expect(stored?.totals.sessions).toBe(1);
  expect(stored?.inProgress).toBeUndefined();
});
