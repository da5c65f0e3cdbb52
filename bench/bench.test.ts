// Smoke test of the benchmark harness on the reference skills only (BENCH_QUICK): it must produce a table with
// numbers and count DynamoDB calls at the server. Timing is never asserted: these machines are shared and noisy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetItemCommand, PutItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { countSince, startDynamo } from './dynamo';
import type { SkillResult } from './harness';
import { conversation, ConversationPlayer, realDevice } from './envelopes';
import { coldScenarios, intentRequest, scenarioEnvelope, scenarioById, withInterfaces } from './scenarios';

const repoRoot = path.resolve(__dirname, '..');

describe('the DynamoDB call counter', () => {
  it('counts a GetItem as a read and a PutItem as a write, by their X-Amz-Target', async () => {
    // Prepare
    const dynamo = await startDynamo();
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    try {
      await dynamo.createTable('count-test');
      const before = dynamo.count();

      // Act
      await client.send(new PutItemCommand({ TableName: 'count-test', Item: { userId: { S: 'u' } } }));
      await client.send(new GetItemCommand({ TableName: 'count-test', Key: { userId: { S: 'u' } } }));

      // Assess
      expect(countSince(before, dynamo.count())).toEqual({ reads: 1, writes: 1, other: 0, byOperation: { GetItem: 1, PutItem: 1 } });
    } finally {
      client.destroy();
      await dynamo.close();
    }
  });
});

describe('the envelopes the benchmark sends', () => {
  it('carry an API token and the Settings API endpoint, as a device sends them, in every turn and every cold scenario', () => {
    const player = new ConversationPlayer('shape', realDevice('http://127.0.0.1:9'));
    const systems = conversation.map(() => player.next().event.context.System);
    const cold = coldScenarios.map((sc) => scenarioEnvelope(sc, 'amzn1.ask.account.u', 'http://127.0.0.1:9', Date.now()).context.System);

    for (const system of [...systems, ...cold]) expect([system.apiAccessToken, system.apiEndpoint]).toEqual([expect.stringMatching(/\S/), 'http://127.0.0.1:9']);
  });

  it('build the extension rows: another locale, a screen device, another first request', () => {
    const base = scenarioById('returning');
    const apl = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } };
    const row = { ...base, id: 'example', locale: 'de-DE', adjust: withInterfaces(apl), request: intentRequest('ProgressIntent') };

    const event = scenarioEnvelope(row, 'amzn1.ask.account.u', 'http://127.0.0.1:9', Date.now());

    expect(event.request).toMatchObject({ type: 'IntentRequest', locale: 'de-DE', intent: { name: 'ProgressIntent' } });
    expect(event.context.System.device?.supportedInterfaces).toEqual(apl);
    expect(event.context.System.apiAccessToken).toMatch(/\S/);
  });

  it('send the reminder-setting row mid-session: the pending reminder in the attributes, the permission granted', () => {
    const event = scenarioEnvelope(scenarioById('reminder-set'), 'amzn1.ask.account.u', 'http://127.0.0.1:9', Date.now());

    expect(event.request).toMatchObject({ type: 'IntentRequest', intent: { name: 'AMAZON.YesIntent' } });
    expect(event.session?.new).toBe(false);
    expect(event.session?.attributes).toEqual({
      hipCoach: { v: 1, s: { pending: { kind: 'reminder', draft: { routine: 'evening', time: '19:00', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], follows: 'daily' } } } },
    });
    expect(event.context.System.user.permissions?.scopes).toEqual({ 'alexa::alerts:reminders:skill:readwrite': { status: 'GRANTED' } });
  });

  it("plays a returning user's launch as a new session of the same user", () => {
    const player = new ConversationPlayer('sessions');
    const turns = conversation.map(() => player.next());
    const returning = turns.find((t) => t.turn.label === 'LaunchRequest (returning user)');

    expect(returning?.event.session?.new).toBe(true);
    expect(returning?.event.session?.user.userId).toBe(turns[0]?.event.session?.user.userId);
    expect(new Set(turns.map((t) => t.session)).size).toBe(2);
  });
});

describe('npm run bench in quick mode on the reference skills', () => {
  const jsonFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-test-')), 'results.json');
  let run: ReturnType<typeof spawnSync>;
  let results: SkillResult[];

  beforeAll(() => {
    run = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['bench/run.ts', '--refs-only', '--json', jsonFile], {
      cwd: repoRoot,
      env: { ...process.env, BENCH_QUICK: '1', BENCH_COLD_ROUNDS: '2', BENCH_WARM_REQUESTS: '100', BENCH_WARM_BLOCK: '50', BENCH_WARMUP: '10' },
      encoding: 'utf8',
      timeout: 55_000,
    });
    results = run.status === 0 ? (JSON.parse(readFileSync(jsonFile, 'utf8')) as { results: SkillResult[] }).results : [];
  }, 60_000);

  it('exits 0 and prints one table row with numbers per reference skill', () => {
    expect({ status: run.status, stderr: run.status === 0 ? '' : String(run.stderr).slice(-2000) }).toEqual({ status: 0, stderr: '' });
    const rows = String(run.stdout)
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| skill') && !l.startsWith('| ---'));
    for (const label of ['minimal skill', 'minimal, default mainFields', 'ask-sdk hello-world', 'bare SDK GetItem+PutItem']) {
      const row = rows.find((r) => r.startsWith(`| ${label}`));
      expect(row).toMatch(/\d+ KiB \/ \d+ KiB/);
      expect(row).toMatch(/\d+(\.\d+)? (ms|µs) \(\d/);
    }
  });

  it('counts one read and one write per turn for the minimal skill and none for hello-world', () => {
    const minimal = results.find((r) => r.spec.id === 'minimal');
    const hello = results.find((r) => r.spec.id === 'hello');
    expect(minimal?.turns?.map((t) => [t.label, t.maxReads, t.maxWrites])).toEqual(
      [...new Set(conversation.map((t) => t.label))].map((label) => [label, 1, 1]),
    );
    expect(minimal?.warm?.callsPerRequest).toEqual({ reads: 1, writes: 1, other: 0 });
    expect(minimal?.cold?.callsPerStart).toMatchObject({ reads: 1, writes: 1, other: 0 });
    // The minimal skill also plays the returning user's launch (the denominator of its ratio) and never asks the Settings API.
    expect(minimal?.coldBy?.returning?.callsPerStart).toMatchObject({ reads: 1, writes: 1, other: 0 });
    expect(minimal?.coldBy?.returning?.lookupsPerStart).toBe(0);
    expect(hello?.warm?.callsPerRequest).toEqual({ reads: 0, writes: 0, other: 0 });
  });

  it('sees the reference handlers as async (event, context)', () => {
    expect(results.map((r) => [r.spec.id, r.cold?.handlerLength, r.cold?.returnsPromise])).toEqual([
      ['minimal', 2, true],
      ['minimal-default', 2, true],
      ['hello', 2, true],
      ['floor', 2, true],
    ]);
  });
});
