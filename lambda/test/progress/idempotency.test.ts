import {
  commitOnce,
  isTransient,
  retryTransient,
  StoreBudgetExceededError,
  tokenOf,
  wasApplied,
  type RetryBudget,
} from '../../src/progress/idempotency';
import { VersionConflictError } from '../../src/progress/errors';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import type { ProgressRecord } from '../../src/coach/record/record';
import type { ProgressStore } from '../../src/progress/store';

const USER = 'amzn1.ask.account.IDEMPOTENCY';

function recordFor(overrides: Partial<ProgressRecord> = {}): ProgressRecord {
  return {
    userId: USER,
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

const onboard = (current: ProgressRecord | undefined): ProgressRecord => ({ ...(current ?? recordFor()), onboarded: true });

/** An error shaped as the SDK throws it for a throttled call. */
const throttled = (): Error => Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ThrottlingException' });

/** A budget on a clock the test moves by hand. */
function manualBudget(deadline: number, random = 0): { budget: RetryBudget; time: { now: number } } {
  const time = { now: 0 };
  return { budget: { deadline, clock: () => time.now, random: () => random }, time };
}

describe('tokenOf', () => {
  it('is the first 12 base64url characters of the SHA-256 of the parts joined by NUL', () => {
    // Written down from `printf 'morning\0turn-1' | openssl dgst -sha256 -binary | base64`.
    expect(tokenOf('morning', 'turn-1')).toBe('yF6q772cGkgt');
    expect(tokenOf('morning')).toBe('wjsxoBebVQ-K');
    expect(tokenOf()).toBe('47DEQpj8HBSa');
  });

  it('tells apart parts that only run together alike', () => {
    expect(tokenOf('ab', 'c')).not.toBe(tokenOf('a', 'bc'));
  });
});

describe('wasApplied', () => {
  it.each([
    ['no record', undefined, false],
    ['a record with no applied list', recordFor(), false],
    ['a record without the token', recordFor({ applied: ['other'] }), false],
    ['a record with the token', recordFor({ applied: ['other', 'tok'] }), true],
  ])('%s → %s', (_label, record, expected) => {
    expect(wasApplied(record, 'tok')).toBe(expected);
  });
});

describe('isTransient', () => {
  it.each([
    'ThrottlingException',
    'ProvisionedThroughputExceededException',
    'RequestLimitExceeded',
    'InternalServerError',
    'InternalFailure',
    'ServiceUnavailable',
    'TimeoutError',
    'RequestTimeout',
    'RequestTimeoutException',
  ])('retries an error named %s', (name) => {
    expect(isTransient({ name })).toBe(true);
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED'])('retries a socket error with code %s', (code) => {
    expect(isTransient(Object.assign(new Error('socket'), { code }))).toBe(true);
  });

  it.each([
    'AWS SDK error wrapper for TimeoutError: socket timed out',
    'AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:8000',
    'AWS SDK error wrapper for Error: read ECONNRESET',
    'AWS SDK error wrapper for Error: write EPIPE',
    'AWS SDK error wrapper for Error: ETIMEDOUT',
    'AWS SDK error wrapper for Error: socket hang up',
  ])('retries an error from another realm the SDK wrapped as "%s"', (message) => {
    expect(isTransient(new Error(message))).toBe(true);
  });

  it.each([
    ['a 500', 500, true],
    ['a 503', 503, true],
    ['a 499', 499, false],
    ['a 400', 400, false],
  ])('judges an answer with status %s: retry %s', (_label, httpStatusCode, expected) => {
    expect(isTransient({ name: 'SomeServiceError', $metadata: { httpStatusCode } })).toBe(expected);
  });

  it('retries what the SDK marks $retryable', () => {
    expect(isTransient({ name: 'SomeServiceError', $retryable: { throttling: false } })).toBe(true);
  });

  it.each([
    ['a lost race', { name: 'ConditionalCheckFailedException', $metadata: { httpStatusCode: 400 } }],
    ['a missing table', { name: 'ResourceNotFoundException', message: 'Requested resource not found' }],
    ['a wrapper for another error', new Error('AWS SDK error wrapper for Error: ENOTFOUND dynamodb')],
    ['a wrapper named later in the message', new Error('Failed: AWS SDK error wrapper for TimeoutError')],
    ['a name that is not a string', { name: 503, code: 500, message: 42, $metadata: { httpStatusCode: '503' } }],
    ['an empty object', {}],
    ['null', null],
    ['a string', 'ThrottlingException'],
    ['undefined', undefined],
  ])('does not retry %s', (_label, error) => {
    expect(isTransient(error)).toBe(false);
  });
});

describe('retryTransient', () => {
  it('returns the first answer without retrying', async () => {
    const { budget } = manualBudget(1000);
    let calls = 0;

    await expect(retryTransient(budget, () => Promise.resolve((calls += 1)))).resolves.toBe(1);
    expect(calls).toBe(1);
  });

  it('leaves no timer behind once the call has answered', async () => {
    jest.useFakeTimers();
    try {
      const { budget } = manualBudget(6000);

      await expect(retryTransient(budget, () => Promise.resolve('stored'))).resolves.toBe('stored');
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('retries transient errors until the call answers', async () => {
    const { budget } = manualBudget(1000);
    let calls = 0;
    const call = (): Promise<string> => ((calls += 1) < 3 ? Promise.reject(throttled()) : Promise.resolve('stored'));

    await expect(retryTransient(budget, call)).resolves.toBe('stored');
    expect(calls).toBe(3);
  });

  it('rethrows an error that is not transient at once', async () => {
    const { budget } = manualBudget(1000);
    let calls = 0;
    const refused = new VersionConflictError(2);

    await expect(
      retryTransient(budget, () => {
        calls += 1;
        return Promise.reject(refused);
      }),
    ).rejects.toBe(refused);
    expect(calls).toBe(1);
  });

  it('starts no new try once the clock has reached the deadline, and rethrows the last error', async () => {
    // Each call costs 30 ms: calls start at 0, 30 and 60; after the third the clock is at the deadline.
    const { budget, time } = manualBudget(90);
    let calls = 0;
    const call = (): Promise<never> => {
      calls += 1;
      time.now += 30;
      return Promise.reject(throttled());
    };

    await expect(retryTransient(budget, call)).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(calls).toBe(3);
  });

  it('makes no call at all when no time is left', async () => {
    const { budget, time } = manualBudget(500);
    time.now = 500;
    let calls = 0;

    const outcome = retryTransient(budget, () => Promise.resolve((calls += 1)));

    await expect(outcome).rejects.toBeInstanceOf(StoreBudgetExceededError);
    await expect(outcome).rejects.toMatchObject({
      name: 'StoreBudgetExceededError',
      message: 'no time left in this turn for the progress store',
    });
    expect(calls).toBe(0);
  });

  it('stops waiting for a call that never answers when the budget runs out', async () => {
    const { budget, time } = manualBudget(1050);
    time.now = 1000;

    const outcome = retryTransient(budget, () => new Promise<never>(() => undefined));

    await expect(outcome).rejects.toMatchObject({
      name: 'StoreBudgetExceededError',
      message: 'progress store did not answer within 50 ms',
    });
  });

  it('waits up to 40 ms before the second try, doubling each time', async () => {
    // random() = 0.5 waits 20, 40, 80 ms: with 41 ms left on a stopped clock the third wait does not fit.
    const { budget } = manualBudget(41, 0.5);
    let calls = 0;

    await expect(
      retryTransient(budget, () => {
        calls += 1;
        return Promise.reject(throttled());
      }),
    ).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(calls).toBe(3);
  });

  it('gives up when the wait would end exactly at the deadline', async () => {
    // random() = 0.5: the second wait is 40 ms, which ends at the 40 ms deadline.
    const { budget } = manualBudget(40, 0.5);
    let calls = 0;

    await expect(
      retryTransient(budget, () => {
        calls += 1;
        return Promise.reject(throttled());
      }),
    ).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(calls).toBe(2);
  });

  it('never waits more than 640 ms however many tries have failed', async () => {
    // random() = 0.1 waits 4, 8, 16, 32, 64, then 64 (a tenth of 640) again: all fit in 65 ms.
    const { budget } = manualBudget(65, 0.1);
    let calls = 0;
    const call = (): Promise<string> => ((calls += 1) < 8 ? Promise.reject(throttled()) : Promise.resolve('stored'));

    await expect(retryTransient(budget, call)).resolves.toBe('stored');
    expect(calls).toBe(8);
  });
});

/** A store in which another writer always saves just before each of ours: every save loses. */
function alwaysContested(inner: ProgressStore, onSave: () => void = () => undefined): ProgressStore {
  return {
    load: (id) => inner.load(id),
    delete: (id) => inner.delete(id),
    async save(record) {
      onSave();
      const current = await inner.load(record.userId);
      if (current) await inner.save({ ...current, version: current.version + 1 });
      await inner.save(record);
    },
  };
}

describe('commitOnce', () => {
  it('writes a new user\'s first record at version 1 under the user id it is given', async () => {
    const store = new MemoryProgressStore();

    const stored = await commitOnce(store, USER, undefined, () => recordFor({ userId: 'someone-else', version: 7 }));

    expect(stored).toMatchObject({ userId: USER, version: 1 });
    await expect(store.load(USER)).resolves.toMatchObject({ userId: USER, version: 1 });
    await expect(store.load('someone-else')).resolves.toBeUndefined();
  });

  it('does not write a change whose first token the record already carries', async () => {
    const base = recordFor({ applied: ['done'] });
    const store = new MemoryProgressStore([base]);

    const stored = await commitOnce(store, USER, base, onboard, { tokens: ['done', 'other'] });

    expect(stored).toStrictEqual(base);
    expect(store.writes).toBe(0);
  });

  it('writes a change whose token is not the first it carries, even when a later one was applied', async () => {
    const base = recordFor({ applied: ['other'] });
    const store = new MemoryProgressStore([base]);

    const stored = await commitOnce(store, USER, base, onboard, { tokens: ['new', 'other'] });

    expect(stored).toMatchObject({ version: 2, onboarded: true, applied: ['new', 'other'] });
  });

  it('remembers the change\'s tokens last, once each, keeping only the newest twelve', async () => {
    const twelve = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12'];
    const base = recordFor({ applied: twelve });
    const store = new MemoryProgressStore([base]);

    const stored = await commitOnce(store, USER, base, onboard, { tokens: ['new', 't5'] });

    expect(stored?.applied).toStrictEqual(['t2', 't3', 't4', 't6', 't7', 't8', 't9', 't10', 't11', 't12', 'new', 't5']);
    await expect(store.load(USER)).resolves.toStrictEqual(stored);
  });

  it('leaves the applied list alone when the change carries no token', async () => {
    const base = recordFor({ applied: ['t1'] });
    const store = new MemoryProgressStore([base]);

    const stored = await commitOnce(store, USER, base, onboard);

    expect(stored?.applied).toStrictEqual(['t1']);
  });

  it('writes a first record with no applied list when it carries no token', async () => {
    const store = new MemoryProgressStore();

    const stored = await commitOnce(store, USER, undefined, onboard);

    expect(stored).not.toHaveProperty('applied');
  });

  it('returns the reloaded record, without writing again, when its own earlier save landed and only the reply was lost', async () => {
    const inner = new MemoryProgressStore([recordFor()]);
    let replyLost = false;
    const store: ProgressStore = {
      load: (id) => inner.load(id),
      delete: (id) => inner.delete(id),
      async save(record) {
        await inner.save(record);
        if (!replyLost) {
          replyLost = true;
          throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        }
      },
    };
    const { budget } = manualBudget(5000);

    const stored = await commitOnce(store, USER, recordFor(), onboard, { tokens: ['finish'], budget });

    expect(stored).toMatchObject({ version: 2, onboarded: true, applied: ['finish'] });
    // The landed save, the retried save refused as a conflict; then one reload and no third save.
    expect(inner.writes).toBe(2);
    expect(inner.reads).toBe(1);
    await expect(inner.load(USER)).resolves.toMatchObject({ version: 2 });
  });

  it('applies the change to the reloaded record after a lost race, once the check has seen it', async () => {
    const inner = new MemoryProgressStore([recordFor({ version: 2, met: { 'figure-four': 3 } })]);
    const seen: (ProgressRecord | undefined)[] = [];

    const stored = await commitOnce(
      inner,
      USER,
      recordFor(),
      (current) => {
        seen.push(current);
        return onboard(current);
      },
      { check: (raw) => raw && { ...raw, met: {} } },
    );

    expect(stored).toMatchObject({ version: 3, onboarded: true, met: {} });
    expect(seen.map((record) => record?.version)).toStrictEqual([1, 2]);
    expect(seen[1]?.met).toStrictEqual({});
  });

  it('without a budget gives up after three saves', async () => {
    const inner = new MemoryProgressStore([recordFor()]);
    let saves = 0;

    const committed = commitOnce(alwaysContested(inner, () => (saves += 1)), USER, recordFor(), onboard);

    await expect(committed).rejects.toBeInstanceOf(VersionConflictError);
    expect(saves).toBe(3);
  });

  it('with a budget keeps trying lost races until the deadline, then rethrows the conflict', async () => {
    // Each save costs 10 ms on the turn's clock; the fifth ends at 50, past the 45 ms deadline.
    const { budget, time } = manualBudget(45);
    const inner = new MemoryProgressStore([recordFor()]);
    let saves = 0;
    const store = alwaysContested(inner, () => {
      saves += 1;
      time.now += 10;
    });

    const committed = commitOnce(store, USER, recordFor(), onboard, { budget });

    await expect(committed).rejects.toBeInstanceOf(VersionConflictError);
    expect(saves).toBe(5);
  });

  it('with a budget still stops at maxAttempts saves', async () => {
    const { budget } = manualBudget(10_000);
    const inner = new MemoryProgressStore([recordFor()]);
    let saves = 0;

    const committed = commitOnce(alwaysContested(inner, () => (saves += 1)), USER, recordFor(), onboard, { budget, maxAttempts: 2 });

    await expect(committed).rejects.toBeInstanceOf(VersionConflictError);
    expect(saves).toBe(2);
  });

  it('with a budget gives up on a lost race when the backoff would end at the deadline', async () => {
    // random() = 0.5: the wait after the first lost race is 20 ms, which ends at the 20 ms deadline.
    const { budget } = manualBudget(20, 0.5);
    const inner = new MemoryProgressStore([recordFor()]);
    let saves = 0;

    const committed = commitOnce(alwaysContested(inner, () => (saves += 1)), USER, recordFor(), onboard, { budget });

    await expect(committed).rejects.toBeInstanceOf(VersionConflictError);
    expect(saves).toBe(1);
    expect(inner.reads).toBe(1);
  });

  it('with a budget retries a throttled reload after a lost race', async () => {
    const inner = new MemoryProgressStore([recordFor({ version: 2 })]);
    let loads = 0;
    const store: ProgressStore = {
      load: (id) => ((loads += 1) === 1 ? Promise.reject(throttled()) : inner.load(id)),
      delete: (id) => inner.delete(id),
      save: (record) => inner.save(record),
    };
    const { budget } = manualBudget(5000);

    const stored = await commitOnce(store, USER, recordFor(), onboard, { budget });

    expect(stored).toMatchObject({ version: 3, onboarded: true });
    expect(loads).toBe(2);
  });

  it('makes no call to the store when the change leaves nothing to write', async () => {
    const store = new MemoryProgressStore([recordFor()]);

    await expect(commitOnce(store, USER, recordFor(), () => undefined, { tokens: ['t'] })).resolves.toBeUndefined();
    expect(store.writes + store.reads).toBe(0);
  });
});
