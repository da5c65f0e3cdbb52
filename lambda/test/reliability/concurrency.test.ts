import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createDocumentClient, DynamoProgressStore } from '../../src/progress/dynamo-store';
import type { ProgressRecord } from '../../src/coach/record/record';
import { buildSkill } from '../../src/skill';
import { en } from '../../src/speech/resources/en';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { seededRandom } from '../support/fault-proxy';
import { inRoutine } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

const DEVICES = 20;
const USER = 'amzn1.ask.account.MANY-DEVICES';

let dynamo: LocalDynamo;
let restoreEnv: () => void;
beforeAll(async () => {
  dynamo = await startDynalite();
  restoreEnv = dynamo.useEnv();
});
afterAll(async () => {
  restoreEnv();
  await dynamo.stop();
});

describe(`one user on ${DEVICES} devices at once`, () => {
  it('counts every device\'s routine, with no apology, by retrying lost races with jittered backoff', async () => {
    const skill = buildSkill({ store: new DynamoProgressStore(createDocumentClient(), dynamo.tableName), random: seededRandom(7) });
    // Each device has its own session, as on Alexa.
    const onDevice = (device: number) => (event: RequestEnvelope) =>
      skill.invoke({ ...event, session: event.session && { ...event.session, sessionId: `${event.session.sessionId}.device${device}` } });
    const first = new Conversation(onDevice(0), USER);
    await first.startPastScreen('workday');
    await first.say('AMAZON.StopIntent');

    const devices = Array.from({ length: DEVICES }, (_, i) => new Conversation(onDevice(i + 1), USER, first.now + 60_000));
    const heard: ResponseEnvelope[] = [];
    // Everyone starts together, listens, and says "next" at the same moment, until each routine ends.
    let open = await Promise.all(devices.map((c) => c.start('workday')));
    heard.push(...open);
    while (open.some(inRoutine)) {
      open = await Promise.all(
        devices.map(async (c, i) => {
          if (!inRoutine(open[i]!)) return open[i]!;
          c.listen(open[i]!);
          return c.say('AMAZON.NextIntent');
        }),
      );
      heard.push(...open);
    }

    const stored = (await dynamo.client.send(new GetCommand({ TableName: dynamo.tableName, Key: { userId: USER } }))).Item as ProgressRecord;
    const apologies = heard.filter((r) => ([en.error.generic, en.error.sayAgain] as string[]).includes(words(ssmlOf(r))));
    expect(apologies).toHaveLength(0);
    for (const r of open) expect(words(ssmlOf(r))).toMatch(/workday break/);
    expect(stored.totals.sessions).toBe(DEVICES);
  }, 60_000);
});
