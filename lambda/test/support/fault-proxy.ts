import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy can do to one DynamoDB call instead of passing it through. */
export type FaultKind = 'error500' | 'throttle' | 'delay' | 'dropBefore' | 'dropAfter';

export interface FaultOptions {
  /** Share of calls that get a fault, 0–1. */
  readonly rate: number;
  readonly seed: number;
  /** Relative weights of the faults; a missing kind never happens. */
  readonly weights?: Partial<Record<FaultKind, number>>;
  /**
   * Delays are drawn from this range (ms). The skill's client gives up on a call after 2 s,
   * so delays beyond that exercise its timeouts; the range is kept short of Alexa's 8 s so a
   * test of hundreds of calls stays fast.
   */
  readonly delayMs?: readonly [number, number];
}

export interface FaultCounts {
  /** Calls that reached the proxy. */
  readonly calls: number;
  /** Calls forwarded to the server (delayed and dropped-after ones included). */
  readonly forwarded: number;
  readonly faults: Readonly<Record<FaultKind, number>>;
  /** Calls by DynamoDB operation (X-Amz-Target suffix). */
  readonly operations: Readonly<Record<string, number>>;
  /** Faults by kind and operation, e.g. `dropAfter PutItem`: a write that landed and lost its reply. */
  readonly faultsOn: Readonly<Record<string, number>>;
}

export interface FaultProxy {
  /** e.g. http://127.0.0.1:41235: point the skill's client here. */
  readonly endpoint: string;
  counts(): FaultCounts;
  /** Changes the fault rate from now on (0 turns the proxy into a plain pass-through). */
  setRate(rate: number): void;
  stop(): Promise<void>;
}

/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFAULT_WEIGHTS: Record<FaultKind, number> = { error500: 1, throttle: 1, delay: 1, dropBefore: 1, dropAfter: 1 };

function errorBody(type: string): string {
  return JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: 'injected by the fault proxy' });
}

/**
 * A seeded fault-injecting HTTP proxy on 127.0.0.1 in front of a DynamoDB API (dynalite):
 * each call is, by the seeded draw, passed through, answered with a 500 or a throttling error,
 * delayed, dropped before it is forwarded, or forwarded and then dropped before the answer
 * reaches the client (the write lands; its reply is lost). Faults are injected on the wire,
 * so the skill's real client, retries and timeouts are what is tested.
 */
export async function startFaultProxy(target: string, options: FaultOptions): Promise<FaultProxy> {
  const random = seededRandom(options.seed);
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const kinds = (Object.keys(weights) as FaultKind[]).filter((k) => weights[k] > 0);
  const totalWeight = kinds.reduce((sum, k) => sum + weights[k], 0);
  const [minDelay, maxDelay] = options.delayMs ?? [200, 2500];
  let rate = options.rate;
  const targetUrl = new URL(target);
  const faults: Record<FaultKind, number> = { error500: 0, throttle: 0, delay: 0, dropBefore: 0, dropAfter: 0 };
  const operations: Record<string, number> = {};
  const faultsOn: Record<string, number> = {};
  let calls = 0;
  let forwarded = 0;
  /** Calls still being handled (a delayed one may outlive its client): stop() waits for them. */
  const inFlight = new Set<Promise<void>>();

  const pick = (): FaultKind | undefined => {
    if (random() >= rate) return undefined;
    let r = random() * totalWeight;
    for (const kind of kinds) {
      r -= weights[kind];
      if (r < 0) return kind;
    }
    return kinds[kinds.length - 1];
  };

  /** Sends the call on to the server; resolves with its answer (status, headers, body). */
  const forward = (incoming: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> => {
    forwarded += 1;
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        { host: targetUrl.hostname, port: targetUrl.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => {
            resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) });
          });
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };

  const reply = (response: ServerResponse, answer: { status: number; headers: IncomingMessage['headers']; body: Buffer }): void => {
    if (response.destroyed) return; // the client gave up (its timeout) while we waited
    const { 'content-length': _length, connection: _connection, 'transfer-encoding': _encoding, ...headers } = answer.headers;
    response.writeHead(answer.status, { ...headers, 'content-length': answer.body.length });
    response.end(answer.body);
  };

  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const handled = (async () => {
        calls += 1;
        const target = incoming.headers['x-amz-target'];
        const operation = typeof target === 'string' ? (target.split('.')[1] ?? target) : 'unknown';
        operations[operation] = (operations[operation] ?? 0) + 1;
        const body = Buffer.concat(chunks);
        const fault = pick();
        if (fault) {
          faults[fault] += 1;
          faultsOn[`${fault} ${operation}`] = (faultsOn[`${fault} ${operation}`] ?? 0) + 1;
        }
        try {
          switch (fault) {
            case 'error500':
              response.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' }).end(errorBody('InternalServerError'));
              return;
            case 'throttle':
              response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' }).end(errorBody('ThrottlingException'));
              return;
            case 'dropBefore':
              incoming.socket.destroy();
              return;
            case 'dropAfter':
              await forward(incoming, body);
              incoming.socket.destroy();
              return;
            case 'delay': {
              const ms = minDelay + random() * (maxDelay - minDelay);
              await new Promise((resolve) => setTimeout(resolve, ms));
              reply(response, await forward(incoming, body));
              return;
            }
            case undefined:
              reply(response, await forward(incoming, body));
              return;
          }
        } catch {
          incoming.socket.destroy();
        }
      })();
      inFlight.add(handled);
      void handled.finally(() => inFlight.delete(handled));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts: () => ({ calls, forwarded, faults: { ...faults }, operations: { ...operations }, faultsOn: { ...faultsOn } }),
    setRate(next) {
      rate = next;
    },
    async stop() {
      await Promise.allSettled([...inFlight]);
      await new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}
