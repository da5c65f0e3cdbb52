import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { commitChange } from '../../src/progress/commit';
import { createDocumentClient, DynamoProgressStore } from '../../src/progress/dynamo-store';
import { VersionConflictError } from '../../src/progress/errors';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import type { ProgressRecord, SessionLog } from '../../src/coach/record/record';
import type { ProgressStore } from '../../src/progress/store';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';

// Routine ids belong to the scripts; the store only carries them.
const evening = 'evening' as string as SessionLog['routine'];
const morning = 'morning' as string as SessionLog['routine'];

let lastUser = 0;
const newUserId = (): string => `amzn1.ask.account.TEST${(lastUser += 1)}`;

function recordFor(userId: string, overrides: Partial<ProgressRecord> = {}): ProgressRecord {
  return {
    userId,
    version: 1,
    createdAt: '2026-03-02T07:00:00.000Z',
    updatedAt: '2026-03-02T07:00:00.000Z',
    program: { week: 1, weekStart: '2026-03-02' },
    sessions: [],
    totals: { sessions: 0, seconds: 0 },
    met: {},
    preferences: { keepLevel: false },
    onboarded: false,
    expiresAt: 1804057200,
    ...overrides,
  };
}

/** The change a completed session makes: pure, so commitChange may apply it twice. */
function completeSession(userId: string, log: SessionLog) {
  return (current: ProgressRecord | undefined): ProgressRecord => {
    const record = current ?? recordFor(userId);
    return {
      ...record,
      sessions: [...record.sessions, log],
      totals: { sessions: record.totals.sessions + 1, seconds: record.totals.seconds + log.seconds },
    };
  };
}

interface Harness {
  start(): Promise<void>;
  stop(): Promise<void>;
  store(): ProgressStore;
  /** Calls that reached the storage, as the bill would count them. */
  counts(): { reads: number; writes: number; deletes: number };
  resetCounts(): void;
}

function dynamoHarness(): Harness {
  let local: LocalDynamo;
  let store: DynamoProgressStore;
  return {
    async start() {
      local = await startDynalite();
      store = new DynamoProgressStore(local.client, local.tableName);
    },
    stop: async () => {
      await local.stop();
    },
    store: () => store,
    counts() {
      const c = local.counts();
      return { reads: c.GetItem, writes: c.PutItem + c.UpdateItem, deletes: c.DeleteItem };
    },
    resetCounts: () => {
      local.resetCounts();
    },
  };
}

function memoryHarness(): Harness {
  const store = new MemoryProgressStore();
  return {
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
    store: () => store,
    counts: () => ({ reads: store.reads, writes: store.writes, deletes: store.deletes }),
    resetCounts: () => {
      store.resetCounts();
    },
  };
}

describe.each([
  ['DynamoProgressStore (dynalite)', dynamoHarness],
  ['MemoryProgressStore', memoryHarness],
])('%s', (_name, makeHarness) => {
  const harness = makeHarness();
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());
  beforeEach(() => {
    harness.resetCounts();
  });

  describe('load, save and delete', () => {
    it('loads undefined for a user it has never stored', async () => {
      await expect(harness.store().load(newUserId())).resolves.toBeUndefined();
    });

    it('gives back every field of a saved record unchanged', async () => {
      const userId = newUserId();
      const record = recordFor(userId, {
        timeZone: 'Europe/Berlin',
        program: { week: 3, weekStart: '2026-03-16' },
        sessions: [
          { date: '2026-03-16', routine: morning, seconds: 412 },
          { date: '2026-03-17', routine: evening, seconds: 1030 },
        ],
        totals: { sessions: 9, seconds: 6123 },
        met: { 'half-kneeling-hip-flexor': 4, 'figure-four': 1 },
        preferences: { keepLevel: true },
        onboarded: true,
        inProgress: { routine: evening, step: 5, week: 2, savedAt: '2026-03-17T20:14:03.000Z' },
      });

      await harness.store().save(record);

      await expect(harness.store().load(userId)).resolves.toStrictEqual(record);
    });

    it('drops optional fields that are present but undefined instead of failing the write', async () => {
      const userId = newUserId();
      const record = recordFor(userId, { timeZone: undefined, inProgress: undefined });

      await harness.store().save(record);

      const loaded = await harness.store().load(userId);
      expect(loaded).toStrictEqual(recordFor(userId));
      expect(loaded).not.toHaveProperty('timeZone');
    });

    it('removes a deleted user, and deleting an unknown user is not an error', async () => {
      const userId = newUserId();
      await harness.store().save(recordFor(userId));

      await harness.store().delete(userId);
      await harness.store().delete(newUserId());

      await expect(harness.store().load(userId)).resolves.toBeUndefined();
    });
  });

  describe('conditional saves', () => {
    it('writes version n over version n - 1', async () => {
      const userId = newUserId();
      await harness.store().save(recordFor(userId));

      await harness.store().save(recordFor(userId, { version: 2, onboarded: true }));

      await expect(harness.store().load(userId)).resolves.toMatchObject({ version: 2, onboarded: true });
    });

    it('refuses a stale save with VersionConflictError and keeps the newer record', async () => {
      const userId = newUserId();
      await harness.store().save(recordFor(userId));
      await harness.store().save(recordFor(userId, { version: 2, onboarded: true }));

      const stale = harness.store().save(recordFor(userId, { version: 2, totals: { sessions: 1, seconds: 300 } }));

      await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
      await expect(stale).rejects.toMatchObject({ name: 'VersionConflictError', version: 2 });
      await expect(harness.store().load(userId)).resolves.toMatchObject({ version: 2, onboarded: true });
    });

    it('refuses version 1 when the user already has a record', async () => {
      const userId = newUserId();
      await harness.store().save(recordFor(userId, { onboarded: true }));

      await expect(harness.store().save(recordFor(userId))).rejects.toBeInstanceOf(VersionConflictError);
      await expect(harness.store().load(userId)).resolves.toMatchObject({ onboarded: true });
    });

    it('refuses a later version when the record is gone, so a deleted user is not brought back', async () => {
      const userId = newUserId();
      await harness.store().save(recordFor(userId));
      await harness.store().delete(userId);

      await expect(harness.store().save(recordFor(userId, { version: 2 }))).rejects.toBeInstanceOf(
        VersionConflictError,
      );
      await expect(harness.store().load(userId)).resolves.toBeUndefined();
    });

    it('refuses a save that skips a version', async () => {
      const userId = newUserId();
      await harness.store().save(recordFor(userId));

      await expect(harness.store().save(recordFor(userId, { version: 3 }))).rejects.toBeInstanceOf(
        VersionConflictError,
      );
    });

    it('rejects a version below 1 outright rather than as a conflict', async () => {
      await expect(harness.store().save(recordFor(newUserId(), { version: 0 }))).rejects.toBeInstanceOf(RangeError);
    });
  });

  describe('commitChange', () => {
    it('counts both sessions when two devices complete one from the same record at once', async () => {
      const userId = newUserId();
      const base = recordFor(userId);
      await harness.store().save(base);
      const kitchen = completeSession(userId, { date: '2026-03-03', routine: morning, seconds: 420 });
      const bedroom = completeSession(userId, { date: '2026-03-03', routine: evening, seconds: 960 });

      const results = await Promise.all([
        commitChange(harness.store(), userId, base, kitchen),
        commitChange(harness.store(), userId, base, bedroom),
      ]);

      const stored = await harness.store().load(userId);
      expect(stored?.version).toBe(3);
      expect(stored?.totals).toStrictEqual({ sessions: 2, seconds: 1380 });
      expect(stored?.sessions.map((log) => log.routine).sort()).toStrictEqual([evening, morning].sort());
      expect(results.map((result) => result?.version).sort()).toStrictEqual([2, 3]);
      expect(results).toContainEqual(stored);
    });

    it('creates a first record at version 1 for a new user', async () => {
      const userId = newUserId();

      const stored = await commitChange(
        harness.store(),
        userId,
        undefined,
        completeSession(userId, { date: '2026-03-02', routine: morning, seconds: 400 }),
      );

      expect(stored).toMatchObject({ version: 1, totals: { sessions: 1, seconds: 400 } });
      await expect(harness.store().load(userId)).resolves.toStrictEqual(stored);
    });

    it('writes once and reads nothing when the base is current', async () => {
      const userId = newUserId();
      const base = recordFor(userId);
      await harness.store().save(base);
      harness.resetCounts();

      await commitChange(harness.store(), userId, base, (current) => current && { ...current, onboarded: true });

      expect(harness.counts()).toStrictEqual({ reads: 0, writes: 1, deletes: 0 });
    });

    it('costs one reload and one more write when another device wrote first', async () => {
      const userId = newUserId();
      const base = recordFor(userId);
      await harness.store().save(base);
      await harness.store().save(recordFor(userId, { version: 2, onboarded: true }));
      harness.resetCounts();

      const stored = await commitChange(harness.store(), userId, base, (current) =>
        current && { ...current, preferences: { keepLevel: true } },
      );

      expect(stored).toMatchObject({ version: 3, onboarded: true, preferences: { keepLevel: true } });
      expect(harness.counts()).toStrictEqual({ reads: 1, writes: 2, deletes: 0 });
    });

    it('makes no call at all when the change leaves nothing to write', async () => {
      const userId = newUserId();
      const base = recordFor(userId);
      await harness.store().save(base);
      harness.resetCounts();

      const stored = await commitChange(harness.store(), userId, base, () => undefined);

      expect(stored).toBeUndefined();
      expect(harness.counts()).toStrictEqual({ reads: 0, writes: 0, deletes: 0 });
    });

    it('gives up with VersionConflictError after maxAttempts lost races', async () => {
      const userId = newUserId();
      const base = recordFor(userId);
      await harness.store().save(base);
      const inner = harness.store();
      // Another writer always gets in just before our save.
      const contested: ProgressStore = {
        load: (id) => inner.load(id),
        delete: (id) => inner.delete(id),
        async save(record) {
          const current = await inner.load(record.userId);
          if (current) await inner.save({ ...current, version: current.version + 1 });
          await inner.save(record);
        },
      };

      const committed = commitChange(contested, userId, base, (current) => current && { ...current, onboarded: true }, 3);

      await expect(committed).rejects.toBeInstanceOf(VersionConflictError);
      await expect(inner.load(userId)).resolves.toMatchObject({ version: 4, onboarded: false });
    });

    /** A store where another writer always gets in just before each save: every save loses. */
    function alwaysContested(inner: ProgressStore): ProgressStore {
      return {
        load: (id) => inner.load(id),
        delete: (id) => inner.delete(id),
        async save(record) {
          const current = await inner.load(record.userId);
          if (current) await inner.save({ ...current, version: current.version + 1 });
          await inner.save(record);
        },
      };
    }

    it('makes one save only when maxAttempts is 1', async () => {
      const userId = newUserId();
      const base = recordFor(userId);
      await harness.store().save(base);

      const committed = commitChange(alwaysContested(harness.store()), userId, base, (current) => current && { ...current, onboarded: true }, 1);

      await expect(committed).rejects.toBeInstanceOf(VersionConflictError);
      await expect(harness.store().load(userId)).resolves.toMatchObject({ version: 2, onboarded: false });
    });

    it('makes three saves when maxAttempts is not given', async () => {
      const userId = newUserId();
      const base = recordFor(userId);
      await harness.store().save(base);

      const committed = commitChange(alwaysContested(harness.store()), userId, base, (current) => current && { ...current, onboarded: true });

      await expect(committed).rejects.toBeInstanceOf(VersionConflictError);
      await expect(harness.store().load(userId)).resolves.toMatchObject({ version: 4, onboarded: false });
    });
  });
});

describe('DynamoProgressStore on the wire', () => {
  let local: LocalDynamo;
  beforeAll(async () => {
    local = await startDynalite();
  });
  afterAll(() => local.stop());

  it('stores expiresAt as a DynamoDB number, as TTL requires', async () => {
    const userId = newUserId();
    await new DynamoProgressStore(local.client, local.tableName).save(recordFor(userId, { expiresAt: 1804057200 }));

    const { Item } = await local.client.send(
      new GetItemCommand({ TableName: local.tableName, Key: { userId: { S: userId } } }),
    );

    expect(Item?.expiresAt).toStrictEqual({ N: '1804057200' });
  });

  it('keeps the SDK ConditionalCheckFailedException as the cause of a VersionConflictError', async () => {
    const userId = newUserId();
    const store = new DynamoProgressStore(local.client, local.tableName);
    await store.save(recordFor(userId));

    const conflict = await store.save(recordFor(userId)).catch((error: unknown) => error);

    expect(conflict).toBeInstanceOf(VersionConflictError);
    expect((conflict as VersionConflictError).cause).toMatchObject({ name: 'ConditionalCheckFailedException' });
    expect((conflict as Error).message).not.toContain(userId);
  });

  it('reads once and writes once per load and save, as the server counts them', async () => {
    const userId = newUserId();
    const store = new DynamoProgressStore(local.client, local.tableName);
    local.resetCounts();

    await store.load(userId);
    await store.save(recordFor(userId));
    await store.delete(userId);

    expect(local.counts()).toStrictEqual({ GetItem: 1, PutItem: 1, UpdateItem: 0, DeleteItem: 1 });
  });
});

/** A TCP server that accepts connections and never says a word. */
async function startSilentServer(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('createDocumentClient', () => {
  let local: LocalDynamo;
  let restoreEnv: () => void;
  beforeAll(async () => {
    local = await startDynalite();
  });
  afterAll(() => local.stop());
  beforeEach(() => {
    restoreEnv = local.useEnv();
  });
  let stopSilent: (() => Promise<void>) | undefined;
  afterEach(async () => {
    restoreEnv();
    await stopSilent?.();
    stopSilent = undefined;
  });

  it('reaches the server named by AWS_ENDPOINT_URL_DYNAMODB without being given an endpoint', async () => {
    const store = new DynamoProgressStore(createDocumentClient(), local.tableName);
    const userId = newUserId();
    local.resetCounts();

    await store.save(recordFor(userId));

    await expect(store.load(userId)).resolves.toStrictEqual(recordFor(userId));
    expect(local.counts()).toMatchObject({ GetItem: 1, PutItem: 1 });
  });

  it('gives up on a server that never answers well within the 8 s Alexa waits', async () => {
    const silent = await startSilentServer();
    stopSilent = silent.stop;
    process.env.AWS_ENDPOINT_URL_DYNAMODB = silent.endpoint;
    const store = new DynamoProgressStore(createDocumentClient(), local.tableName);
    const started = Date.now();

    // Bounded, so a client that waits on fails here instead of hanging the run.
    const outcome = await Promise.race([
      store.load(newUserId()).then(
        () => 'answered',
        (error: unknown) => error,
      ),
      delay(7000, 'still waiting after 7 s', { ref: false }),
    ]);

    expect(outcome).toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(6000);
  });
});
