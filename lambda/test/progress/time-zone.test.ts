// The device's time zone, from a real HTTP round trip to a Settings API stand-in on 127.0.0.1: asked for
// only when the record has no recently confirmed zone, kept by the record once known, and never able to
// hold a turn up for longer than the lookup's bound.
import type { ProgressRecord } from '../../src/coach/record/record';
import { ZONE_REFRESH_DAYS } from '../../src/coach/record/model';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { startSettingsApi, type SettingsApi } from '../../../tools/settings-api';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { onboardedRecord } from '../support/harness';

const USER = 'amzn1.ask.account.zone-user';
/** Monday 2 November 2026, 19:00 UTC: 04:00 on Tuesday in Tokyo, 11:00 in Los Angeles. */
const NOW = Date.parse('2026-11-02T19:00:00Z');

let api: SettingsApi;

beforeAll(async () => {
  api = await startSettingsApi({ timeZone: 'Asia/Tokyo' });
});
afterAll(() => api.stop());
beforeEach(() => {
  api.options.delayMs = 0;
  api.options.status = 200;
  api.options.timeZone = 'Asia/Tokyo';
});

function talk(records: ProgressRecord[] = []) {
  const store = new MemoryProgressStore(records);
  const skill = buildSkill({ store, random: () => 0 });
  const device = { apiAccessToken: 'bench-token', apiEndpoint: api.endpoint, deviceId: 'amzn1.ask.device.zone' };
  return { store, conversation: new Conversation((event) => skill.invoke(event), USER, NOW, device) };
}

async function stored(store: MemoryProgressStore): Promise<ProgressRecord | undefined> {
  const record = await store.load(USER);
  return record;
}

describe('the time zone from the Settings API', () => {
  it('is asked for once for a new user, carried through the session and kept by the first write', async () => {
    const { store, conversation: c } = talk();
    const before = api.calls;

    await c.launch();
    await c.say('AMAZON.NoIntent');
    await c.say('AMAZON.NoIntent'); // the routine starts: the first write
    const record = await stored(store);

    expect(api.calls - before).toBe(1);
    expect(api.unauthorised).toBe(0);
    // 04:00 on 3 November in Tokyo: the program's week starts on the local date, not UTC's 2 November.
    expect(record).toMatchObject({ timeZone: 'Asia/Tokyo', timeZoneCheckedAt: '2026-11-03', program: { weekStart: '2026-11-03' } });

    c.wait(3600);
    await c.launch();
    expect(api.calls - before).toBe(1);
  });

  it('is not asked for when the record has a recently confirmed zone', async () => {
    const record = { ...onboardedRecord(USER, NOW), timeZone: 'Europe/Berlin', timeZoneCheckedAt: '2026-10-20' };
    const { conversation: c } = talk([record]);
    const before = api.calls;

    const launch = await c.launch();

    expect(api.calls - before).toBe(0);
    // 20:00 in Berlin: the evening routine.
    expect(words(ssmlOf(launch))).toContain('Would you like to start your evening');
  });

  it('decides the launch in the zone found: a record without a zone hears the morning routine offered at 4 a.m. in Tokyo', async () => {
    const { store, conversation: c } = talk([onboardedRecord(USER, NOW)]);

    const launch = await c.launch();
    await c.say('AMAZON.YesIntent');

    expect(words(ssmlOf(launch))).toContain('Would you like to start your morning');
    expect(await stored(store)).toMatchObject({ timeZone: 'Asia/Tokyo', timeZoneCheckedAt: '2026-11-03' });
  });

  it(`is asked for again after ${ZONE_REFRESH_DAYS} days, and the move is kept`, async () => {
    const record = { ...onboardedRecord(USER, NOW), timeZone: 'Europe/Berlin', timeZoneCheckedAt: '2026-10-01' };
    const { store, conversation: c } = talk([record]);
    const before = api.calls;

    await c.launch();
    await c.say('AMAZON.YesIntent');

    expect(api.calls - before).toBe(1);
    expect(await stored(store)).toMatchObject({ timeZone: 'Asia/Tokyo', timeZoneCheckedAt: '2026-11-03' });
  });

  it('answers without waiting for a Settings API that is slower than the bound, in UTC', async () => {
    api.options.delayMs = 5000;
    const { conversation: c } = talk([onboardedRecord(USER, NOW)]);
    const answeredBefore = api.answered;
    const callsBefore = api.calls;

    const launch = await c.launch();

    // The lookup was made and is still unanswered: the turn did not wait for it.
    expect([api.calls - callsBefore, api.answered - answeredBefore]).toEqual([1, 0]);
    // 19:00 UTC: the evening routine.
    expect(words(ssmlOf(launch))).toContain('Would you like to start your evening');
  });

  it('answers in UTC when the Settings API fails, and asks again next session', async () => {
    api.options.status = 500;
    const { store, conversation: c } = talk();
    const before = api.calls;

    await c.launch();
    await c.say('AMAZON.NoIntent');
    const started = await c.say('AMAZON.NoIntent');
    c.listen(started);
    await c.say('AMAZON.StopIntent');
    const record = await stored(store);
    c.wait(3600);
    api.options.status = 200;
    await c.launch();

    expect(record).toBeDefined();
    expect(record).not.toHaveProperty('timeZone');
    expect(record?.program.weekStart).toBe('2026-11-02');
    expect(api.calls - before).toBe(2);
  });
});
