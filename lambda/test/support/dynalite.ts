import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// dynalite ships no type declarations; this is the part of its API used here.
const dynalite = require('dynalite') as (options: { createTableMs?: number; path?: string }) => Server;

/** Calls the server received, by DynamoDB operation name (the X-Amz-Target suffix). */
export type OperationCounts = {
  readonly GetItem: number;
  readonly PutItem: number;
  readonly UpdateItem: number;
  readonly DeleteItem: number;
  readonly [operation: string]: number;
};

/** A local DynamoDB API (dynalite, in memory) holding one empty progress table. */
export interface LocalDynamo {
  /** e.g. http://127.0.0.1:41234 */
  readonly endpoint: string;
  readonly tableName: string;
  readonly region: string;
  /** A document client pointed at the server, with dummy credentials and the production marshalling. */
  readonly client: DynamoDBDocumentClient;
  /**
   * The environment under which code that builds its own client (the built bundle, via
   * createDocumentClient) talks to this server: AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION,
   * dummy credentials and PROGRESS_TABLE_NAME.
   */
  readonly env: Readonly<Record<string, string>>;
  /** Writes `env` into process.env; the returned function puts back what was there before. */
  useEnv(): () => void;
  /** Calls received since start (table creation excluded) or since the last resetCounts(). */
  counts(): OperationCounts;
  resetCounts(): void;
  /** Closes the helper's client and the server, dropping any connection still open to it. */
  stop(): Promise<void>;
}

/**
 * Starts dynalite on 127.0.0.1 at a free port and creates the progress table (partition key
 * `userId` (S), on demand). Call it in `beforeAll` and `stop()` it in `afterAll`.
 */
export async function startDynalite(options: { tableName?: string } = {}): Promise<LocalDynamo> {
  const tableName = options.tableName ?? 'hip-coach-progress-test';
  const region = 'us-east-1';
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

  const server = dynalite({ createTableMs: 0 });
  let calls = new Map<string, number>();
  // Counted on arrival, so a call is counted by the time the SDK has its answer.
  server.prependListener('request', (request: IncomingMessage) => {
    const target = request.headers['x-amz-target'];
    const operation = typeof target === 'string' ? (target.split('.')[1] ?? target) : 'unknown';
    calls.set(operation, (calls.get(operation) ?? 0) + 1);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;

  const base = new DynamoDBClient({ endpoint, region, credentials });
  const client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  await base.send(
    new CreateTableCommand({
      TableName: tableName,
      AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  // createTableMs: 0 still flips the table to ACTIVE on a timer; wait for it rather than race it.
  for (let poll = 0; ; poll += 1) {
    const { Table } = await base.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') break;
    if (poll >= 100) throw new Error(`dynalite table ${tableName} did not become ACTIVE`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  calls = new Map();

  const env: Readonly<Record<string, string>> = {
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AWS_REGION: region,
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    PROGRESS_TABLE_NAME: tableName,
  };

  return {
    endpoint,
    tableName,
    region,
    client,
    env,
    useEnv() {
      const previous = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
      // A session token from the developer's shell would ride along with the dummy keys.
      const previousToken = process.env.AWS_SESSION_TOKEN;
      delete process.env.AWS_SESSION_TOKEN;
      Object.assign(process.env, env);
      return () => {
        for (const [name, value] of Object.entries({ ...previous, AWS_SESSION_TOKEN: previousToken })) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      };
    },
    counts() {
      return { GetItem: 0, PutItem: 0, UpdateItem: 0, DeleteItem: 0, ...Object.fromEntries(calls) };
    },
    resetCounts() {
      calls = new Map();
    },
    async stop() {
      base.destroy(); // DynamoDBDocumentClient.destroy() is a no-op: the base client owns the sockets.
      await new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets of clients the helper does not own would otherwise hold close() open.
        server.closeAllConnections();
      });
    },
  };
}
