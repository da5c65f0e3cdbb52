import type { HandlerInput } from 'ask-sdk-core';
import type { Reply, Effect } from '../coach/reply';
import type { Voice } from '../speech/phrase-key';
import { localDate } from '../progress/calendar';
import { applyEffects, currentRecord, type Moment } from '../progress/model';
import { commitOnce, retryTransient } from '../progress/idempotency';
import { checkRecord } from '../progress/record-schema';
import type { ProgressRecord } from '../progress/record';
import type { ProgressStore } from '../progress/store';
import { parseSessionState, toSessionAttributes, type SessionState } from './session-state';
import { budgetFor, knownFields, turnTokens, withoutDoneCompletion, type TurnBudget } from './turn-safety';

type RecordExtra = Partial<Pick<ProgressRecord, 'timeZone' | 'onboarded' | 'preferences'>>;

/**
 * One request's view of the user: the session state, the record (read at most once per
 * session, then carried in session attributes) and the changes this turn makes to it,
 * written at most once, at the end of the turn.
 */
export class Turn {
  private effects: Effect[] = [];
  private extra: RecordExtra = {};
  private dirty = false;
  /** The routine a completion this turn finishes (its start time), for counting it once. */
  private finishedRun: string | undefined;
  /** The stored record had to be repaired: say so once, in this turn's reply. */
  private repairNotice = false;
  private readonly budget: TurnBudget;
  state: SessionState;

  constructor(
    readonly input: HandlerInput,
    readonly userId: string,
    readonly now: number,
    readonly voice: Voice,
    private readonly store: ProgressStore,
    private readonly timeZoneLookup: () => Promise<string | undefined>,
    budget?: TurnBudget,
  ) {
    this.budget = budget ?? budgetFor(Date.now, Math.random);
    const state = knownFields(parseSessionState(input.requestEnvelope.session?.attributes));
    // The record the session carries is only a cache of this user's item: one that is not
    // theirs, or not sound, is dropped and read again from the store.
    const carried = state.record ? checkRecord(state.record, userId, { now, today: localDate(now) }) : undefined;
    this.state = carried && carried.problems.length > 0 ? { ...state, record: undefined } : state;
  }

  /** The user's record as of today, reading the store only on the first need in a session. */
  async record(): Promise<ProgressRecord | undefined> {
    if (this.state.record === undefined) {
      const raw = await retryTransient(this.budget, () => this.store.load(this.userId));
      const checked = checkRecord(raw, this.userId, { now: this.now, today: localDate(this.now) });
      const stored = checked.record;
      if (checked.problems.length > 0) {
        // Written back this turn, so the repair happens once and is said once.
        console.warn(JSON.stringify({ level: 'warn', event: 'recordRepaired', fields: checked.problems }));
        this.repairNotice = true;
        this.dirty = true;
      }
      const timeZone = stored?.timeZone ?? (await this.timeZoneLookup());
      if (timeZone && !stored?.timeZone) this.extra = { ...this.extra, timeZone };
      this.state = { ...this.state, record: stored ?? null };
      this.zone = timeZone;
    }
    const record = this.state.record ?? undefined;
    return record ? currentRecord(record, this.moment()) : undefined;
  }

  private zone: string | undefined;

  /** Now, and the user's local date (their time zone when known, else UTC). */
  moment(): Moment {
    const zone = this.state.record?.timeZone ?? this.zone ?? this.extra.timeZone;
    return { now: this.now, today: localDate(this.now, zone) };
  }

  get timeZone(): string | undefined {
    return this.state.record?.timeZone ?? this.zone;
  }

  update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
  }

  /** Takes the engine's reply: new routine state, and record effects to write at the end of the turn. */
  take(reply: Reply): void {
    if (reply.effects.some((e) => e.kind === 'completed')) this.finishedRun = this.state.routine?.startedAt;
    this.state = { ...this.state, routine: reply.routine };
    this.effects.push(...reply.effects);
  }

  /** A record change that is not routine progress: onboarding done, a preference. */
  remember(extra: RecordExtra): void {
    this.extra = { ...this.extra, ...extra };
    this.dirty = true;
  }

  /** Deletes the user's record now (by voice, after confirmation). */
  async forget(): Promise<void> {
    await this.store.delete(this.userId);
    this.effects = [];
    this.extra = {};
    this.dirty = false;
    this.state = { ...this.state, record: null };
  }

  /** Writes this turn's changes, once, safely against concurrent writers. */
  async commit(): Promise<void> {
    if (this.effects.length === 0 && !this.dirty) return;
    const effects = this.effects;
    const extra = this.extra;
    const at = this.moment();
    const base = this.state.record ?? undefined;
    const tokens = turnTokens(this.input.requestEnvelope, this.finishedRun);
    const saved = await commitOnce(
      this.store,
      this.userId,
      base,
      (current) => applyEffects(current, withoutDoneCompletion(effects, current, tokens), this.userId, at, extra),
      { tokens: tokens.all, budget: this.budget, check: (raw) => checkRecord(raw, this.userId, at).record },
    );
    this.effects = [];
    this.dirty = false;
    this.state = { ...this.state, record: saved ?? null };
  }

  /** The line to say before this turn's reply, once, when the stored record was repaired. */
  takeNotice(): 'progressRepaired' | undefined {
    if (!this.repairNotice) return undefined;
    this.repairNotice = false;
    return 'progressRepaired';
  }

  sessionAttributes(): Record<string, unknown> {
    return toSessionAttributes(this.state);
  }
}

const TURN_KEY = 'hipCoachTurn';

export function attachTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN_KEY] = turn;
}

/** The request's Turn, set up by the request interceptor. */
export function turnOf(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  if (!turn) throw new Error('no Turn for this request: is the interceptor registered?');
  return turn;
}
