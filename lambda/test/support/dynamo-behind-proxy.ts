import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { startFaultProxy, type FaultOptions, type FaultProxy } from './fault-proxy';

/** Faults that are only 500s, once `setRate` turns them on: a store that is down for a while. */
export const ONLY_500S: FaultOptions = { rate: 0, seed: 1, weights: { error500: 1, throttle: 0, delay: 0, dropBefore: 0, dropAfter: 0 } };

/**
 * For a test file: dynalite with a fault proxy in front of it, the skill's production DynamoDB
 * client pointed at the proxy (read at its first call), and the skill's error and warning logs kept
 * quiet; all undone after. Read `dynamo` and `proxy` inside tests, after beforeAll has run.
 */
export function dynamoBehindFaultProxy(options: FaultOptions): { readonly dynamo: LocalDynamo; readonly proxy: FaultProxy } {
  let dynamo: LocalDynamo | undefined;
  let proxy: FaultProxy | undefined;
  let restoreEnv: (() => void) | undefined;
  let logs: jest.SpyInstance[] = [];
  beforeAll(async () => {
    dynamo = await startDynalite();
    proxy = await startFaultProxy(dynamo.endpoint, options);
    restoreEnv = dynamo.useEnv();
    process.env.AWS_ENDPOINT_URL_DYNAMODB = proxy.endpoint;
    logs = [jest.spyOn(console, 'error').mockImplementation(() => undefined), jest.spyOn(console, 'warn').mockImplementation(() => undefined)];
  });
  afterAll(async () => {
    for (const log of logs) log.mockRestore();
    restoreEnv?.();
    await proxy?.stop();
    await dynamo?.stop();
  });
  return {
    get dynamo() {
      if (!dynamo) throw new Error('dynalite is not started yet: use it inside a test');
      return dynamo;
    },
    get proxy() {
      if (!proxy) throw new Error('the fault proxy is not started yet: use it inside a test');
      return proxy;
    },
  };
}
