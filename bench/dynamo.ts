// A local DynamoDB (dynalite on 127.0.0.1, random port) that counts every call it serves by operation.
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

/** DynamoDB calls seen by the server, from the `X-Amz-Target` header of each request. */
export interface CallCount {
  reads: number;
  writes: number;
  /** Anything else (DescribeTable, ListTables…): a skill should make none of these per turn. */
  other: number;
  byOperation: Record<string, number>;
}

export function emptyCount(): CallCount {
  return { reads: 0, writes: 0, other: 0, byOperation: {} };
}

/** `after - before`, for attributing the calls of one phase or one turn. */
export function countSince(before: CallCount, after: CallCount): CallCount {
  const byOperation: Record<string, number> = {};
  for (const [op, n] of Object.entries(after.byOperation)) {
    const d = n - (before.byOperation[op] ?? 0);
    if (d) byOperation[op] = d;
  }
  return { reads: after.reads - before.reads, writes: after.writes - before.writes, other: after.other - before.other, byOperation };
}

export interface LocalDynamo {
  readonly endpoint: string;
  /** A snapshot of the running totals. */
  count(): CallCount;
  /** Creates a table keyed like the progress table: partition key `userId` (S), on-demand. */
  createTable(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Env a child needs to reach the local server with dummy static credentials. */
export function dynamoEnv(endpoint: string, table: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
    PROGRESS_TABLE_NAME: table,
  };
}

export async function startDynamo(): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const total = emptyCount();
  // Runs before dynalite's own handler: every request is counted, even one it rejects.
  server.prependListener('request', (req) => {
    const target = req.headers['x-amz-target'];
    const op = typeof target === 'string' ? (target.split('.').pop() ?? target) : '(none)';
    total.byOperation[op] = (total.byOperation[op] ?? 0) + 1;
    if (READS.has(op)) total.reads += 1;
    else if (WRITES.has(op)) total.writes += 1;
    else total.other += 1;
  });
  // Lambda keeps its sockets between invocations; so does the benchmark between interleaved blocks.
  server.keepAliveTimeout = 10 * 60 * 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const env = dynamoEnv(endpoint, 'unused');
  const admin = new DynamoDBClient({
    endpoint,
    region: env.AWS_REGION,
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  return {
    endpoint,
    count: () => ({ ...total, byOperation: { ...total.byOperation } }),
    async createTable(name) {
      await admin.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    },
    async close() {
      admin.destroy();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
