import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DeleteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynalite, type LocalDynamo } from '../tools/local-dynamo';

/** The table the skill's progress store expects (DESIGN.md): partition key `userId` (S), on-demand. */
export const DEFAULT_TABLE_NAME = 'hip-coach-progress';

/** Where progress lives for this console run, and the environment that points the skill at it. */
export interface ProgressStorage {
  /** Variables to set before the skill's bundle is loaded. */
  env: Record<string, string>;
  /** One line for the banner. */
  description: string;
  /** A table named by the environment (real AWS, or another endpoint), not the embedded one. */
  external: boolean;
  close(): Promise<void>;
}

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
      return () => { rmSync(lockFile, { force: true }); };
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

/**
 * Opens the console's progress storage: the table named in the environment when there is one, otherwise
 * dynalite in this process with its data in `dataDir` (so progress survives restarts).
 */
export async function openProgressStorage(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<ProgressStorage> {
  if (usesExternalTable(env)) {
    const where = env.AWS_ENDPOINT_URL_DYNAMODB ?? env.AWS_ENDPOINT_URL ?? `AWS (${env.AWS_REGION ?? 'default region'})`;
    return { env: {}, description: `table ${env.PROGRESS_TABLE_NAME} at ${where} (from the environment)`, external: true, close: () => Promise.resolve() };
  }
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = lockDataDir(dataDir);
  let dynamo: LocalDynamo;
  try {
    dynamo = await startDynalite({ path: dataDir, tableName: env.PROGRESS_TABLE_NAME || DEFAULT_TABLE_NAME });
  } catch (error) {
    releaseLock();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot open the embedded store in ${dataDir} (${reason}). Is another console using it? Pass --data DIR for another folder.`);
  }
  return {
    env: dynamo.env,
    description: `embedded DynamoDB (dynalite) in ${dataDir}`,
    external: false,
    close: async () => {
      await dynamo.stop();
      releaseLock();
    },
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
