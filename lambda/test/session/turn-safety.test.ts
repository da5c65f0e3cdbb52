import { budgetFor, turnTokens, withoutDoneCompletion } from '../../src/session/turn-safety';
import type { Effect } from '../../src/coach/reply';
import type { ProgressRecord } from '../../src/coach/record/record';

// Tokens written down from `printf 'turn\0session-1\0request-1' | openssl dgst -sha256 -binary | base64`
// (first 12 characters, + and / as - and _).
const TURN = 'L3D5clqrPFmp';
const RUN = 'j4P5cjQM9_89';

const evening = 'evening' as Extract<Effect, { kind: 'completed' }>['routine'];

function recordWith(applied: readonly string[]): ProgressRecord {
  return {
    userId: 'amzn1.ask.account.TURNSAFETY',
    version: 4,
    createdAt: '2026-03-02T07:00:00.000Z',
    updatedAt: '2026-03-02T07:00:00.000Z',
    program: { week: 1, weekStart: '2026-03-02' },
    sessions: [],
    totals: { sessions: 1, seconds: 600 },
    met: {},
    preferences: { keepLevel: false },
    onboarded: true,
    expiresAt: 1804057200,
    applied,
  };
}

describe('budgetFor', () => {
  it('gives the store 6 s from the moment the turn starts, on the turn\'s own clock and dice', () => {
    const clock = (): number => 1_000;
    const random = (): number => 0.25;

    const budget = budgetFor(clock, random);

    expect(budget.deadline).toBe(7_000);
    expect(budget.clock).toBe(clock);
    expect(budget.random).toBe(random);
  });
});

describe('turnTokens', () => {
  it('is the turn\'s token alone when the turn finishes no routine', () => {
    const tokens = turnTokens({ sessionId: 'session-1', requestId: 'request-1' }, undefined);

    expect(tokens).toStrictEqual({ turn: TURN, all: [TURN] });
  });

  it('adds the finished routine\'s token after the turn\'s', () => {
    const tokens = turnTokens({ sessionId: 'session-1', requestId: 'request-1' }, '2026-03-02T07:00:00.000Z');

    expect(tokens).toStrictEqual({ turn: TURN, run: RUN, all: [TURN, RUN] });
  });

  it('still names a finished routine whose start is empty, and a turn with no ids', () => {
    expect(turnTokens({ sessionId: 'session-1', requestId: 'request-1' }, '')).toStrictEqual({
      turn: TURN,
      run: '04MxoQry4B8K',
      all: [TURN, '04MxoQry4B8K'],
    });
    expect(turnTokens({ sessionId: '', requestId: '' }, undefined)).toStrictEqual({ turn: 'pGpAtQK0abSW', all: ['pGpAtQK0abSW'] });
  });

  it('gives a retry of the same request the same tokens, and another request another', () => {
    const ids = { sessionId: 'session-1', requestId: 'request-1' };

    expect(turnTokens(ids, 'start').all).toStrictEqual(turnTokens({ ...ids }, 'start').all);
    expect(turnTokens({ ...ids, requestId: 'request-2' }, 'start').turn).not.toBe(TURN);
  });
});

describe('withoutDoneCompletion', () => {
  const effects: readonly Effect[] = [
    { kind: 'met', stretch: 'figure-four' as Extract<Effect, { kind: 'met' }>['stretch'] },
    { kind: 'completed', routine: evening, seconds: 600, counted: true },
    { kind: 'onboarded' },
  ];

  it('keeps a completion the record does not count yet', () => {
    const tokens = { turn: TURN, run: RUN, all: [TURN, RUN] };

    expect(withoutDoneCompletion(effects, recordWith([TURN]), tokens)).toBe(effects);
    expect(withoutDoneCompletion(effects, undefined, tokens)).toBe(effects);
  });

  it('keeps the effects of a turn that finishes no routine, whatever the record has applied', () => {
    expect(withoutDoneCompletion(effects, recordWith([RUN]), { turn: TURN, all: [TURN] })).toBe(effects);
  });

  it('turns a completion the record already counts into clearing the place, and keeps the rest', () => {
    const tokens = { turn: TURN, run: RUN, all: [TURN, RUN] };

    expect(withoutDoneCompletion(effects, recordWith(['other', RUN]), tokens)).toStrictEqual([
      { kind: 'met', stretch: 'figure-four' },
      { kind: 'clearPosition' },
      { kind: 'onboarded' },
    ]);
  });
});
