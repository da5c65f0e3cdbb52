import { VersionConflictError } from '../../src/progress/errors';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import type { ProgressRecord } from '../../src/coach/record/record';

/** What MemoryProgressStore adds to the contract dynamo-store.test.ts checks of both stores. */

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

describe('MemoryProgressStore', () => {
  it('starts with the records it is given, as they are, without counting them as writes', async () => {
    const store = new MemoryProgressStore([recordFor('ann', { version: 4, onboarded: true }), recordFor('bob')]);

    expect(store.writes).toBe(0);
    await expect(store.load('ann')).resolves.toStrictEqual(recordFor('ann', { version: 4, onboarded: true }));
    await expect(store.load('bob')).resolves.toStrictEqual(recordFor('bob'));
  });

  it('counts loads, saves (refused ones too) and deletes, and forgets the counts on reset', async () => {
    const store = new MemoryProgressStore();

    await store.load('ann');
    await store.save(recordFor('ann'));
    await store.save(recordFor('ann')).catch(() => undefined);
    await store.save(recordFor('ann', { version: 0 })).catch(() => undefined);
    await store.delete('ann');
    await store.delete('ann');
    await store.delete('bob');

    expect({ reads: store.reads, writes: store.writes, deletes: store.deletes }).toStrictEqual({ reads: 1, writes: 3, deletes: 3 });
    store.resetCounts();
    expect({ reads: store.reads, writes: store.writes, deletes: store.deletes }).toStrictEqual({ reads: 0, writes: 0, deletes: 0 });
  });

  it('refuses by rejecting the promise, never by throwing from save itself', async () => {
    const store = new MemoryProgressStore([recordFor('ann')]);
    let conflict: Promise<void> | undefined;
    let badVersion: Promise<void> | undefined;

    expect(() => {
      conflict = store.save(recordFor('ann'));
      badVersion = store.save(recordFor('ann', { version: 1.5 }));
    }).not.toThrow();
    await expect(conflict).rejects.toBeInstanceOf(VersionConflictError);
    await expect(badVersion).rejects.toBeInstanceOf(RangeError);
  });

  it('shares no object with its callers', async () => {
    const saved = recordFor('ann', { met: { 'figure-four': 1 } });
    const store = new MemoryProgressStore();
    await store.save(saved);

    (saved.met as Record<string, number>)['figure-four'] = 9;
    const loaded = await store.load('ann');
    (loaded?.met as Record<string, number>)['figure-four'] = 7;

    await expect(store.load('ann')).resolves.toMatchObject({ met: { 'figure-four': 1 } });
  });

  it('lets version 1 replace a record whose version is unreadable, and refuses any later version over it', async () => {
    const unreadable = { ...recordFor('ann'), version: 'three' } as unknown as ProgressRecord;
    const store = new MemoryProgressStore([unreadable]);

    await expect(store.save(recordFor('ann', { version: 2 }))).rejects.toBeInstanceOf(VersionConflictError);
    await store.save(recordFor('ann', { onboarded: true }));

    await expect(store.load('ann')).resolves.toStrictEqual(recordFor('ann', { onboarded: true }));
  });

  it('refuses a conflicting save with the version it tried to become, and keeps what it had', async () => {
    const store = new MemoryProgressStore([recordFor('ann', { version: 3, onboarded: true })]);

    await expect(store.save(recordFor('ann', { version: 3 }))).rejects.toMatchObject({ name: 'VersionConflictError', version: 3 });
    await expect(store.save(recordFor('ann', { version: 2 }))).rejects.toMatchObject({ name: 'VersionConflictError', version: 2 });
    await expect(store.load('ann')).resolves.toStrictEqual(recordFor('ann', { version: 3, onboarded: true }));
  });

  it('deletes only the user it is asked to', async () => {
    const store = new MemoryProgressStore([recordFor('ann'), recordFor('bob')]);

    await store.delete('ann');

    await expect(store.load('ann')).resolves.toBeUndefined();
    await expect(store.load('bob')).resolves.toStrictEqual(recordFor('bob'));
  });
});
