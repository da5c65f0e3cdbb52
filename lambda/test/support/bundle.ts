import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { LocalDynamo } from './dynalite';

type Handler = (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;

export const BUNDLE = path.resolve(__dirname, '../../dist/index.js');

/**
 * Loads the built Lambda bundle fresh, with the environment pointing it at `dynamo`, exactly
 * as Lambda would run it (the test command builds it first).
 */
export function loadBundle(dynamo: LocalDynamo): (event: RequestEnvelope) => Promise<ResponseEnvelope> {
  const restore = dynamo.useEnv();
  process.env.HIP_COACH_QUIET = '1';
  let handler: Handler | undefined;
  try {
    jest.isolateModules(() => {
      handler = (require(BUNDLE) as { handler: Handler }).handler;
    });
  } finally {
    restore();
  }
  // The bundle read its configuration at load; keep the endpoint for the SDK's lazy reads.
  Object.assign(process.env, dynamo.env, { HIP_COACH_QUIET: '1' });
  return (event) => handler!(event, {});
}
