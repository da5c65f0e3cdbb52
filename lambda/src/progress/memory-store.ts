import { isProgressRecord } from '../coach/record/validate';
import { assertVersion, VersionConflictError } from './errors';
import type { ProgressRecord } from '../coach/record/record';
import type { ProgressStore } from './store';

/**
 * An in-memory ProgressStore with DynamoDB's conditional-write semantics, for fast handler
 * tests. Records are copied through JSON on the way in and out, as a round trip through
 * DynamoDB would (undefined properties vanish), so callers can never share state with it.
 */
export class MemoryProgressStore implements ProgressStore {
  private readonly items = new Map<string, string>();
  private calls = { reads: 0, writes: 0, deletes: 0 };

  /** `initial` records are stored as they are, without counting as writes. */
  constructor(initial: Iterable<ProgressRecord> = []) {
    for (const record of initial) this.items.set(record.userId, JSON.stringify(record));
  }

  /** load calls so far. */
  get reads(): number {
    return this.calls.reads;
  }

  /** save calls so far, refused ones included (DynamoDB bills and counts those too). */
  get writes(): number {
    return this.calls.writes;
  }

  /** delete calls so far. */
  get deletes(): number {
    return this.calls.deletes;
  }

  resetCounts(): void {
    this.calls = { reads: 0, writes: 0, deletes: 0 };
  }

  load(userId: string): Promise<ProgressRecord | undefined> {
    this.calls.reads += 1;
    const stored = this.items.get(userId);
    return Promise.resolve(stored === undefined ? undefined : parse(stored));
  }

  save(record: ProgressRecord): Promise<void> {
    // In a promise, so a refusal rejects as DynamoProgressStore's does rather than throwing.
    return new Promise((resolve) => {
      this.calls.writes += 1;
      assertVersion(record.version);
      const stored = this.items.get(record.userId);
      const storedVersion = stored === undefined ? undefined : parse(stored).version;
      // Same rule as DynamoProgressStore: version 1 only over nothing, version n only over n - 1.
      const expected = record.version === 1 ? undefined : record.version - 1;
      if (storedVersion !== expected) throw new VersionConflictError(record.version);
      this.items.set(record.userId, JSON.stringify(record));
      resolve();
    });
  }

  delete(userId: string): Promise<void> {
    this.calls.deletes += 1;
    this.items.delete(userId);
    return Promise.resolve();
  }
}

/** A stored copy back as a record; it was written from one, so anything else is a bug here. */
function parse(stored: string): ProgressRecord {
  const value: unknown = JSON.parse(stored);
  if (!isProgressRecord(value)) throw new TypeError('the in-memory store holds something that is not a progress record');
  return value;
}
