/**
 * The one local DynamoDB API of this repository: dynalite on 127.0.0.1, holding the progress table
 * with the schema the CloudFormation stack gives it (a test checks the two agree). Used by the lambda
 * tests, the benchmark and the console.
 *
 *   const dynamo = await startDynalite();            // in beforeAll: in memory, one empty progress table
 *   const restore = dynamo.useEnv();                 // the built bundle / createDocumentClient now reach it
 *   dynamo.counts().PutItem;                         // calls the server received, by operation
 *   await dynamo.stop();                             // in afterAll
 *
 * Options: `tableName`, `path` (keep the data in a folder, as the console does) and `keepAliveMs`.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';


/** The progress table's key and billing, as infrastructure/cfn-deployer/skill-stack.yaml declares them. */
export const PROGRESS_TABLE_SCHEMA = {
  AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
  KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
} as const satisfies Omit<CreateTableCommandInput, 'TableName'>;

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Creates the progress table `tableName` unless it exists, and waits until it is ACTIVE. */
export async function ensureProgressTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'found'> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'found';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException) && (error as Error | undefined)?.name !== 'ResourceNotFoundException') throw error;
  }
  await client.send(new CreateTableCommand({ TableName: tableName, ...structuredClone(PROGRESS_TABLE_SCHEMA) }));
  // createTableMs: 0 still flips the table to ACTIVE on a timer; wait for it rather than race it.
  for (let poll = 0; ; poll += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return 'created';
    if (poll >= 100) throw new Error(`dynalite table ${tableName} did not become ACTIVE`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Calls the server received, by DynamoDB operation name (the X-Amz-Target suffix). */
export type OperationCounts = {
  readonly GetItem: number;
  readonly PutItem: number;
  readonly UpdateItem: number;
  readonly DeleteItem: number;
  readonly [operation: string]: number;
};

export interface LocalDynamoOptions {
  /** The progress table to create (or find, with `path`); default `hip-coach-progress-test`. */
  readonly tableName?: string;
  /** Keep the data in this folder (LevelDB: one process at a time); default in memory. */
  readonly path?: string;
  /** Keep idle client sockets open this long, as Lambda does between invocations (the benchmark). */
  readonly keepAliveMs?: number;
}

/** A local DynamoDB API (dynalite) holding the progress table. */
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
   * dummy credentials and PROGRESS_TABLE_NAME (`tableName`), as the old test helper had it.
   */
  readonly env: Readonly<Record<string, string>>;
  /** `env` with PROGRESS_TABLE_NAME set to another table (the benchmark gives each skill its own). */
  envFor(tableName: string): Record<string, string>;
  /** Writes `env` into process.env; the returned function puts back what was there before. */
  useEnv(): () => void;
  /** Creates another table keyed like the progress table (the benchmark gives each skill its own). */
  createTable(tableName: string): Promise<void>;
  /** Calls received since start (creating the progress table excluded) or since the last resetCounts(). */
  counts(): OperationCounts;
  resetCounts(): void;
  /** Closes the helper's client and the server, dropping any connection still open to it. */
  stop(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** How long stop() waits for calls still being answered (an abandoned write may land late). */
const DRAIN_MS = 3000;

/**
 * Closes the server once the calls it is answering are done: dynalite closes its database on close,
 * and a write still in flight then throws "Database is closed" from a callback, which would take the
 * whole test process down.
 */
async function close(server: Server, inFlight: () => number): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => {
    server.close((error?: Error) => {
      if (error) reject(error);
      else resolve();
    });
  });
  server.closeIdleConnections();
  for (const started = Date.now(); inFlight() > 0 && Date.now() - started < DRAIN_MS; ) await new Promise((resolve) => setTimeout(resolve, 10));
  // Keep-alive sockets of clients the helper does not own (the skill's) would otherwise hold close() open.
  server.closeAllConnections();
  await closed;
}

/** Starts dynalite on 127.0.0.1 at a free port with the progress table in it. Call `stop()` when done. */
export async function startDynalite(options: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  const tableName = options.tableName ?? 'hip-coach-progress-test';
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(options.path ? { path: options.path } : {}) });
  let calls = new Map<string, number>();
  let answering = 0;
  // Counted on arrival, before dynalite's own handler: every call is counted, even one it rejects,
  // and by the time the SDK has its answer.
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    answering += 1;
    response.once('close', () => {
      answering -= 1;
    });
    const target = request.headers['x-amz-target'];
    const operation = typeof target === 'string' ? (target.split('.').pop() ?? target) : 'unknown';
    calls.set(operation, (calls.get(operation) ?? 0) + 1);
  });
  if (options.keepAliveMs !== undefined) server.keepAliveTimeout = options.keepAliveMs;
  const endpoint = await listen(server);

  const base = new DynamoDBClient({ endpoint, region: REGION, credentials: CREDENTIALS });
  const client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  const stop = async () => {
    base.destroy(); // DynamoDBDocumentClient.destroy() is a no-op: the base client owns the sockets.
    await close(server, () => answering);
  };
  try {
    await ensureProgressTable(base, tableName);
  } catch (error) {
    await stop();
    throw error;
  }
  calls = new Map();

  const envFor = (table: string): Record<string, string> => ({
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AWS_REGION: REGION,
    AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    PROGRESS_TABLE_NAME: table,
  });

  return {
    endpoint,
    tableName,
    region: REGION,
    client,
    env: envFor(tableName),
    envFor,
    useEnv() {
      const vars = envFor(tableName);
      const previous = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
      // A session token from the developer's shell would ride along with the dummy keys.
      const previousToken = process.env.AWS_SESSION_TOKEN;
      delete process.env.AWS_SESSION_TOKEN;
      Object.assign(process.env, vars);
      return () => {
        for (const [name, value] of Object.entries({ ...previous, AWS_SESSION_TOKEN: previousToken })) {
          if (value === undefined) Reflect.deleteProperty(process.env, name);
          else process.env[name] = value;
        }
      };
    },
    async createTable(name) {
      await ensureProgressTable(base, name);
    },
    counts() {
      return { GetItem: 0, PutItem: 0, UpdateItem: 0, DeleteItem: 0, ...Object.fromEntries(calls) };
    },
    resetCounts() {
      calls = new Map();
    },
    stop,
  };
}
