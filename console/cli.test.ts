import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { cleanEnv, eventsOf, runConsole } from './cli-harness';
import { startDynalite } from '../tools/local-dynamo';
import { hasEspeak } from './voice';

const STAND_IN = join(__dirname, 'fixtures', 'stand-in-skill.ts');
// This file talks to dynalite itself; the SDK's Node-version notice is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hip-coach-console-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start (console/main.ts) with a stand-in skill', () => {
  it('runs a script and prints the transcript; a second run for the same user finds the progress kept in --data', async () => {
    const script = join(dir, 'first.txt');
    writeFileSync(script, 'open hip coach\nstart evening routine\nnext\nhow am I doing\n');
    const data = join(dir, 'data');
    const first = await runConsole(['--handler', STAND_IN, '--data', data, '--speed', '0', '--user', 'ann', '--script', script]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('you › open hip coach');
    expect(first.stdout).toContain('→ IntentRequest StartRoutineIntent routine="evening"→evening');
    expect(first.stdout).toContain('You have done 1 sessions.');
    expect(first.stdout).toMatch(/session over \(Hip Coach ended the session\)/);

    const again = await runConsole(['--handler', STAND_IN, '--data', data, '--speed', '0', '--user', 'ann', 'ask hip coach how am I doing']);
    expect(again.stdout).toContain('You have done 1 sessions.');
    const fresh = await runConsole(['--handler', STAND_IN, '--data', data, '--speed', '0', '--user', 'ann', '--fresh', 'ask hip coach how am I doing']);
    expect(fresh.stdout).toContain('You have done 0 sessions.');
    const stranger = await runConsole(['--handler', STAND_IN, '--data', data, '--speed', '0', '--user', 'bob', 'ask hip coach how am I doing']);
    expect(stranger.stdout).toContain('You have done 0 sessions.');
  });

  it('reads a piped script and prints JSON events with request timestamps from the virtual clock', async () => {
    const run = await runConsole(['--handler', STAND_IN, '--data', join(dir, 'data'), '--speed', '0', '--json', '--start', '2030-01-07T07:00:00Z'], {
      stdin: 'open hip coach and start evening routine\n(after 20) how long do I hold this\n',
    });
    expect(run.code).toBe(0);
    const requests = eventsOf(run).filter((e) => e.type === 'request');
    expect(requests.map((e) => e.timestamp)).toEqual(['2030-01-07T07:00:00Z', '2030-01-07T07:00:20Z']);
    // The stand-in's hold starts after 3.2 s of speech: 20 s in, 16.8 s of its 30 s are gone.
    expect(eventsOf(run).some((e) => e.type === 'speech' && e.text === '13 seconds left.')).toBe(true);
  });

  it('uses the table named in the environment and creates nothing of its own', async () => {
    const dynamo = await startDynalite({ tableName: 'team-table' });
    const endpoint = dynamo.endpoint;
    const client = new DynamoDBClient({ endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' } });
    try {
      const data = join(dir, 'unused');
      const env = cleanEnv({ PROGRESS_TABLE_NAME: 'team-table', AWS_ENDPOINT_URL_DYNAMODB: endpoint, AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'k', AWS_SECRET_ACCESS_KEY: 's' });
      const run = await runConsole(['--handler', STAND_IN, '--data', data, '--speed', '0', '--user', 'cy', 'open hip coach and start evening routine'], { env });
      expect(run.stdout).toContain('progress: table team-table at http://127.0.0.1');
      expect(existsSync(data)).toBe(false);
      const { Item } = await client.send(new GetItemCommand({ TableName: 'team-table', Key: { userId: { S: 'amzn1.ask.account.console-cy' } } }));
      expect(Item?.sessions?.N).toBe('1');
    } finally {
      client.destroy();
      await dynamo.stop();
    }
  });

  it('writes one WAV per response with --wav where espeak-ng is installed, and otherwise says how to get it', async () => {
    const wav = join(dir, 'wav');
    const run = await runConsole(['--handler', STAND_IN, '--data', join(dir, 'data'), '--speed', '0', '--wav', wav, 'open hip coach']);
    expect(run.code).toBe(0);
    // Which of the two the machine gives depends on espeak-ng; exactly one assertion always runs.
    const espeak = hasEspeak();
    expect(espeak ? readdirSync(wav) : run.stdout).toEqual(espeak ? ['001-LaunchRequest.wav'] : expect.stringContaining('apt-get install espeak-ng'));
  });

  it('explains what is missing instead of crashing', async () => {
    const noBundle = await runConsole(['--handler', join(dir, 'nothing.js'), '--data', join(dir, 'data'), 'open hip coach']);
    expect(noBundle.code).toBe(1);
    expect(noBundle.stderr).toMatch(/nothing\.js does not exist/);
    const badScript = await runConsole(['--handler', STAND_IN, '--data', join(dir, 'data')], { stdin: '(wait a bit)\n' });
    expect(badScript.code).toBe(2);
    expect(badScript.stderr).toMatch(/line 1: cannot read the duration/);
    const help = await runConsole(['--help']);
    expect(help.stdout).toContain('--speed N');
  });
});
