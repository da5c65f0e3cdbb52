/**
 * The built Lambda bundle (lambda/dist/index.js, what `npm run build` ships) on a local DynamoDB
 * API (dynalite), loaded as Lambda loads it, for a script outside jest.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { startDynalite, type LocalDynamo } from '../local-dynamo';
import type { Invoke } from '../../lambda/test/support/conversation';

type Handler = (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;

export const BUNDLE = path.resolve(__dirname, '../../lambda/dist/index.js');

export interface BuiltSkill {
  readonly invoke: Invoke;
  stop(): Promise<void>;
}

/** Starts dynalite, points the environment at it and loads the bundle fresh. */
export async function startBuiltSkill(): Promise<BuiltSkill> {
  const dynamo: LocalDynamo = await startDynalite({ tableName: 'hip-coach-understanding' });
  dynamo.useEnv();
  process.env.HIP_COACH_QUIET = '1';
  // Loaded after the environment is set: the bundle reads its configuration at load, as on Lambda.
  // (A jest test passes its own invoke, loaded through bundleOnDynalite, instead.)
  const { handler } = createRequire(__filename)(BUNDLE) as { handler: Handler };
  return { invoke: (event) => handler(event, {}), stop: () => dynamo.stop() };
}
