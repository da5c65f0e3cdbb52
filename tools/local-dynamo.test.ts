import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { loadTemplate, onlyResourceOfType } from '../lambda/test/deploy/cfn-yaml';
import { ensureProgressTable, PROGRESS_TABLE_SCHEMA, startDynalite } from './local-dynamo';

const STACK = join(__dirname, '..', 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');

describe('the local progress table', () => {
  it('has the key schema, attribute types and billing of the table the stack deploys', () => {
    const [, table] = onlyResourceOfType(loadTemplate(STACK), 'AWS::DynamoDB::Table');
    const properties = table.Properties ?? {};
    expect(PROGRESS_TABLE_SCHEMA.KeySchema).toEqual(properties.KeySchema);
    expect(PROGRESS_TABLE_SCHEMA.AttributeDefinitions).toEqual(properties.AttributeDefinitions);
    expect(PROGRESS_TABLE_SCHEMA.BillingMode).toBe(properties.BillingMode);
  });
});

describe('ensureProgressTable', () => {
  it('creates the table with userId as its partition key, on demand, and finds it the second time', async () => {
    const dynamo = await startDynalite();
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'k', secretAccessKey: 's' } });
    try {
      expect(await ensureProgressTable(client, 'hip-coach-progress')).toBe('created');
      expect(await ensureProgressTable(client, 'hip-coach-progress')).toBe('found');
      const { Table } = await client.send(new DescribeTableCommand({ TableName: 'hip-coach-progress' }));
      expect(Table?.KeySchema).toEqual([{ AttributeName: 'userId', KeyType: 'HASH' }]);
      expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    } finally {
      client.destroy();
      await dynamo.stop();
    }
  });
});

describe('startDynalite', () => {
  it('counts the calls it serves by operation, from zero after the table exists', async () => {
    const dynamo = await startDynalite();
    try {
      expect(dynamo.counts()).toEqual({ GetItem: 0, PutItem: 0, UpdateItem: 0, DeleteItem: 0 });
      await dynamo.client.send(new PutCommand({ TableName: dynamo.tableName, Item: { userId: 'u1', week: 2 } }));
      await dynamo.client.send(new GetCommand({ TableName: dynamo.tableName, Key: { userId: 'u1' } }));
      expect(dynamo.counts()).toMatchObject({ GetItem: 1, PutItem: 1 });
      dynamo.resetCounts();
      expect(dynamo.counts().GetItem).toBe(0);
    } finally {
      await dynamo.stop();
    }
  });

  it('keeps the data of a folder across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hip-coach-local-dynamo-'));
    try {
      const first = await startDynalite({ path: dir, tableName: 'kept' });
      await first.client.send(new PutCommand({ TableName: 'kept', Item: { userId: 'u1', week: 3 } }));
      await first.stop();
      const second = await startDynalite({ path: dir, tableName: 'kept' });
      try {
        const { Item } = await second.client.send(new GetCommand({ TableName: 'kept', Key: { userId: 'u1' } }));
        expect(Item).toEqual({ userId: 'u1', week: 3 });
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('points code that builds its own client at the server, and puts the environment back', async () => {
    const dynamo = await startDynalite({ tableName: 'env-test' });
    const before = process.env.PROGRESS_TABLE_NAME;
    try {
      const restore = dynamo.useEnv();
      expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toBe(dynamo.endpoint);
      expect(process.env.PROGRESS_TABLE_NAME).toBe('env-test');
      restore();
      expect(process.env.PROGRESS_TABLE_NAME).toBe(before);
      expect(dynamo.envFor('other').PROGRESS_TABLE_NAME).toBe('other');
    } finally {
      await dynamo.stop();
    }
  });
});
