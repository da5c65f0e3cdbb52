import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DeleteItemCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';

/** The table the skill's progress store expects (DESIGN.md): partition key `userId` (S), on-demand. */
export const DEFAULT_TABLE_NAME = 'hip-coach-progress';

/** Where progress lives for this console run, and the environment that points the skill at it. */
export interface ProgressStorage {
  /** Variables to set before the skill's bundle is loaded. */
  env: Record<string, string>;
  /** One line for the banner. */
  description: string;
  close(): Promise<void>;
}

type Dynalite = (options: { path?: string; createTableMs?: number }) => Server;

/** True when the environment already names a table and how to reach DynamoDB; the console then creates nothing. */
export function usesExternalTable(env: NodeJS.ProcessEnv): boolean {
  const reachable = env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL || env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE;
  return Boolean(env.PROGRESS_TABLE_NAME && reachable);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * LevelDB lets one process at a time into a folder, and dynalite fails badly when it is not that one:
 * a lock file beside the folder turns that into a clear message. A lock left by a dead console is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir.replace(/[/\\]+$/, '')}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new Error(`another console (process ${holder}) is using ${dataDir}; close it, or pass --data DIR for another folder.`);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

/** Creates the progress table when it is missing (embedded store only). */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<'created' | 'found'> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return 'found';
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException) && (error as Error)?.name !== 'ResourceNotFoundException') throw error;
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  for (let i = 0; i < 50; i++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return 'created';
}

/**
 * Opens the console's progress storage: the table named in the environment when there is one, otherwise
 * dynalite in this process with its data in `dataDir` (so progress survives restarts).
 */
export async function openProgressStorage(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<ProgressStorage> {
  if (usesExternalTable(env)) {
    const where = env.AWS_ENDPOINT_URL_DYNAMODB ?? env.AWS_ENDPOINT_URL ?? `AWS (${env.AWS_REGION ?? 'default region'})`;
    return { env: {}, description: `table ${env.PROGRESS_TABLE_NAME} at ${where} (from the environment)`, close: async () => undefined };
  }
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = lockDataDir(dataDir);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as Dynalite;
  const server = dynalite({ path: dataDir, createTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      releaseLock();
      reject(error);
    });
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        releaseLock();
        resolve();
      });
      // Keep-alive sockets of the skill's DynamoDB client would hold the close open.
      server.closeAllConnections();
    });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tableName = env.PROGRESS_TABLE_NAME || DEFAULT_TABLE_NAME;
  const region = env.AWS_REGION || 'us-east-1';
  const client = new DynamoDBClient({ endpoint, region, credentials: { accessKeyId: 'console', secretAccessKey: 'console' }, maxAttempts: 1 });
  try {
    await ensureTable(client, tableName);
  } catch (error) {
    await close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the embedded store in ${dataDir} (${reason}). Is another console using it? Pass --data DIR for another folder.`);
  } finally {
    client.destroy();
  }
  return {
    env: {
      PROGRESS_TABLE_NAME: tableName,
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: 'console',
      AWS_SECRET_ACCESS_KEY: 'console',
    },
    description: `embedded DynamoDB (dynalite) in ${dataDir}`,
    close,
  };
}

/** Deletes one console user's progress record (`--fresh`), in whichever table the skill will use. */
export async function forgetUser(env: NodeJS.ProcessEnv, userId: string): Promise<void> {
  const endpoint = env.AWS_ENDPOINT_URL_DYNAMODB || env.AWS_ENDPOINT_URL;
  const client = new DynamoDBClient({ ...(endpoint ? { endpoint } : {}), ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}) });
  try {
    await client.send(new DeleteItemCommand({ TableName: env.PROGRESS_TABLE_NAME ?? DEFAULT_TABLE_NAME, Key: { userId: { S: userId } } }));
  } finally {
    client.destroy();
  }
}
