import { createHash } from 'node:crypto';
import { VersionConflictError } from './errors';
import { APPLIED_LIMIT, type ProgressRecord } from '../coach/record/record';
import type { ProgressStore } from './store';

/**
 * A short, stable token for a turn or a finished routine: a hash, so the record never holds
 * session or request ids (and stays small), and equal inputs always give the same token.
 */
export function tokenOf(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 12);
}

export function wasApplied(record: ProgressRecord | undefined, token: string): boolean {
  return record?.applied?.includes(token) ?? false;
}

/** The record with `tokens` remembered, keeping only the newest APPLIED_LIMIT. */
function markApplied(record: ProgressRecord, tokens: readonly string[]): ProgressRecord {
  const applied = [...(record.applied ?? []).filter((t) => !tokens.includes(t)), ...tokens].slice(-APPLIED_LIMIT);
  return { ...record, applied };
}

/** The time a turn may spend on the store, and how it waits between tries. */
export interface RetryBudget {
  /** Epoch ms (on `clock`) after which no new attempt starts and a pending one is abandoned. */
  readonly deadline: number;
  readonly clock: () => number;
  readonly random: () => number;
}

/** The turn ran out of time talking to the store; the user is asked to say it again. */
export class StoreBudgetExceededError extends Error {
  override readonly name = 'StoreBudgetExceededError';
}

const TRANSIENT_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED']);

/**
 * When the SDK is handed something that is not an Error of its own realm (as in jest's VM, where
 * node's socket errors come from the outer realm), it wraps it as a plain Error whose message
 * keeps the original's name and text: recognised here by that text.
 */
const WRAPPED_TRANSIENT = /^AWS SDK error wrapper for (?:TimeoutError|Error: (?:connect |read |write )?(?:ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT)|.*socket hang up)/;

/**
 * An error worth another try: throttling, a 5xx, a timeout or a dropped connection. The SDK has
 * already retried these once; the turn's budget allows a few more. Read by shape, not by
 * `instanceof`, so errors from another realm or SDK copy are judged the same.
 */
export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; message?: unknown; code?: unknown; $metadata?: { httpStatusCode?: unknown }; $retryable?: unknown };
  if (typeof e.name === 'string' && TRANSIENT_NAMES.has(e.name)) return true;
  if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return true;
  if (e.$retryable) return true;
  if (typeof e.message === 'string' && WRAPPED_TRANSIENT.test(e.message)) return true;
  const status = e.$metadata?.httpStatusCode;
  return typeof status === 'number' && status >= 500;
}

/** Full-jitter exponential backoff: attempt 1 waits up to 40 ms, doubling to at most 640 ms. */
function backoffMs(attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(640, 40 * 2 ** (attempt - 1)));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call` but stops waiting at the budget's deadline. An abandoned call may still land
 * later; every write carries its turn's token, so that is harmless.
 */
async function withinBudget<T>(budget: RetryBudget, call: () => Promise<T>): Promise<T> {
  const left = budget.deadline - budget.clock();
  if (left <= 0) throw new StoreBudgetExceededError('no time left in this turn for the progress store');
  const pending = call();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new StoreBudgetExceededError(`progress store did not answer within ${left} ms`));
    }, left);
  });
  // An abandoned call's late failure must not surface as an unhandled rejection.
  pending.catch(() => undefined);
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Retries `call` on transient errors with jittered backoff while the budget lasts. */
export async function retryTransient<T>(budget: RetryBudget, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await withinBudget(budget, call);
    } catch (error) {
      const wait = backoffMs(attempt, budget.random);
      if (!isTransient(error) || budget.clock() + wait >= budget.deadline) throw error;
      await sleep(wait);
    }
  }
}

export interface CommitOptions {
  /** Tokens this change carries: when the stored record already has the first, the change is in it. */
  readonly tokens?: readonly string[];
  /** Saves in all before a lost race is rethrown; unlimited within a budget. */
  readonly maxAttempts?: number;
  readonly budget?: RetryBudget;
  /** Checks a reloaded record before `change` sees it (the stored item is not trusted). */
  readonly check?: (raw: ProgressRecord | undefined) => ProgressRecord | undefined;
}

/**
 * Applies `change` to `base` and saves it one version up, once: when the save loses the race
 * (another device, or our own earlier try whose reply was lost), the record is reloaded and,
 * unless it already carries this change's token, `change` is applied to it again. Transient
 * errors are retried with the same record (a conflict then shows whether it landed). Without a
 * budget it makes at most `maxAttempts` saves; with one, as many as fit before the deadline.
 *
 * Returns the record now stored, or undefined when `change` returned undefined (nothing to
 * write; no call to the store is made).
 */
export async function commitOnce(
  store: ProgressStore,
  userId: string,
  base: ProgressRecord | undefined,
  change: (current: ProgressRecord | undefined) => ProgressRecord | undefined,
  options: CommitOptions = {},
): Promise<ProgressRecord | undefined> {
  const { tokens = [], budget } = options;
  const check = options.check ?? ((raw: ProgressRecord | undefined) => raw);
  const maxAttempts = options.maxAttempts ?? (budget ? Infinity : 3);
  const first = tokens[0];
  let current = base;
  for (let attempt = 1; ; attempt += 1) {
    if (first !== undefined && current && wasApplied(current, first)) return current;
    const changed = change(current);
    if (changed === undefined) return undefined;
    const marked = tokens.length > 0 ? markApplied(changed, tokens) : changed;
    const next: ProgressRecord = { ...marked, userId, version: (current?.version ?? 0) + 1 };
    try {
      await (budget ? retryTransient(budget, () => store.save(next)) : store.save(next));
      return next;
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= maxAttempts) throw error;
      if (budget) {
        const wait = backoffMs(attempt, budget.random);
        if (budget.clock() + wait >= budget.deadline) throw error;
        await sleep(wait);
        current = check(await retryTransient(budget, () => store.load(userId)));
      } else {
        current = check(await store.load(userId));
      }
    }
  }
}
