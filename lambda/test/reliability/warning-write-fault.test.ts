/**
 * A warning sign whose write fails: the user still hears the advice, whole, and the session ends as
 * after any warning sign. "Sorry, please say that again" would hold back "see a doctor" from someone
 * who may be hurt. The pause it meant to store is lost with the store (nothing else can keep it);
 * any other turn whose write fails is still apologised for, so it can be said again and replayed
 * (replay-after-apology.test.ts).
 * The write fails at the network, in a fault proxy between the skill's production DynamoDB client
 * and dynalite.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createDocumentClient, DynamoProgressStore } from '../../src/progress/dynamo-store';
import { buildSkill } from '../../src/skill';
import { dynamoBehindFaultProxy, ONLY_500S } from '../support/dynamo-behind-proxy';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { onboardedRecord } from '../support/harness';

process.env.HIP_COACH_QUIET = '1';

/** Monday 2 November 2026, 19:00 UTC: the evening. */
const NOW = Date.parse('2026-11-02T19:00:00Z');

const local = dynamoBehindFaultProxy(ONLY_500S);

const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));

async function numbMidStretchWithTheStoreDown(userId: string): Promise<{ store: DynamoProgressStore; failed: ResponseEnvelope }> {
  const store = new DynamoProgressStore(createDocumentClient(), local.dynamo.tableName);
  await store.save({ ...onboardedRecord(userId, NOW), timeZone: 'UTC', timeZoneCheckedAt: '2026-11-01' });
  const skill = buildSkill({ store, random: () => 0 });
  const c = new Conversation((e) => skill.invoke(e), userId, NOW);
  await c.start('evening');
  c.wait(20);
  // Every DynamoDB call fails from here: the warning sign's write (stretching paused until tomorrow) never lands.
  local.proxy.setRate(1);
  const failed = await c.say('WarningSignIntent', ['symptom', 'numb', 'numbness']);
  // A write the turn gave up on may still be in the client's retry: it must fail too, not land late.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  local.proxy.setRate(0);
  c.wait(10);
  return { store, failed };
}

const ADVICE =
  'I am stopping the routine now. Numbness, or a part of you you cannot feel properly, is something to get checked: please leave the stretching for today and speak to a doctor or physical therapist soon. We will not continue stretching today.';

it('"my leg is numb" mid-stretch with the store down: the advice is heard whole and the session ends', async () => {
  const userId = 'amzn1.ask.account.warning-write-fault-advice';
  const { store, failed } = await numbMidStretchWithTheStoreDown(userId);

  expect(heard(failed)).toBe(ADVICE);
  expect(failed.response.shouldEndSession).toBe(true);
  expect((await store.load(userId))?.pausedUntil).toBeUndefined();
}, 30000);
