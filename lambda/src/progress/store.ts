import type { ProgressRecord } from '../coach/record/record';

/** Where user records live. The DynamoDB implementation is the real one; tests may use the in-memory one. */
export interface ProgressStore {
  load(userId: string): Promise<ProgressRecord | undefined>;
  /**
   * Writes `record` only if the stored item is still at `record.version - 1`
   * (or absent when `record.version` is 1); otherwise throws VersionConflictError.
   */
  save(record: ProgressRecord): Promise<void>;
  delete(userId: string): Promise<void>;
}
