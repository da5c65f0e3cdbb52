// Reference (b): hello-world plus one GetItem and one PutItem per turn (AWS SDK v3, DynamoDBDocumentClient),
// the smallest skill that keeps something per user. Hip Coach is measured against this one.
import { SkillBuilders, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

const TableName = process.env.PROGRESS_TABLE_NAME ?? 'progress';
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

const Hello: RequestHandler = {
  canHandle: () => true,
  async handle(input) {
    const userId = input.requestEnvelope.context.System.user.userId;
    const { Item } = await db.send(new GetCommand({ TableName, Key: { userId } }));
    const visits = typeof Item?.visits === 'number' ? Item.visits + 1 : 1;
    await db.send(new PutCommand({ TableName, Item: { userId, visits, updatedAt: new Date().toISOString() } }));
    return input.responseBuilder.speak(`Hello, visit ${visits}.`).reprompt('Say next.').getResponse();
  },
};

const skill = SkillBuilders.custom().addRequestHandlers(Hello).create();

export const handler = async (event: RequestEnvelope, context: unknown) => skill.invoke(event, context);
