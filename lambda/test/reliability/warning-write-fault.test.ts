/**
 * A warning sign whose write fails: the user hears the apology ("please say that again"), the record
 * never learns that stretching stops today, and the session is handed back as it was before the turn.
 * Whatever they say next in that session must not start or go on with a stretch: the session's halt
 * is then the only thing that knows. The write fails at the network, in a fault proxy between the
 * skill's production DynamoDB client and dynalite (issue 21: session/turn.ts's halt flag).
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
const APOLOGY = 'Sorry, I could not save that just now. Please say that again.';
const NO_RESUME = 'We will not continue stretching today.';

const local = dynamoBehindFaultProxy(ONLY_500S);

const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));

async function numbMidStretchWithTheStoreDown(userId: string): Promise<{ c: Conversation; store: DynamoProgressStore; failed: ResponseEnvelope }> {
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
  return { c, store, failed };
}

it.each([
  ['start evening routine', (c: Conversation) => c.start('evening')],
  ['next', (c: Conversation) => c.say('AMAZON.NextIntent')],
] as const)('"my leg is numb" mid-stretch, its write failing: after the apology, "%s" starts no stretch', async (said, say) => {
  const userId = `amzn1.ask.account.warning-write-fault-${said.replace(/ /g, '-')}`;
  const { c, store, failed } = await numbMidStretchWithTheStoreDown(userId);

  const after = await say(c);

  expect(heard(failed)).toBe(APOLOGY);
  expect(failed.response.shouldEndSession).toBe(false);
  expect((await store.load(userId))?.pausedUntil).toBeUndefined();
  expect(heard(after)).toBe(NO_RESUME);
}, 30000);

it('saying it again, as asked, with the store back: the warning, and stretching paused until tomorrow in the record', async () => {
  const userId = 'amzn1.ask.account.warning-write-fault-again';
  const { c, store } = await numbMidStretchWithTheStoreDown(userId);

  const again = await c.say('WarningSignIntent', ['symptom', 'numb', 'numbness']);

  expect(heard(again)).toBe(
    'I am stopping the routine now. Numbness, or a part of you you cannot feel properly, is something to get checked: please leave the stretching for today and speak to a doctor or physical therapist soon. We will not continue stretching today.',
  );
  expect(again.response.shouldEndSession).toBe(true);
  expect((await store.load(userId))?.pausedUntil).toBe('2026-11-03');
}, 30000);
