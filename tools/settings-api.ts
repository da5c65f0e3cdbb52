/**
 * A local stand-in for the Alexa Settings API on 127.0.0.1: what `context.System.apiEndpoint` points at
 * in the benchmark and the tests, so the skill's time-zone lookup (ask-sdk's UpsServiceClient) makes a
 * real HTTP round trip.
 *
 *   const api = await startSettingsApi({ timeZone: 'America/Los_Angeles', delayMs: 200 });
 *   envelope(spec, { ..., apiAccessToken: 'token', apiEndpoint: api.endpoint });
 *   api.calls;                                        // time-zone lookups answered so far
 *   await api.stop();
 *
 * `delayMs` holds each answer back (a slow API); `status` other than 200 answers with an error body
 * (a failing one). Both can be changed between requests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SettingsApiOptions {
  /** The IANA zone every device has; default America/Los_Angeles. */
  timeZone?: string;
  delayMs?: number;
  status?: number;
}

export interface SettingsApi {
  /** e.g. http://127.0.0.1:41234, as Alexa sends https://api.amazonalexa.com. */
  readonly endpoint: string;
  /** Lookups received (answered or not yet). */
  readonly calls: number;
  /** Lookups answered so far (a delayed answer counts once it is sent). */
  readonly answered: number;
  /** How long each answered lookup was held, from its arrival to its answer (ms): a loaded machine adds to `delayMs`. */
  readonly answerMs: readonly number[];
  /** Lookups whose Authorization header was not `Bearer <token>`. */
  readonly unauthorised: number;
  options: Required<SettingsApiOptions>;
  stop(): Promise<void>;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/;

export async function startSettingsApi(options: SettingsApiOptions = {}): Promise<SettingsApi> {
  let calls = 0;
  let answered = 0;
  const answerMs: number[] = [];
  let unauthorised = 0;
  /** Answers held back by `delayMs`: dropped on stop, so nothing outlives the stand-in. */
  const held = new Set<NodeJS.Timeout>();
  const state: Required<SettingsApiOptions> = { timeZone: 'America/Los_Angeles', delayMs: 0, status: 200, ...options };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' || !TIME_ZONE_PATH.test(req.url ?? '')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
      return;
    }
    calls += 1;
    const arrived = performance.now();
    if (!/^Bearer \S+$/.test(req.headers.authorization ?? '')) unauthorised += 1;
    const { status, timeZone, delayMs } = state;
    const send = () => {
      const body = status === 200 ? JSON.stringify(timeZone) : JSON.stringify({ type: 'INTERNAL_ERROR', message: 'stand-in failure' });
      answered += 1;
      answerMs.push(performance.now() - arrived);
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    };
    if (delayMs > 0) {
      const timer = setTimeout(() => {
        held.delete(timer);
        send();
      }, delayMs);
      held.add(timer);
    } else send();
  };
  const server = createServer(answer);
  // Lambda keeps its sockets between invocations; so do the clients of this stand-in.
  server.keepAliveTimeout = 10 * 60 * 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get calls() {
      return calls;
    },
    get answered() {
      return answered;
    },
    answerMs,
    get unauthorised() {
      return unauthorised;
    },
    options: state,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of held) clearTimeout(timer);
        held.clear();
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
