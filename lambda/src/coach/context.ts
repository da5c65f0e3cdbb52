import type { Condition, StretchId } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import type { LastResponse, Pending } from './dialogue-state';
import type { ProgressRecord } from './record/record';
import type { Routine } from './routine-state';

/**
 * Everything the engine knows about one request, built once per request by the session layer:
 * the user's words, the time, their record as of today, the open conversation and the routine
 * in progress with its plan. Engine functions take it and return a Reply.
 */
export interface TurnContext {
  readonly voice: Voice;
  /** Epoch ms of the request. */
  readonly now: number;
  /**
   * The user's local date (YYYY-MM-DD) and hour (0–23): their time zone when known, else UTC. Worked out
   * when first read (session/turn.ts), so a reply that does not depend on the time never asks for the zone's offset.
   */
  readonly today: string;
  readonly hour: number;
  /** The user's IANA time zone when known (stored, or from the device's settings this turn). */
  readonly timeZone?: string;
  /** The record as of today (program weeks rolled); undefined for a new user. */
  readonly record: ProgressRecord | undefined;
  /** The routine in progress and its plan, built once for the request. */
  readonly routine: Routine | undefined;
  readonly last: LastResponse | undefined;
  readonly pending: Pending | undefined;
  /** Conditions mentioned this session. */
  readonly conditions: readonly Condition[];
  /** A warning sign was heard this session, or earlier today (the record's paused-until date). */
  readonly halted: boolean;
  /** How many times this user has been coached through a stretch before. */
  readonly met: (stretch: StretchId) => number;
}
