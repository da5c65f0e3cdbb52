import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { assertVersion, isConditionalCheckFailed, VersionConflictError } from './errors';
import type { ProgressRecord } from '../coach/record/record';
import type { ProgressStore } from './store';

/**
 * The document client the skill uses for its whole container life: create it once at module
 * scope. Alexa waits 8 s for a response, so a slow DynamoDB must fail fast rather than hang:
 * two attempts of at most 1 s to connect and 2 s to answer stay well inside that.
 */
export function createDocumentClient(): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: process.env.AWS_REGION || 'us-east-1',
    // No `endpoint` here on purpose: the SDK itself reads AWS_ENDPOINT_URL_DYNAMODB (then
    // AWS_ENDPOINT_URL, then `endpoint_url` in the shared config) at the first request
    // (@smithy/core endpoints, getEndpointUrlConfig), which is the contract in DESIGN.md.
    maxAttempts: 2,
    // Options rather than `new NodeHttpHandler(...)`: the client builds the same handler from
    // them, and we need not import @smithy/node-http-handler, which is not our dependency.
    // Without throwOnRequestTimeout a late answer only logs a warning and the request waits on.
    requestHandler: { connectionTimeout: 1000, requestTimeout: 2000, throwOnRequestTimeout: true },
    // Lambda hands the function its role's credentials in these variables. Reading them directly
    // skips the default provider chain, whose lazy dynamic imports cost cold-start time (and
    // which jest's VM cannot load); elsewhere the SDK's own chain is used.
    ...(envCredentials() ? { credentials: envCredentials() } : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

function envCredentials(): { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = process.env;
  if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY) return undefined;
  return { accessKeyId: AWS_ACCESS_KEY_ID, secretAccessKey: AWS_SECRET_ACCESS_KEY, ...(AWS_SESSION_TOKEN ? { sessionToken: AWS_SESSION_TOKEN } : {}) };
}

/** Progress records in one DynamoDB table keyed by `userId` (S), one item per user. */
export class DynamoProgressStore implements ProgressStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async load(userId: string): Promise<ProgressRecord | undefined> {
    // Strongly consistent: the record is read once per session, often seconds after the last
    // session's final write (stop, then relaunch; a second device), and again after a version
    // conflict. An eventually consistent read could return the older version there, which loses
    // a just-saved resume position and makes conflict retries fail against the same stale copy.
    // It costs one read unit instead of half, once per session: negligible.
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: { userId }, ConsistentRead: true }),
    );
    return Item as ProgressRecord | undefined;
  }

  async save(record: ProgressRecord): Promise<void> {
    assertVersion(record.version);
    // Version n > 1 is written only over version n - 1, never over a missing item: a session
    // left open on another device must not bring back a record the user has just deleted.
    const condition =
      record.version === 1
        ? { ConditionExpression: 'attribute_not_exists(userId)' }
        : {
            ConditionExpression: '#version = :previous',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':previous': record.version - 1 },
          };
    try {
      await this.client.send(new PutCommand({ TableName: this.tableName, Item: record, ...condition }));
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new VersionConflictError(record.version, { cause: error });
      throw error;
    }
  }

  async delete(userId: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { userId } }));
  }
}
