import { newRecord } from '../../src/coach/record/model';
import { rollProgram, sessionsInWeek, weekPlan } from '../../src/coach/record/program';
import type { ProgressRecord } from '../../src/coach/record/record';

/**
 * The progression gate of seed 001, written down by hand (issue 21): weeks 1–2 need 3 sessions to
 * move on, weeks 3–4 need 4, weeks 5–6 need 6; "stay at this level" holds the week once; two empty
 * weeks in a row step back one; anything else keeps the week. Program weeks start on 2026-03-02.
 */
const START = '2026-03-02';

function recordAt(week: number, sessionDates: readonly string[], keepLevel = false): ProgressRecord {
  const base = newRecord('amzn1.ask.account.gate', { now: Date.parse(`${START}T08:00:00Z`), today: START });
  return {
    ...base,
    program: { week, weekStart: START },
    sessions: sessionDates.map((date) => ({ date, routine: 'evening', seconds: 900 })),
    preferences: { keepLevel },
  };
}

/** `n` sessions on consecutive days from the first day of the program week. */
function days(n: number, from = START): string[] {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  return Array.from({ length: n }, (_, i) => new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10));
}

const ONE_WEEK_LATER = '2026-03-09';

describe('weekPlan: sessions planned and needed to move on', () => {
  it.each([
    [1, { planned: 3, toAdvance: 3 }],
    [2, { planned: 3, toAdvance: 3 }],
    [3, { planned: 5, toAdvance: 4 }],
    [4, { planned: 5, toAdvance: 4 }],
    [5, { planned: 7, toAdvance: 6 }],
    [6, { planned: 7, toAdvance: 6 }],
  ])('week %i: %o', (week, plan) => {
    expect(weekPlan(week)).toEqual(plan);
  });
});

describe('rollProgram at the gate', () => {
  it.each([
    // [week, sessions in the week, week after]
    [1, 2, 1],
    [1, 3, 2],
    [2, 2, 2],
    [2, 3, 3],
    [3, 3, 3],
    [3, 4, 4],
    [4, 3, 4],
    [4, 5, 5],
    [5, 5, 5],
    [5, 6, 6],
    [6, 7, 6],
    [6, 1, 6],
  ])('week %i with %i sessions is week %i the next week', (week, sessions, next) => {
    const rolled = rollProgram(recordAt(week, days(sessions)), ONE_WEEK_LATER);
    expect(rolled.program).toEqual({ week: next, weekStart: ONE_WEEK_LATER });
  });

  it('counts only sessions inside the seven days of the week', () => {
    const record = recordAt(1, ['2026-03-01', '2026-03-02', '2026-03-08', '2026-03-09']);
    expect(sessionsInWeek(record, START)).toBe(2);
    expect(rollProgram(record, ONE_WEEK_LATER).program.week).toBe(1);
  });

  it('changes nothing before the week has ended', () => {
    const record = recordAt(2, days(3));
    expect(rollProgram(record, '2026-03-08')).toBe(record);
    expect(rollProgram(record, START)).toBe(record);
  });

  it('"stay at this level": a kept-up week keeps the week once, then the wish is used up', () => {
    const rolled = rollProgram(recordAt(2, days(3), true), ONE_WEEK_LATER);
    expect(rolled.program).toEqual({ week: 2, weekStart: ONE_WEEK_LATER });
    expect(rolled.preferences.keepLevel).toBe(false);
  });

  it('"stay at this level" survives a week that was not kept up', () => {
    const rolled = rollProgram(recordAt(2, days(2), true), ONE_WEEK_LATER);
    expect(rolled.program.week).toBe(2);
    expect(rolled.preferences.keepLevel).toBe(true);
  });

  it('two empty weeks in a row step back one week; one empty week keeps it', () => {
    expect(rollProgram(recordAt(3, []), ONE_WEEK_LATER).program).toEqual({ week: 3, weekStart: ONE_WEEK_LATER });
    expect(rollProgram(recordAt(3, []), '2026-03-16').program).toEqual({ week: 2, weekStart: '2026-03-16' });
    expect(rollProgram(recordAt(3, []), '2026-03-29').program).toEqual({ week: 2, weekStart: '2026-03-23' });
    expect(rollProgram(recordAt(3, []), '2026-03-30').program).toEqual({ week: 1, weekStart: '2026-03-30' });
  });

  it('never steps back below week 1', () => {
    expect(rollProgram(recordAt(1, []), '2026-03-16').program.week).toBe(1);
  });

  it('empty weeks with a session between them are not "in a row"', () => {
    // 1 session, empty, 1 session, empty: never two empty weeks in a row, never kept up.
    const record = recordAt(3, [START, '2026-03-16']);
    expect(rollProgram(record, '2026-03-30').program).toEqual({ week: 3, weekStart: '2026-03-30' });
  });
});
