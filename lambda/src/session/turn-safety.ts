import type { RequestEnvelope } from 'ask-sdk-model';
import type { Effect } from '../coach/reply';
import { tokenOf, wasApplied, type RetryBudget } from '../progress/idempotency';
import type { ProgressRecord } from '../progress/record';
import type { SessionState } from './session-state';

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

/**
 * The turn is its session and request id: a retry of the same request (the SDK's, after a lost
 * reply) carries both unchanged. A finished routine is its session and start time, so saying
 * "next" again after "say that again" cannot count the same routine twice.
 */
export function turnTokens(envelope: RequestEnvelope, finishedRun: string | undefined): TurnTokens {
  const sessionId = envelope.session?.sessionId ?? '';
  const turn = tokenOf('turn', sessionId, envelope.request.requestId);
  const run = finishedRun === undefined ? undefined : tokenOf('run', sessionId, finishedRun);
  return { turn, ...(run ? { run } : {}), all: run ? [turn, run] : [turn] };
}

/** The effects, minus a completion the record already counts (the place is still cleared). */
export function withoutDoneCompletion(effects: readonly Effect[], current: ProgressRecord | undefined, tokens: TurnTokens): readonly Effect[] {
  if (tokens.run === undefined || !wasApplied(current, tokens.run)) return effects;
  return effects.map((e): Effect => (e.kind === 'completed' ? { kind: 'clearPosition' } : e));
}

/** Only the fields a SessionState has: anything else a client put in the attributes is not sent back. */
export function knownFields(state: SessionState): SessionState {
  const { routine, last, pending, record, conditions, halted } = state;
  const known: SessionState = { routine, last, pending, record, conditions, halted };
  return Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined));
}
