import { VersionConflictError } from './errors';
import type { ProgressRecord } from '../coach/record/record';
import type { ProgressStore } from './store';

/**
 * Applies `change` to `base` and saves the result one version up; when another writer got
 * there first, reloads the stored record and applies `change` to that instead, up to
 * `maxAttempts` saves in all. `change` must be pure, since it may run more than once: that
 * is how two devices finishing a session at the same moment both count.
 *
 * Returns the record now stored, or undefined when `change` returned undefined (nothing to
 * write: no call to the store is made). Rethrows the last VersionConflictError when every
 * attempt lost the race.
 */
export async function commitChange(
  store: ProgressStore,
  userId: string,
  base: ProgressRecord | undefined,
  change: (current: ProgressRecord | undefined) => ProgressRecord | undefined,
  maxAttempts = 3,
): Promise<ProgressRecord | undefined> {
  let current = base;
  for (let attempt = 1; ; attempt += 1) {
    const changed = change(current);
    if (changed === undefined) return undefined;
    const next: ProgressRecord = { ...changed, version: (current?.version ?? 0) + 1 };
    try {
      await store.save(next);
      return next;
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= maxAttempts) throw error;
      current = await store.load(userId);
    }
  }
}
