// A second bundle of the skill for `--seed`: built like lambda/src/index.ts, but with the caller's
// randomness, so the console never replaces the global Math.random. Built to console/dist/seeded.js.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { readConfig } from '../lambda/src/config';
import { createDocumentClient, DynamoProgressStore } from '../lambda/src/progress/dynamo-store';
import { buildSkill } from '../lambda/src/skill';

/** The skill's handler over the given randomness; the configuration is read from the environment now. */
export function seededHandler(random: () => number): (event: RequestEnvelope, context: Context) => Promise<ResponseEnvelope> {
  const config = readConfig();
  const skill = buildSkill({
    store: new DynamoProgressStore(createDocumentClient(), config.tableName),
    skillId: config.skillId,
    random,
  });
  return async (event, context) => skill.invoke(event, context);
}
