import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, lockDataDir, usesExternalTable } from './store';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('usesExternalTable', () => {
  it('uses the environment only when it names a table and a way to reach DynamoDB', () => {
    expect(usesExternalTable({ PROGRESS_TABLE_NAME: 't', AWS_ENDPOINT_URL_DYNAMODB: 'http://localhost:8000' })).toBe(true);
    expect(usesExternalTable({ PROGRESS_TABLE_NAME: 't', AWS_PROFILE: 'dev' })).toBe(true);
    expect(usesExternalTable({ PROGRESS_TABLE_NAME: 't' })).toBe(false);
    expect(usesExternalTable({ AWS_ACCESS_KEY_ID: 'k' })).toBe(false);
  });
});

describe('ensureTable', () => {
  it('creates the table with userId as its partition key, on demand, and finds it the second time', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const server = (require('dynalite') as (o: object) => Server)({ createTableMs: 0 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, region: 'us-east-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' } });
    try {
      expect(await ensureTable(client, 'hip-coach-progress')).toBe('created');
      expect(await ensureTable(client, 'hip-coach-progress')).toBe('found');
      const { Table } = await client.send(new DescribeTableCommand({ TableName: 'hip-coach-progress' }));
      expect(Table?.KeySchema).toEqual([{ AttributeName: 'userId', KeyType: 'HASH' }]);
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    } finally {
      client.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hip-coach-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a folder another live console holds', () => {
    writeFileSync(join(dir, 'data.lock'), String(process.ppid));
    expect(() => lockDataDir(join(dir, 'data'))).toThrow(/another console/);
  });

  it('takes over a lock left by a console that is gone, and releases it', () => {
    writeFileSync(join(dir, 'data.lock'), '2147483646');
    const release = lockDataDir(join(dir, 'data'));
    expect(existsSync(join(dir, 'data.lock'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'data.lock'))).toBe(false);
  });
});
