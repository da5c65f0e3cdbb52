// The record keeps its zone's UTC offset and the instant it holds until, so a returning user's launch works
// out the local hour by arithmetic; an offset that has run out is worked out again and rewritten by the next
// write. Real DynamoDB API (dynalite on 127.0.0.1), real Settings API round trips (a stand-in on 127.0.0.1).
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { ProgressRecord } from '../../src/coach/record/record';
import { DynamoProgressStore } from '../../src/progress/dynamo-store';
import { buildSkill } from '../../src/skill';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { startSettingsApi, type SettingsApi } from '../../../tools/settings-api';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { onboardedRecord } from '../support/harness';

process.env.HIP_COACH_QUIET = '1';

let dynamo: LocalDynamo;
let api: SettingsApi;
let skill: ReturnType<typeof buildSkill>;
let users = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
  api = await startSettingsApi({ timeZone: 'America/Los_Angeles' });
  skill = buildSkill({ store: new DynamoProgressStore(dynamo.client, dynamo.tableName), random: () => 0 });
});
afterAll(async () => {
  await api.stop();
  await dynamo.stop();
});

function conversation(now: string): Conversation {
  const device = { apiAccessToken: 'test-token', apiEndpoint: api.endpoint, deviceId: 'amzn1.ask.device.zone-offset' };
  return new Conversation((event) => skill.invoke(event), `amzn1.ask.account.zone-offset-${(users += 1)}`, Date.parse(now), device);
}

/** The item as DynamoDB holds it. */
async function item(userId: string): Promise<Record<string, unknown> | undefined> {
  const out = await dynamo.client.send(new GetCommand({ TableName: dynamo.tableName, Key: { userId }, ConsistentRead: true }));
  return out.Item;
}

async function seed(c: Conversation, zone: Partial<ProgressRecord>): Promise<void> {
  await dynamo.client.send(new PutCommand({ TableName: dynamo.tableName, Item: { ...onboardedRecord(c.userId, c.now), ...zone } }));
}

const zoneOf = (raw: Record<string, unknown> | undefined) => ({
  timeZone: raw?.timeZone,
  timeZoneCheckedAt: raw?.timeZoneCheckedAt,
  timeZoneOffset: raw?.timeZoneOffset,
  timeZoneOffsetUntil: raw?.timeZoneOffsetUntil,
});

describe('the kept UTC offset of the zone', () => {
  it("is written with a new user's zone by the first write: Los Angeles half an hour before it springs forward", async () => {
    const c = conversation('2026-03-08T09:30:00Z');
    const before = api.calls;

    await c.launch();
    await c.say('AMAZON.NoIntent');
    await c.say('AMAZON.NoIntent'); // the routine starts: the first write

    expect(api.calls - before).toBe(1);
    expect(zoneOf(await item(c.userId))).toEqual({
      timeZone: 'America/Los_Angeles',
      timeZoneCheckedAt: '2026-03-08',
      timeZoneOffset: -480,
      timeZoneOffsetUntil: '2026-03-08T10:00:00.000Z',
    });
  });

  it("gives a returning user's launch the local hour while it holds: 11:15 in Kolkata is the workday break", async () => {
    const c = conversation('2026-11-02T05:45:00Z');
    await seed(c, { timeZone: 'Asia/Kolkata', timeZoneCheckedAt: '2026-10-20', timeZoneOffset: 330, timeZoneOffsetUntil: '2027-10-01T00:00:00.000Z' });
    const before = api.calls;

    const launch = await c.launch();

    expect(api.calls - before).toBe(0);
    // 05:45 UTC would be the morning routine.
    expect(words(ssmlOf(launch))).toContain('Would you like to start your workday break');
  });

  it('is worked out again once it has run out, and the next write keeps the new one: Lord Howe half an hour ahead', async () => {
    // 00:15 UTC on 4 October: 11:15 at +11:00 since 2 a.m. local, when +10:30 (the kept offset) ran out.
    const c = conversation('2026-10-04T00:15:00Z');
    await seed(c, { timeZone: 'Australia/Lord_Howe', timeZoneCheckedAt: '2026-09-20', timeZoneOffset: 630, timeZoneOffsetUntil: '2026-10-03T15:30:00.000Z' });

    const launch = await c.launch();
    await c.say('AMAZON.YesIntent');

    // At the kept +10:30 it would be 10:45: the morning routine.
    expect(words(ssmlOf(launch))).toContain('Would you like to start your workday break');
    expect(zoneOf(await item(c.userId))).toEqual({
      timeZone: 'Australia/Lord_Howe',
      timeZoneCheckedAt: '2026-09-20',
      timeZoneOffset: 660,
      timeZoneOffsetUntil: '2027-04-03T15:00:00.000Z',
    });
  });

  it('is added to a record from before offsets were kept, which reads as it did: 20:00 in Berlin', async () => {
    const c = conversation('2026-11-02T19:00:00Z');
    await seed(c, { timeZone: 'Europe/Berlin', timeZoneCheckedAt: '2026-10-20' });

    const launch = await c.launch();
    await c.say('AMAZON.YesIntent');

    expect(words(ssmlOf(launch))).toContain('Would you like to start your evening routine');
    expect(words(ssmlOf(launch))).not.toContain('I could not read part of your saved progress');
    expect(zoneOf(await item(c.userId))).toEqual({
      timeZone: 'Europe/Berlin',
      timeZoneCheckedAt: '2026-10-20',
      timeZoneOffset: 60,
      timeZoneOffsetUntil: '2027-03-28T01:00:00.000Z',
    });
  });

  it('is not kept for a zone ICU does not know: the coach goes on in UTC, logs it, and tells the user nothing', async () => {
    const c = conversation('2026-11-02T08:00:00Z');
    await seed(c, { timeZone: 'Mars/Olympus_Mons', timeZoneCheckedAt: '2026-10-20' });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const launch = await c.launch();
      await c.say('AMAZON.YesIntent');

      // 08:00 UTC: the morning routine.
      expect(words(ssmlOf(launch))).toContain('Would you like to start your morning routine');
      expect(words(ssmlOf(launch))).not.toContain('I could not read part of your saved progress');
      expect(warn.mock.calls.map((call) => String(call[0]))).toContain('{"level":"warn","event":"timeZoneUnknown","timeZone":"Mars/Olympus_Mons","fallback":"UTC"}');
      expect(zoneOf(await item(c.userId))).toEqual({ timeZone: 'Mars/Olympus_Mons', timeZoneCheckedAt: '2026-10-20', timeZoneOffset: undefined, timeZoneOffsetUntil: undefined });
    } finally {
      warn.mockRestore();
    }
  });
});
