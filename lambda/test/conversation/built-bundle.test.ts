import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoProgressStore } from '../../src/progress/dynamo-store';
import { BUNDLE, loadBundle } from '../support/bundle';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { startFakeReminders } from '../../../tools/fake-reminders';
import { startSettingsApi } from '../../../tools/settings-api';
import { launchPastScreen, onboardedRecord, repromptOf } from '../support/harness';
import { doneLinePattern, firstStretchNamed, nextUntilEnd, plannedNames } from '../support/routine-run';
import { responseProblems } from '../support/speech-checks';

// The built bundle (`npm run build`, run by the test command before jest) on a local DynamoDB:
// what Lambda runs, with its own randomness, so these checks hold for any phrasing.
let dynamo: LocalDynamo;
let invoke: ReturnType<typeof loadBundle>;

beforeAll(async () => {
  dynamo = await startDynalite({ tableName: 'hip-coach-conversation-test' });
  invoke = loadBundle(dynamo);
});
afterAll(async () => {
  await dynamo.stop();
});

describe('the evening routine through lambda/dist/index.js, from "open hip coach" to the end, only by "next"', () => {
  const names = plannedNames('evening');
  const userId = 'amzn1.ask.account.bundle-evening';

  it('plays the plan\'s stretches in order, reprompting each next one, ends with the done line and records the session', async () => {
    const c = new Conversation(invoke, userId, Date.parse('2026-11-03T20:45:00Z'));

    const first = await launchPastScreen(c);
    const routineResponses = await nextUntilEnd(c, first);

    expect(routineResponses.map((r) => firstStretchNamed(ssmlOf(r)))).toEqual(names);
    expect(c.responses).toHaveLength(2 + names.length);
    routineResponses.slice(0, -1).forEach((response, i) => {
      expect(repromptOf(response)).toBe(`Say next for ${names[i + 1]}, or repeat to do this one again.`);
    });
    expect(words(ssmlOf(routineResponses.at(-1)!))).toMatch(doneLinePattern('evening'));
    // A first finished routine ends on the one-time reminder offer (issue #16).
    expect(words(ssmlOf(routineResponses.at(-1)!))).toMatch(/Would a reminder help\?/);
    const record = await new DynamoProgressStore(dynamo.client, dynamo.tableName).load(userId);
    expect(record).toMatchObject({ onboarded: true, totals: { sessions: 1 } });
    expect(record?.inProgress).toBeUndefined();
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});

describe('ask-sdk-model beside the bundle (lambda/dist/ask-sdk-model.js), read on a reminder turn only', () => {
  const NOW = Date.parse('2026-11-02T18:30:00Z');

  it('sets a reminder through lambda/dist/index.js: the Reminders API is called with ask-sdk\'s own client, read from beside the bundle', async () => {
    const fake = await startFakeReminders({ timeZone: 'Europe/London' });
    try {
      const userId = 'amzn1.ask.account.bundle-reminder';
      await new DynamoProgressStore(dynamo.client, dynamo.tableName).save(onboardedRecord(userId, NOW));
      const c = new Conversation(invoke, userId, NOW);
      c.device = { apiEndpoint: fake.endpoint, apiAccessToken: `token-${userId}`, granted: ['alexa::alerts:reminders:skill:readwrite'] };
      await c.launch();
      await c.say('SetReminderIntent', ['routine', 'evening', 'evening', 'RoutineType'], ['time', '19:00']);
      const done = await c.say('AMAZON.YesIntent');
      expect(words(ssmlOf(done))).toBe('Done. I will remind you to do your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now.');
      expect(fake.created).toHaveLength(1);
      await expect(responseProblems(c.responses)).resolves.toEqual({});
    } finally {
      await fake.stop();
    }
  });

  it('is not needed to launch: a copy of the bundle without it greets a new user and asks the Settings API for the zone itself', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hip-coach-no-model-'));
    const api = await startSettingsApi({ timeZone: 'Europe/London' });
    try {
      for (const name of readdirSync(path.dirname(BUNDLE)).filter((n) => n !== 'ask-sdk-model.js')) copyFileSync(path.join(path.dirname(BUNDLE), name), path.join(dir, name));
      const copy = loadBundle(dynamo, path.join(dir, 'index.js'));
      const c = new Conversation(copy, 'amzn1.ask.account.bundle-no-model', NOW);
      c.device = { apiEndpoint: api.endpoint, apiAccessToken: 'token-no-model', deviceId: 'amzn1.ask.device.NO-MODEL' };
      const launch = await c.launch();
      expect(words(ssmlOf(launch))).toMatch(/^Welcome to Hip Coach\./);
      expect({ calls: api.calls, answered: api.answered, unauthorised: api.unauthorised }).toEqual({ calls: 1, answered: 1, unauthorised: 0 });
      expect(launch.sessionAttributes).toMatchObject({ hipCoach: { s: { timeZone: 'Europe/London' } } });
    } finally {
      await api.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
