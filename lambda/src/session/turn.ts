import type { HandlerInput } from 'ask-sdk-core';
import type { Reply, Effect } from '../coach/reply';
import type { Voice } from '../speech/phrase-key';
import { localDate } from '../progress/calendar';
import { commitChange } from '../progress/commit';
import { applyEffects, currentRecord, type Moment } from '../progress/model';
import type { ProgressRecord } from '../progress/record';
import type { ProgressStore } from '../progress/store';
import { parseSessionState, toSessionAttributes, type SessionState } from './session-state';

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
  state: SessionState;

  constructor(
    readonly input: HandlerInput,
    readonly userId: string,
    readonly now: number,
    readonly voice: Voice,
    private readonly store: ProgressStore,
    private readonly timeZoneLookup: () => Promise<string | undefined>,
  ) {
    this.state = parseSessionState(input.requestEnvelope.session?.attributes);
  }

  /** The user's record as of today, reading the store only on the first need in a session. */
  async record(): Promise<ProgressRecord | undefined> {
    if (this.state.record === undefined) {
      const stored = await this.store.load(this.userId);
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
    const saved = await commitChange(this.store, this.userId, base, (current) =>
      applyEffects(current, effects, this.userId, at, extra),
    );
    this.effects = [];
    this.dirty = false;
    this.state = { ...this.state, record: saved ?? null };
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
