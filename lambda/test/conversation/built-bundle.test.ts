import { DynamoProgressStore } from '../../src/progress/dynamo-store';
import { loadBundle } from '../support/bundle';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { launchPastScreen, repromptOf } from '../support/harness';
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
