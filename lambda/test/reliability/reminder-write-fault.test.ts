/**
 * A reminder set by the Reminders API whose store write then fails: the record does not know it, so
 * the user asks again. The retry must not ring twice: the skill finds the reminder it set (its words,
 * listed by the API) and updates it instead of creating a second. The write fails at the network, in
 * a fault proxy between the skill's production DynamoDB client and dynalite.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createDocumentClient, DynamoProgressStore } from '../../src/progress/dynamo-store';
import { buildSkill } from '../../src/skill';
import { startFakeReminders, type FakeReminders } from '../../../tools/fake-reminders';
import { dynamoBehindFaultProxy, ONLY_500S } from '../support/dynamo-behind-proxy';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { onboardedRecord } from '../support/harness';

process.env.HIP_COACH_QUIET = '1';

const SCOPE = 'alexa::alerts:reminders:skill:readwrite';
/** Monday 2 November 2026, 18:30 in London. */
const NOW = Date.parse('2026-11-02T18:30:00Z');

const local = dynamoBehindFaultProxy(ONLY_500S);
let fake: FakeReminders;

beforeAll(async () => {
  fake = await startFakeReminders({ timeZone: 'Europe/London' });
});

afterAll(async () => {
  await fake.stop();
});

const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));
const remindAtSeven = (c: Conversation) => c.say('SetReminderIntent', ['routine', 'evening', 'evening', 'RoutineType'], ['time', '19:00']);

it('a retry after a failed write updates the reminder already set instead of setting a second', async () => {
  const store = new DynamoProgressStore(createDocumentClient(), local.dynamo.tableName);
  const userId = 'amzn1.ask.account.reminder-write-fault';
  await store.save(onboardedRecord(userId, NOW, 1));
  const skill = buildSkill({ store, random: () => 0 });
  const c = new Conversation((e) => skill.invoke(e), userId, NOW);
  c.device = { apiEndpoint: fake.endpoint, apiAccessToken: `token-${userId}`, granted: [SCOPE] };

  expect(heard(await remindAtSeven(c))).toMatch(/^I can remind you to do your evening routine at 7 PM/);
  // Every DynamoDB call fails from here: the reminder is created, then its write to the record fails.
  local.proxy.setRate(1);
  const failed = await c.say('AMAZON.YesIntent');
  // A write the turn gave up on may still be in the client's retry: it must fail too, not land late.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  local.proxy.setRate(0);
  expect(fake.created).toHaveLength(1);
  expect((await store.load(userId))?.reminders).toBeUndefined();
  expect(heard(failed)).not.toMatch(/^Done/);

  // The user asks again, as they would after an apology.
  c.wait(60);
  await c.launch();
  await remindAtSeven(c);
  const retried = await c.say('AMAZON.YesIntent');
  expect(heard(retried)).toMatch(/^Done\. I will remind you to do your evening routine at 7 PM/);
  expect(fake.created).toHaveLength(1);
  expect(fake.updated.map((u) => u.id)).toEqual([fake.created[0]!.id]);
  expect([...fake.held().keys()]).toEqual([fake.created[0]!.id]);
  expect((await store.load(userId))?.reminders?.map((r) => r.id)).toEqual([fake.created[0]!.id]);
});
