import { appendSession, countOf } from '../../src/coach/record/session-log';
import type { SessionLog } from '../../src/coach/record/record';

const morning = 'morning' as SessionLog['routine'];
const evening = 'evening' as SessionLog['routine'];
const TODAY = '2026-03-12';

describe('countOf', () => {
  it('is 1 for an entry without a count, and the count otherwise', () => {
    expect(countOf({ date: TODAY, routine: morning, seconds: 300 })).toBe(1);
    expect(countOf({ date: TODAY, routine: morning, seconds: 300, count: 4 })).toBe(4);
  });
});

describe('appendSession', () => {
  it('adds the session to the end of the log, in a new array', () => {
    const sessions: SessionLog[] = [{ date: '2026-03-11', routine: morning, seconds: 300 }];

    const next = appendSession(sessions, { date: TODAY, routine: evening, seconds: 900 }, TODAY);

    expect(next).toStrictEqual([
      { date: '2026-03-11', routine: morning, seconds: 300 },
      { date: TODAY, routine: evening, seconds: 900 },
    ]);
    expect(sessions).toHaveLength(1);
  });

  it('only trims when there is no session to add', () => {
    const sessions: SessionLog[] = [
      { date: '2026-01-01', routine: morning, seconds: 300 },
      { date: '2026-03-11', routine: morning, seconds: 300 },
    ];

    const next = appendSession(sessions, undefined, TODAY);

    expect(next).toStrictEqual([{ date: '2026-03-11', routine: morning, seconds: 300 }]);
    expect(next).not.toBe(sessions);
  });

  it('drops entries 70 days old or older and keeps one 69 days old', () => {
    // 2026-01-01 is 70 days before 2026-03-12; 2026-01-02 is 69.
    const sessions: SessionLog[] = [
      { date: '2025-12-31', routine: morning, seconds: 100 },
      { date: '2026-01-01', routine: morning, seconds: 200 },
      { date: '2026-01-02', routine: evening, seconds: 300 },
    ];

    expect(appendSession(sessions, undefined, TODAY)).toStrictEqual([{ date: '2026-01-02', routine: evening, seconds: 300 }]);
  });

  it('folds an earlier day into one entry that adds up seconds and counts and names the last routine', () => {
    const sessions: SessionLog[] = [
      { date: '2026-03-10', routine: morning, seconds: 300, count: 2 },
      { date: '2026-03-10', routine: evening, seconds: 600 },
      { date: '2026-03-11', routine: evening, seconds: 900 },
    ];

    const next = appendSession(sessions, { date: '2026-03-11', routine: morning, seconds: 100 }, TODAY);

    expect(next).toStrictEqual([
      { date: '2026-03-10', routine: evening, seconds: 900, count: 3 },
      { date: '2026-03-11', routine: morning, seconds: 1000, count: 2 },
    ]);
  });

  it('keeps three of today\'s sessions one by one', () => {
    const sessions: SessionLog[] = [
      { date: TODAY, routine: morning, seconds: 100 },
      { date: TODAY, routine: evening, seconds: 200 },
    ];

    expect(appendSession(sessions, { date: TODAY, routine: morning, seconds: 300 }, TODAY)).toStrictEqual([
      { date: TODAY, routine: morning, seconds: 100 },
      { date: TODAY, routine: evening, seconds: 200 },
      { date: TODAY, routine: morning, seconds: 300 },
    ]);
  });

  it('folds a fourth and fifth session today into the third', () => {
    const sessions: SessionLog[] = [
      { date: '2026-03-11', routine: evening, seconds: 50 },
      { date: TODAY, routine: morning, seconds: 100 },
      { date: TODAY, routine: evening, seconds: 200 },
      { date: TODAY, routine: morning, seconds: 300 },
      { date: TODAY, routine: evening, seconds: 400 },
    ];

    expect(appendSession(sessions, { date: TODAY, routine: morning, seconds: 500 }, TODAY)).toStrictEqual([
      { date: '2026-03-11', routine: evening, seconds: 50 },
      { date: TODAY, routine: morning, seconds: 100 },
      { date: TODAY, routine: evening, seconds: 200 },
      { date: TODAY, routine: morning, seconds: 1200, count: 3 },
    ]);
  });

  it('folds only neighbouring entries of the same day', () => {
    const sessions: SessionLog[] = [
      { date: '2026-03-10', routine: morning, seconds: 100 },
      { date: '2026-03-11', routine: morning, seconds: 200 },
      { date: '2026-03-10', routine: evening, seconds: 300 },
    ];

    expect(appendSession(sessions, undefined, TODAY)).toStrictEqual(sessions);
  });
});
