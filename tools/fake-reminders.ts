/**
 * A small fake of the Alexa Reminders REST API (and the one Settings API call the skill makes, the
 * device's time zone) on 127.0.0.1, for tests and the console. Point an envelope's
 * `context.System.apiEndpoint` at `endpoint`, and ask-sdk's ReminderManagementServiceClient talks to it.
 *
 *   const fake = await startFakeReminders({ timeZone: 'Europe/London' });
 *   fake.created / fake.updated / fake.deleted          // what the skill asked for, in order
 *   fake.failNext(500)                                    // the next call fails (401, 403, 404, 5xx or 'timeout')
 *   await fake.stop();
 *
 * It answers as the real service does: 201 with an alertToken on create, 200 on update and delete,
 * 404 for an id it does not hold (or another user's: reminders are kept per bearer token, and a
 * listing shows the caller's own), 401 without a bearer token.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { services } from 'ask-sdk-model';

type ReminderRequest = services.reminderManagement.ReminderRequest;

/** A call made to the fake, as recorded. */
export type ReminderEvent =
  | { readonly op: 'created'; readonly id: string; readonly request: ReminderRequest }
  | { readonly op: 'updated'; readonly id: string; readonly request: ReminderRequest }
  | { readonly op: 'deleted'; readonly id: string };

/** How a call can be made to fail: an HTTP status, or no answer at all. */
export type ReminderFault = 401 | 403 | 404 | 429 | 500 | 503 | 'timeout';

export interface FakeRemindersOptions {
  /** What the Settings API answers for the device's time zone; without it, 404 (as when unset). */
  readonly timeZone?: string;
  /** Called with every change the skill makes (the console prints them). */
  readonly onChange?: (event: ReminderEvent) => void;
}

export interface FakeReminders {
  /** e.g. http://127.0.0.1:41236: the envelope's apiEndpoint. */
  readonly endpoint: string;
  readonly created: ReminderEvent[];
  readonly updated: ReminderEvent[];
  readonly deleted: ReminderEvent[];
  /** The reminders held now, by id. */
  held(): ReadonlyMap<string, ReminderRequest>;
  /** Reminder calls received (time zone look-ups excluded). */
  calls(): number;
  /** The next `times` reminder calls fail with `fault`. */
  failNext(fault: ReminderFault, times?: number): void;
  /** Every reminder call fails with `fault` until called with undefined. */
  failAlways(fault: ReminderFault | undefined): void;
  /** Removes a reminder as the user would in the Alexa app (the skill is not told). */
  removeInApp(id: string): void;
  stop(): Promise<void>;
}

const REMINDERS_PATH = '/v1/alerts/reminders';

export async function startFakeReminders(options: FakeRemindersOptions = {}): Promise<FakeReminders> {
  const held = new Map<string, ReminderRequest>();
  /** Whose each reminder is: the bearer token that set it. As in the real service, a user sees only their own. */
  const owners = new Map<string, string>();
  const created: ReminderEvent[] = [];
  const updated: ReminderEvent[] = [];
  const deleted: ReminderEvent[] = [];
  const queued: ReminderFault[] = [];
  let always: ReminderFault | undefined;
  let calls = 0;

  const send = (response: ServerResponse, status: number, body?: unknown): void => {
    const text = body === undefined ? '' : JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  };
  const record = (event: ReminderEvent, into: ReminderEvent[]): void => {
    into.push(event);
    options.onChange?.(event);
  };
  const answer = (id: string, status = 'ON') => {
    const at = new Date().toISOString();
    return { alertToken: id, createdTime: at, updatedTime: at, status, version: '1', href: `${REMINDERS_PATH}/${id}` };
  };

  const handle = (request: IncomingMessage, response: ServerResponse, body: string): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(url.pathname)) {
      if (options.timeZone) send(response, 200, options.timeZone);
      else send(response, 404, { code: 'NOT_FOUND', message: 'no time zone set' });
      return;
    }
    if (!url.pathname.startsWith(REMINDERS_PATH)) {
      send(response, 404, { code: 'NOT_FOUND', message: 'unknown path' });
      return;
    }
    calls += 1;
    if (!/^Bearer \S+$/.test(request.headers.authorization ?? '')) {
      send(response, 401, { code: 'UNAUTHORIZED', message: 'no access token' });
      return;
    }
    const fault = queued.shift() ?? always;
    if (fault === 'timeout') return; // held open, never answered: the client must give up
    if (fault !== undefined) {
      send(response, fault, { code: 'INJECTED', message: `fault injected by the fake: ${String(fault)}` });
      return;
    }
    const id = decodeURIComponent(url.pathname.slice(REMINDERS_PATH.length + 1));
    const parse = (): ReminderRequest | undefined => {
      try {
        const parsed = JSON.parse(body) as unknown;
        return typeof parsed === 'object' && parsed !== null && 'trigger' in parsed ? (parsed as ReminderRequest) : undefined;
      } catch {
        return undefined;
      }
    };
    const [status, answerBody] = reminderCall(request.method ?? '', id, parse(), request.headers.authorization ?? '');
    send(response, status, answerBody);
  };

  /** One reminder call on the held reminders: the status and body to answer with. */
  const reminderCall = (method: string, id: string, reminder: ReminderRequest | undefined, owner: string): [number, unknown?] => {
    const missing: [number, unknown] = [404, { code: 'NOT_FOUND', message: 'no such reminder' }];
    const invalid: [number, unknown] = [400, { code: 'INVALID_REQUEST', message: 'not a reminder' }];
    if (id && held.has(id) && owners.get(id) !== owner) return missing;
    switch (method) {
      case 'POST': {
        if (!reminder || id) return invalid;
        const token = randomUUID();
        held.set(token, reminder);
        owners.set(token, owner);
        record({ op: 'created', id: token, request: reminder }, created);
        return [201, answer(token)];
      }
      case 'PUT':
        if (!held.has(id)) return missing;
        if (!reminder) return invalid;
        held.set(id, reminder);
        record({ op: 'updated', id, request: reminder }, updated);
        return [200, answer(id)];
      case 'DELETE':
        if (!held.delete(id)) return missing;
        record({ op: 'deleted', id }, deleted);
        return [200];
      case 'GET': {
        if (!id) {
          const mine = [...held].filter(([token]) => owners.get(token) === owner);
          return [200, { totalCount: String(mine.length), alerts: mine.map(([token, r]) => ({ ...answer(token), ...r })) }];
        }
        const found = held.get(id);
        return found ? [200, { ...answer(id), ...found }] : missing;
      }
      default:
        return [405, { code: 'METHOD_NOT_ALLOWED', message: method }];
    }
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, response, Buffer.concat(chunks).toString('utf8'));
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
    endpoint: `http://127.0.0.1:${String(port)}`,
    created,
    updated,
    deleted,
    held: () => held,
    calls: () => calls,
    failNext(fault, times = 1) {
      for (let i = 0; i < times; i++) queued.push(fault);
    },
    failAlways(fault) {
      always = fault;
    },
    removeInApp(id) {
      held.delete(id);
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => {
          if (error) reject(error);
          else resolve();
        });
        // Calls held open for 'timeout', and the client's keep-alive sockets.
        server.closeAllConnections();
      }),
  };
}
