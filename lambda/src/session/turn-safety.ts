import type { Effect } from '../coach/reply';
import { tokenOf, wasApplied, type RetryBudget } from '../progress/idempotency';
import type { ProgressRecord } from '../coach/record/record';

export type TurnBudget = RetryBudget;

/**
 * Alexa waits 8 s for a response. The store gets 6 s of it from the moment the turn starts
 * (reads, writes, retries and backoff together), which leaves time to build and send the reply.
 */
const TURN_STORE_BUDGET_MS = 6000;

export function budgetFor(clock: () => number, random: () => number): TurnBudget {
  return { deadline: clock() + TURN_STORE_BUDGET_MS, clock, random };
}

/** The tokens a turn's write carries: the turn's own first, then the routine it finishes, if any. */
interface TurnTokens {
  readonly turn: string;
  readonly run?: string;
  readonly all: readonly string[];
}

/** The envelope's session and request ids (empty when a request has none). */
export interface TurnIds {
  readonly sessionId: string;
  readonly requestId: string;
}

/**
 * The turn is its session and request id: a retry of the same request (the SDK's, after a lost
 * reply) carries both unchanged. A finished routine is its session and start time, so saying
 * "next" again after "say that again" cannot count the same routine twice.
 */
export function turnTokens(ids: TurnIds, finishedRun: string | undefined): TurnTokens {
  const turn = tokenOf('turn', ids.sessionId, ids.requestId);
  const run = finishedRun === undefined ? undefined : tokenOf('run', ids.sessionId, finishedRun);
  return { turn, ...(run ? { run } : {}), all: run ? [turn, run] : [turn] };
}

/** The effects, minus a completion the record already counts (the place is still cleared). */
export function withoutDoneCompletion(effects: readonly Effect[], current: ProgressRecord | undefined, tokens: TurnTokens): readonly Effect[] {
  if (tokens.run === undefined || !wasApplied(current, tokens.run)) return effects;
  return effects.map((e): Effect => (e.kind === 'completed' ? { kind: 'clearPosition' } : e));
}
