// The benchmark's view of the local DynamoDB: every call the server serves, as reads, writes and other.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { startDynalite } from '../tools/local-dynamo';

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

/** The shared local DynamoDB (tools/local-dynamo.ts), its calls classified as the benchmark reports them. */
export interface BenchDynamo {
  readonly endpoint: string;
  /** A snapshot of the running totals. */
  count(): CallCount;
  /** Creates a table keyed like the progress table (each skill gets its own). */
  createTable(name: string): Promise<void>;
  /** Stores `item` in `table` (a returning user's record, before a cold start). */
  put(table: string, item: Record<string, unknown>): Promise<void>;
  /** Env a child needs to reach the server and `table` with dummy static credentials. */
  env(table: string): Record<string, string>;
  close(): Promise<void>;
}

function classify(counts: Readonly<Record<string, number>>): CallCount {
  const total = emptyCount();
  for (const [op, n] of Object.entries(counts)) {
    if (n === 0) continue;
    total.byOperation[op] = n;
    if (READS.has(op)) total.reads += n;
    else if (WRITES.has(op)) total.writes += n;
    else total.other += n;
  }
  return total;
}

export async function startDynamo(): Promise<BenchDynamo> {
  // Lambda keeps its sockets between invocations; so does the benchmark between interleaved blocks.
  const dynamo = await startDynalite({ tableName: 'bench-unused', keepAliveMs: 10 * 60 * 1000 });
  return {
    endpoint: dynamo.endpoint,
    count: () => classify(dynamo.counts()),
    createTable: (name) => dynamo.createTable(name),
    put: async (table, item) => {
      await dynamo.client.send(new PutCommand({ TableName: table, Item: item }));
    },
    env: (table) => dynamo.envFor(table),
    close: () => dynamo.stop(),
  };
}
