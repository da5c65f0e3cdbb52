import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from './config';
import { createDocumentClient, DynamoProgressStore } from './progress/dynamo-store';
import { buildSkill } from './skill';

const config = readConfig();
const skill = buildSkill({
  store: new DynamoProgressStore(createDocumentClient(), config.tableName),
  skillId: config.skillId,
});

/** The Lambda entry: two parameters, async (the nodejs24.x runtime refuses callback handlers). */
export const handler = async (event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
