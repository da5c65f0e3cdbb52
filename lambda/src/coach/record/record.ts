import type { RoutineId } from '../../scripts/routines';
import type { CustomSpec, RoutineKind } from '../custom-spec';

/** One finished routine, kept for the program-week and streak arithmetic. Progress only: no pain, symptoms or conditions. */
export interface SessionLog {
  /** The user's local calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly routine: RoutineKind;
  readonly seconds: number;
  /** Sessions this entry stands for when earlier ones of the day were folded into it; absent means 1. */
  readonly count?: number;
}

/** A routine left midway, so the next launch can offer to pick it up. */
export interface SavedPosition {
  readonly routine: RoutineKind;
  /** A custom routine's fitted stretches, so it is rebuilt exactly as it was playing. */
  readonly custom?: CustomSpec;
  /** Index into the routine's plan of steps. */
  readonly step: number;
  /** The program week the routine was played at (stored as `level` before; read by `currentRecord`). */
  readonly week: number;
  /** ISO timestamp; a position older than 24 h is dropped. */
  readonly savedAt: string;
}

/** A day of the week as the Reminders API's recurrence rules name it (RFC 5545 BYDAY). */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const weekdays: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * A reminder the skill set through the Alexa Reminders API: its id (alert token), the routine it is
 * for, and when it rings (local time and days), so it can be listed, moved and cancelled by voice.
 */
export interface StoredReminder {
  /** The Reminders API's alertToken. */
  readonly id: string;
  readonly routine: RoutineId;
  /** Local time of day, HH:MM (24 h). */
  readonly time: string;
  /** The days it rings on, Monday first; all seven is every day. */
  readonly days: readonly Weekday[];
}

/** One reminder per routine at most. */
export const REMINDER_LIMIT = 3;

/** Everything Hip Coach keeps about a user: progress and preferences, never health data. */
export interface ProgressRecord {
  readonly userId: string;
  /** Optimistic-lock counter: a write succeeds only over the version it was derived from. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** IANA zone from the Alexa Settings API, cached; absent means UTC. */
  readonly timeZone?: string;
  /** The local date the Settings API last gave `timeZone`: it is looked up again after a while (people move). */
  readonly timeZoneCheckedAt?: string;
  /**
   * `timeZone`'s offset east of UTC in minutes, and the instant (ISO) it holds until: the zone's next
   * transition, or a probe horizon. Found by asking ICU when the zone is learnt or the offset runs out,
   * so a launch works out the local date and hour without it. Both or neither, and only with `timeZone`.
   */
  readonly timeZoneOffset?: number;
  readonly timeZoneOffsetUntil?: string;
  /** Program week (1-based) and the local date its seven days started on. */
  readonly program: { readonly week: number; readonly weekStart: string };
  /** Recent sessions, oldest first, trimmed to a few weeks. */
  readonly sessions: readonly SessionLog[];
  readonly totals: { readonly sessions: number; readonly seconds: number };
  /** How many times the user has been coached through each stretch (by stretch id). */
  readonly met: Readonly<Record<string, number>>;
  readonly preferences: {
    /** The user asked to stay at this level next week. */
    readonly keepLevel: boolean;
  };
  /** The one-line first-use safety note and screen were given. */
  readonly onboarded: boolean;
  readonly inProgress?: SavedPosition;
  /**
   * Tokens of the last few turns (and finished routines) whose changes are in this record, so a
   * write retried after a lost reply is recognised and not applied twice (progress/idempotency.ts).
   */
  readonly applied?: readonly string[];
  /**
   * After a warning sign, launches before this local date (YYYY-MM-DD) offer no routine. Only the
   * date is kept, never what the user said.
   */
  readonly pausedUntil?: string;
  /** Reminders set through the Alexa Reminders API (ids and times only), one per routine. */
  readonly reminders?: readonly StoredReminder[];
  /** DynamoDB TTL (epoch seconds): a year after last use, a backstop for orphaned users. */
  readonly expiresAt: number;
}

/** Turn tokens kept in a record: a retried write comes within a turn or two of the original. */
export const APPLIED_LIMIT = 12;
