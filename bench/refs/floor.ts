// Reference (d): the DB floor of a turn. The same GetItem + PutItem as the minimal skill, with no ask-sdk.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';

const TableName = process.env.PROGRESS_TABLE_NAME ?? 'progress';
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: RequestEnvelope, _context: unknown) => {
  const userId = event.context.System.user.userId;
  const { Item } = await db.send(new GetCommand({ TableName, Key: { userId } }));
  const visits = typeof Item?.visits === 'number' ? Item.visits + 1 : 1;
  await db.send(new PutCommand({ TableName, Item: { userId, visits, updatedAt: new Date().toISOString() } }));
  return { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: `Hello, visit ${visits}.` } } };
};
