import type { HandlerInput } from 'ask-sdk-core';
import type { TurnContext } from '../coach/context';
import { LocalClock, localDate } from '../coach/record/calendar';
import { applyEffects, currentRecord, pausedOn, storedOffset, zoneWanted, type Moment } from '../coach/record/model';
import type { ProgressRecord } from '../coach/record/record';
import type { Effect, Reply } from '../coach/reply';
import { spokeDuringStretch } from '../coach/locate';
import { routineOf } from '../coach/routine-state';
import { checkRecord, type CheckedRecord } from '../coach/record/record-schema';
import { commitOnce, retryTransient } from '../progress/idempotency';
import type { ProgressStore } from '../progress/store';
import type { Voice } from '../speech/phrase-key';
import { marksOf, speech, type Segment } from '../speech/timeline';
import { parseSessionState, toSessionAttributes, type SessionState } from './session-state';
import { turnTokens, withoutDoneCompletion, type TurnBudget, type TurnIds } from './turn-safety';

/**
 * One request's view of the user: the session state, the record (read at most once per
 * session, then carried in session attributes) and the changes this turn makes to it,
 * written at most once, at the end of the turn. The store is reached only through here.
 */
export class Turn {
  private effects: Effect[] = [];
  private state: SessionState;
  /**
   * The Settings API lookup under way, started when the loaded record has no zone (or an old one).
   * Awaited after the reply is decided, so the round trip overlaps the deciding; the lookup bounds its own wait.
   */
  private zoneLookup: Promise<string | undefined> | undefined;
  private built: Promise<TurnContext> | undefined;
  /** The local clock of the context last built: whether the decision read the date or the hour. */
  private clock: LocalClock | undefined;
  /** The routine a completion this turn finishes (its start time), for counting it once. */
  private finishedRun: string | undefined;
  /** The stored record had to be repaired: written back this turn, and said once. */
  private repaired = false;
  /** The session as this turn found it: what a replay of the turn starts from. */
  private readonly before: SessionState;

  constructor(
    attributes: Readonly<Record<string, unknown>> | undefined,
    private readonly userId: string,
    private readonly now: number,
    readonly voice: Voice,
    private readonly store: ProgressStore,
    private readonly timeZoneLookup: () => Promise<string | undefined>,
    private readonly ids: TurnIds,
    private readonly budget: TurnBudget,
  ) {
    const state = parseSessionState(attributes);
    // The record the session carries is only a cache of this user's item: one that is not
    // theirs, or not sound, is dropped and read again from the store.
    const carried = state.record ? this.checked(state.record) : undefined;
    this.state = carried && carried.problems.length > 0 ? { ...state, record: undefined } : state;
    this.before = this.state;
  }

  /** This request's context for the engine, built once: the record, the time, the plan of the routine in progress. */
  context(): Promise<TurnContext> {
    this.built ??= this.build();
    return this.built;
  }

  /**
   * The engine's reply for this turn. While a time-zone lookup is under way the reply is decided in the
   * zone known so far (the stored one, else UTC); when the decision read the local date or hour and the
   * zone found puts the user on another, it is decided again in that zone. The engine is pure, so
   * deciding twice is safe; a new user's launch does not read the time, so it never waits on more than
   * the lookup itself, and never works out the zone's offset.
   */
  async decide(decide: (ctx: TurnContext) => Reply): Promise<Reply> {
    const reply = decide(await this.context());
    const lookup = this.zoneLookup;
    if (!lookup) return reply;
    this.zoneLookup = undefined;
    const decidedIn = this.clock;
    const found = await lookup;
    if (!found) return reply;
    this.state = { ...this.state, timeZone: found };
    if (!decidedIn || found === decidedIn.timeZone) return reply;
    // What is read after the reply (a card, a screen) reads the zone found.
    this.built = undefined;
    if (!decidedIn.read) return reply;
    const there = await this.context();
    if (there.today === decidedIn.today && there.hour === decidedIn.hour) return reply;
    return decide(there);
  }

  private async build(): Promise<TurnContext> {
    const loaded = await this.record();
    const zone = this.zone();
    const clock = new LocalClock(this.now, zone, storedOffset(this.state.record ?? undefined, zone));
    this.clock = clock;
    const record = loaded ? currentRecord(loaded, { now: this.now, today: clock.today }) : undefined;
    const saved = this.state.routine ? routineOf(this.state.routine) : undefined;
    // A step outside its plan (an older build's state) is a fresh start, not a finished routine.
    const inPlan = saved && saved.state.step < saved.plan.steps.length ? saved : undefined;
    // A routine that ended in the last response is the user's only while its last stretch plays,
    // or once the playing stopped in it (pain): then it waits there for "easier" or "skip".
    const last = this.state.last;
    const routine = inPlan && (!inPlan.state.finished || last === undefined || spokeDuringStretch(last, this.now)) ? inPlan : undefined;
    if (!routine) this.state = { ...this.state, routine: undefined };
    // Over the last stretch, the question asked after it (a reminder, the week's summary) is not heard yet.
    else if (routine.state.finished) this.state = { ...this.state, pending: undefined };
    const met = record?.met ?? {};
    const halted = (this.state.halted ?? false) || (record?.pausedUntil !== undefined && pausedOn(record, clock.today));
    return {
      voice: this.voice,
      now: this.now,
      // Read on demand: the offset of the zone is worked out only for a reply that says something of the time.
      get today() {
        return clock.today;
      },
      get hour() {
        return clock.hour;
      },
      ...(zone ? { timeZone: zone } : {}),
      record,
      routine,
      last: this.state.last,
      pending: this.state.pending,
      conditions: this.state.conditions ?? [],
      // A warning sign this session, or one in an earlier session today (the record keeps only the date).
      halted,
      met: (stretch) => met[stretch] ?? 0,
    };
  }

  /** The user's record as kept, reading the store only on the first need in a session. */
  private async record(): Promise<ProgressRecord | undefined> {
    if (this.state.record === undefined) {
      const raw = await retryTransient(this.budget, () => this.store.load(this.userId));
      const checked = this.checked(raw);
      const stored = checked.record;
      if (checked.problems.length > 0) {
        // Field names only, never values.
        console.warn(JSON.stringify({ level: 'warn', event: 'recordRepaired', fields: checked.problems }));
        this.repaired = true;
      }
      // Only when the answer buys something: a record with a recently confirmed zone never asks.
      // (Days since the zone was confirmed are counted in UTC: a day either way does not matter.)
      if (zoneWanted(stored, localDate(this.now))) this.zoneLookup = this.timeZoneLookup();
      this.state = { ...this.state, record: stored ?? null };
    }
    return this.state.record ?? undefined;
  }

  /** `raw` checked as this user's record; the date (UTC here) only dates repaired fields. */
  private checked(raw: unknown): CheckedRecord {
    return checkRecord(raw, this.userId, { now: this.now, today: localDate(this.now) });
  }

  /** The user's time zone when known (found this session, else stored), else undefined for UTC. */
  private zone(): string | undefined {
    return this.state.timeZone ?? this.state.record?.timeZone;
  }

  /** Now, and the user's local date. */
  private moment(): Moment {
    const zone = this.zone();
    return { now: this.now, today: localDate(this.now, zone, storedOffset(this.state.record ?? undefined, zone)) };
  }

  /** A warning sign was heard in this turn: stretching stops today (the session's halt is new). */
  get haltedThisTurn(): boolean {
    return this.state.halted === true && this.before.halted !== true;
  }

  /** The routine in progress after this turn (for the log). */
  get routine(): SessionState['routine'] {
    return this.state.routine;
  }

  /**
   * Takes the engine's reply: the new routine, question and session facts, and the timeline
   * (so a question mid-hold knows where the user is); record effects wait for `commit`.
   */
  async apply(reply: Reply): Promise<readonly Segment[]> {
    if (reply.deleteRecord) await this.deleteRecord();
    if (reply.effects.some((e) => e.kind === 'completed')) this.finishedRun = this.state.routine?.startedAt;
    const segments = this.withRepairNotice(reply.segments);
    const marks = marksOf(segments);
    // A reply without routine steps (an answer after the stretch ended) keeps the last timeline:
    // it still tells where the user is in the routine.
    // One that stopped the playing (pain) drops it: the routine's step says where the user is.
    const last = marks.length > 0 ? { at: this.now, marks } : reply.routine && !reply.stopsPlayback ? this.state.last : undefined;
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
    return segments;
  }

  /** What the user hears: a repaired record is said once, before the reply, and then written back. */
  private withRepairNotice(segments: readonly Segment[]): readonly Segment[] {
    if (!this.repaired) return segments;
    return [speech(this.voice.say('progressRepaired'), 'talk', undefined, this.voice.locale), ...segments];
  }

  /** Deletes the user's record now (by voice after confirmation, or when the skill is disabled). */
  async deleteRecord(): Promise<void> {
    await this.store.delete(this.userId);
    this.effects = [];
    this.zoneLookup = undefined;
    this.state = { ...this.state, record: null, timeZone: undefined };
  }

  /** Writes this turn's changes, once, safely against concurrent writers. */
  async commit(): Promise<void> {
    if (this.effects.length === 0 && !this.repaired) return;
    const effects = this.effects;
    const zone = this.state.timeZone;
    const at = this.moment();
    const base = this.state.record ?? undefined;
    const tokens = turnTokens(this.ids, this.finishedRun);
    const saved = await commitOnce(
      this.store,
      this.userId,
      base,
      (current) => applyEffects(current, withoutDoneCompletion(effects, current, tokens), this.userId, at, zone),
      { tokens: tokens.all, budget: this.budget, check: (raw) => checkRecord(raw, this.userId, at).record },
    );
    this.effects = [];
    this.repaired = false;
    // Once the record keeps the zone the session need not carry it.
    const kept = zone !== undefined && saved?.timeZone === zone;
    this.state = { ...this.state, record: saved ?? null, ...(kept ? { timeZone: undefined } : {}) };
  }

  sessionAttributes(): Record<string, unknown> {
    return toSessionAttributes(this.state);
  }

  /**
   * The session as this turn found it, for an apology when the turn failed: saying the same words
   * again replays the turn, rather than acting on a routine step or question the user never heard.
   * What was learnt from the store and the Settings API is kept (the record as last read or written), and so
   * is a warning sign heard in the failed turn: its write may be what failed, and the session's halt is then
   * all that keeps "start the evening routine", said after the apology, from starting a routine.
   */
  replayAttributes(): Record<string, unknown> {
    return toSessionAttributes({ ...this.before, record: this.state.record, timeZone: this.state.timeZone, ...(this.state.halted ? { halted: true } : {}) });
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
