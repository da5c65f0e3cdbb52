// What one turn keeps and says around the record, by ear and in the session the skill sends back:
// a repaired record is said first, before the reply; once the record keeps the device's zone, the
// session stops carrying it. Through the real skill over an in-memory store and a Settings API
// stand-in on 127.0.0.1.
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { ProgressRecord } from '../../src/coach/record/record';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { startSettingsApi, type SettingsApi } from '../../../tools/settings-api';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { onboardedRecord } from '../support/harness';
import { nextUntilEnd } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

const USER = 'amzn1.ask.account.turn-user';
const NOW = Date.parse('2026-11-02T19:00:00Z');

let api: SettingsApi;
beforeAll(async () => {
  api = await startSettingsApi({ timeZone: 'Asia/Tokyo' });
});
afterAll(() => api.stop());

function talk(records: ProgressRecord[]) {
  const store = new MemoryProgressStore(records);
  const skill = buildSkill({ store, random: () => 0 });
  const device = { apiAccessToken: 'bench-token', apiEndpoint: api.endpoint, deviceId: 'amzn1.ask.device.turn' };
  return { store, conversation: new Conversation((event) => skill.invoke(event), USER, NOW, device) };
}

const carried = (response: ResponseEnvelope): Record<string, unknown> =>
  ((response.sessionAttributes?.hipCoach as { s?: Record<string, unknown> } | undefined)?.s ?? {});

describe('a turn around the record', () => {
  it('says a repaired record first, before the greeting', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const corrupt = { ...onboardedRecord(USER, NOW), timeZone: 'UTC', timeZoneCheckedAt: '2026-11-01', totals: { sessions: 'many', seconds: 0 } };
    const { conversation: c } = talk([corrupt as unknown as ProgressRecord]);
    const launch = await c.launch();
    const logged = warn.mock.calls.map((call) => String(call[0]));
    warn.mockRestore();
    expect(words(ssmlOf(launch)).startsWith('I could not read part of your saved progress, so I have reset that part.')).toBe(true);
    // The log names the field, never its value.
    expect(logged).toEqual(['{"level":"warn","event":"recordRepaired","fields":["totals.sessions"]}']);
  });

  it('carries a zone found in the session until the record keeps it, then only in the record', async () => {
    const { store, conversation: c } = talk([onboardedRecord(USER, NOW)]);
    const launch = await c.launch();
    // Nothing written yet: the session carries the zone Tokyo gave.
    expect([carried(launch).timeZone, store.writes]).toEqual(['Asia/Tokyo', 0]);
    const started = await c.say('AMAZON.YesIntent');
    expect((await store.load(USER))?.timeZone).toBe('Asia/Tokyo');
    expect(carried(started).timeZone).toBeUndefined();
    expect((carried(started).record as ProgressRecord | undefined)?.timeZone).toBe('Asia/Tokyo');
  });

  it('decides again in the zone found when only the hour differs: 5 a.m. UTC is 2 p.m. the same day in Tokyo, the workday break', async () => {
    const early = Date.parse('2026-11-02T05:00:00Z');
    const store = new MemoryProgressStore([onboardedRecord(USER, early)]);
    const skill = buildSkill({ store, random: () => 0 });
    const device = { apiAccessToken: 'bench-token', apiEndpoint: api.endpoint, deviceId: 'amzn1.ask.device.turn' };
    const c = new Conversation((event) => skill.invoke(event), USER, early, device);
    const launch = await c.launch();
    expect(words(ssmlOf(launch))).toContain('Would you like to start your workday break');
  });

  it('counts a routine finished after other turns of the same session wrote the place: the morning routine, "next" to its end', async () => {
    const { store, conversation: c } = talk([{ ...onboardedRecord(USER, NOW), timeZone: 'UTC', timeZoneCheckedAt: '2026-11-01' }]);
    const first = await c.start('morning');
    const turns = await nextUntilEnd(c, first);
    // The first stretch, then four "next"s: stretches 2 to 5, the last with the done line.
    expect(turns).toHaveLength(5);
    expect(words(ssmlOf(turns[4]!))).toContain('That is your morning routine done: 3 minutes of stretching. Well done.');
    expect((await store.load(USER))?.totals.sessions).toBe(1);
  });
});
