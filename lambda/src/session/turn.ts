import type { HandlerInput } from 'ask-sdk-core';
import type { TurnContext } from '../coach/context';
import { localDate, localHour } from '../coach/record/calendar';
import { applyEffects, currentRecord, type Moment } from '../coach/record/model';
import type { ProgressRecord } from '../coach/record/record';
import type { Effect, Reply } from '../coach/reply';
import { routineOf } from '../coach/routine-state';
import { commitChange } from '../progress/commit';
import type { ProgressStore } from '../progress/store';
import type { Voice } from '../speech/phrase-key';
import { marksOf } from '../speech/timeline';
import { parseSessionState, toSessionAttributes, type SessionState } from './session-state';

/**
 * One request's view of the user: the session state, the record (read at most once per
 * session, then carried in session attributes) and the changes this turn makes to it,
 * written at most once, at the end of the turn. The store is reached only through here.
 */
export class Turn {
  private effects: Effect[] = [];
  private state: SessionState;
  /** The time zone the Settings API gave when the record has none: stored with the turn's next write. */
  private foundZone: string | undefined;
  private built: Promise<TurnContext> | undefined;

  constructor(
    attributes: Readonly<Record<string, unknown>> | undefined,
    private readonly userId: string,
    private readonly now: number,
    readonly voice: Voice,
    private readonly store: ProgressStore,
    private readonly timeZoneLookup: () => Promise<string | undefined>,
  ) {
    this.state = parseSessionState(attributes);
  }

  /** This request's context for the engine, built once: the record, the time, the plan of the routine in progress. */
  context(): Promise<TurnContext> {
    this.built ??= this.build();
    return this.built;
  }

  private async build(): Promise<TurnContext> {
    const record = await this.record();
    const zone = this.zone();
    const saved = this.state.routine ? routineOf(this.state.routine) : undefined;
    // A step outside its plan (an older build's state) is a fresh start, not a finished routine.
    const routine = saved && saved.state.step < saved.plan.steps.length ? saved : undefined;
    if (!routine) this.state = { ...this.state, routine: undefined };
    const met = record?.met ?? {};
    return {
      voice: this.voice,
      now: this.now,
      today: localDate(this.now, zone),
      hour: localHour(this.now, zone),
      record,
      routine,
      last: this.state.last,
      pending: this.state.pending,
      conditions: this.state.conditions ?? [],
      halted: this.state.halted ?? false,
      met: (stretch) => met[stretch] ?? 0,
    };
  }

  /** The user's record as of today, reading the store only on the first need in a session. */
  private async record(): Promise<ProgressRecord | undefined> {
    if (this.state.record === undefined) {
      const stored = await this.store.load(this.userId);
      if (!stored?.timeZone) this.foundZone = await this.timeZoneLookup();
      this.state = { ...this.state, record: stored ?? null };
    }
    const record = this.state.record ?? undefined;
    return record ? currentRecord(record, this.moment()) : undefined;
  }

  /** The user's time zone when known (stored, or found this turn), else undefined for UTC. */
  private zone(): string | undefined {
    return this.state.record?.timeZone ?? this.foundZone;
  }

  /** Now, and the user's local date. */
  private moment(): Moment {
    return { now: this.now, today: localDate(this.now, this.zone()) };
  }

  /** The routine in progress after this turn (for the log). */
  get routine(): SessionState['routine'] {
    return this.state.routine;
  }

  /**
   * Takes the engine's reply: the new routine, question and session facts, and the timeline
   * (so a question mid-hold knows where the user is); record effects wait for `commit`.
   */
  async apply(reply: Reply): Promise<void> {
    if (reply.deleteRecord) await this.deleteRecord();
    const marks = marksOf(reply.segments);
    // A reply without routine steps (an answer after the stretch ended) keeps the last timeline:
    // it still tells where the user is in the routine.
    const last = marks.length > 0 ? { at: this.now, marks } : reply.routine ? this.state.last : undefined;
    this.state = {
      ...this.state,
      routine: reply.routine,
      last,
      pending: reply.pending === undefined ? this.state.pending : (reply.pending ?? undefined),
      conditions: reply.conditions ?? this.state.conditions,
      halted: reply.halt ?? this.state.halted,
    };
    this.effects.push(...reply.effects);
    this.built = undefined;
  }

  /** Deletes the user's record now (by voice after confirmation, or when the skill is disabled). */
  async deleteRecord(): Promise<void> {
    await this.store.delete(this.userId);
    this.effects = [];
    this.foundZone = undefined;
    this.state = { ...this.state, record: null };
  }

  /** Writes this turn's changes, once, safely against concurrent writers. */
  async commit(): Promise<void> {
    if (this.effects.length === 0) return;
    const effects = this.effects;
    const zone = this.foundZone;
    const at = this.moment();
    const base = this.state.record ?? undefined;
    const saved = await commitChange(this.store, this.userId, base, (current) => applyEffects(current, effects, this.userId, at, zone));
    this.effects = [];
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
  const turn: unknown = input.attributesManager.getRequestAttributes()[TURN_KEY];
  if (!(turn instanceof Turn)) throw new Error('no Turn for this request: is the interceptor registered?');
  return turn;
}
