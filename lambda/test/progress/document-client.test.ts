import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDocumentClient, DynamoProgressStore } from '../../src/progress/dynamo-store';
import { VersionConflictError } from '../../src/progress/errors';
import type { ProgressRecord } from '../../src/coach/record/record';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';

/**
 * What the skill's own client (createDocumentClient) puts on the wire: read by a pass-through
 * recorder on 127.0.0.1 in front of dynalite, so the region it signs for, the keys it signs with
 * and the read it asks for are checked as DynamoDB would receive them.
 */
interface Recorded {
  readonly operation: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

async function startRecorder(target: string): Promise<{ endpoint: string; calls: Recorded[]; stop: () => Promise<void> }> {
  const calls: Recorded[] = [];
  const targetUrl = new URL(target);
  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      const operation = String(incoming.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      calls.push({ operation, headers: incoming.headers, body: body.toString('utf8') });
      const outgoing = httpRequest(
        { host: targetUrl.hostname, port: targetUrl.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      outgoing.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => { resolve(); });
        server.closeAllConnections();
      }),
  };
}

const USER = 'amzn1.ask.account.DOCCLIENT';

function record(overrides: Partial<ProgressRecord> = {}): ProgressRecord {
  return {
    userId: USER,
    version: 1,
    createdAt: '2026-03-02T07:00:00.000Z',
    updatedAt: '2026-03-02T07:00:00.000Z',
    program: { week: 1, weekStart: '2026-03-02' },
    sessions: [],
    totals: { sessions: 0, seconds: 0 },
    met: {},
    preferences: { keepLevel: false },
    onboarded: false,
    expiresAt: 1804057200,
    ...overrides,
  };
}

describe('createDocumentClient on the wire', () => {
  let local: LocalDynamo;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let restoreEnv: () => void;
  beforeAll(async () => {
    local = await startDynalite();
    recorder = await startRecorder(local.endpoint);
  });
  afterAll(async () => {
    await recorder.stop();
    await local.stop();
  });
  beforeEach(() => {
    restoreEnv = local.useEnv();
    process.env.AWS_ENDPOINT_URL_DYNAMODB = recorder.endpoint;
    recorder.calls.length = 0;
  });
  afterEach(() => {
    restoreEnv();
  });

  it('signs for the region AWS_REGION names, with the keys and session token Lambda hands it', async () => {
    process.env.AWS_REGION = 'eu-central-1';
    process.env.AWS_ACCESS_KEY_ID = 'AKIDLAMBDAROLE';
    process.env.AWS_SESSION_TOKEN = 'token-of-the-lambda-role';
    const store = new DynamoProgressStore(createDocumentClient(), local.tableName);

    await store.load('amzn1.ask.account.NOBODY');

    expect(recorder.calls).toHaveLength(1);
    expect(recorder.calls[0]?.headers.authorization).toContain('Credential=AKIDLAMBDAROLE/');
    expect(recorder.calls[0]?.headers.authorization).toContain('/eu-central-1/dynamodb/aws4_request');
    expect(recorder.calls[0]?.headers['x-amz-security-token']).toBe('token-of-the-lambda-role');
  });

  it('signs for us-east-1 when AWS_REGION is not set, and sends no session token when there is none', async () => {
    delete process.env.AWS_REGION;
    const store = new DynamoProgressStore(createDocumentClient(), local.tableName);

    await store.load('amzn1.ask.account.NOBODY');

    expect(recorder.calls[0]?.headers.authorization).toContain('Credential=local/');
    expect(recorder.calls[0]?.headers.authorization).toContain('/us-east-1/dynamodb/aws4_request');
    expect(recorder.calls[0]?.headers).not.toHaveProperty('x-amz-security-token');
  });

  it('asks for a strongly consistent read', async () => {
    const store = new DynamoProgressStore(createDocumentClient(), local.tableName);

    await store.load('amzn1.ask.account.NOBODY');

    expect(recorder.calls.map((call) => call.operation)).toStrictEqual(['GetItem']);
    expect(JSON.parse(recorder.calls[0]?.body ?? '{}')).toMatchObject({ ConsistentRead: true });
  });

  it('saves a record whose optional fields are present but undefined, nested ones too, leaving them out of the item', async () => {
    const store = new DynamoProgressStore(createDocumentClient(), local.tableName);
    const evening = 'evening' as ProgressRecord['sessions'][number]['routine'];

    await store.save(
      record({
        timeZone: undefined,
        sessions: [{ date: '2026-03-02', routine: evening, seconds: 600, count: undefined }],
        inProgress: { routine: evening, custom: undefined, step: 2, week: 1, savedAt: '2026-03-02T20:00:00.000Z' },
      }),
    );

    const loaded = await store.load(USER);
    expect(loaded).toStrictEqual(
      record({
        sessions: [{ date: '2026-03-02', routine: evening, seconds: 600 }],
        inProgress: { routine: evening, step: 2, week: 1, savedAt: '2026-03-02T20:00:00.000Z' },
      }),
    );
    expect(JSON.parse(recorder.calls[0]?.body ?? '{}')).not.toHaveProperty('Item.timeZone');
  });

  it('passes on an error that is not a lost race as it is, not as a VersionConflictError', async () => {
    const store = new DynamoProgressStore(createDocumentClient(), 'no-such-table');

    const failure = await store.save(record()).catch((error: unknown) => error);

    expect(failure).not.toBeInstanceOf(VersionConflictError);
    expect(failure).toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
