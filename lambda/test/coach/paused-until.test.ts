import { applyEffects, newRecord, pausedOn } from '../../src/coach/record/model';
import { checkRecord } from '../../src/coach/record/record-schema';

// As stored: a saved record is version 1 or later.
const problemsOf = (record: object): readonly string[] => checkRecord({ ...record, version: 1 }, 'user', at).problems;

const at: { now: number; today: string } = { now: Date.parse('2026-11-03T20:00:00Z'), today: '2026-11-03' };

describe('the paused-until date a referral leaves in the record', () => {
  const paused = applyEffects(undefined, [{ kind: 'pauseUntil', date: '2026-11-04' }], 'user', at);

  it('is the only thing stored about it, and a valid record carries it', () => {
    expect(paused.pausedUntil).toBe('2026-11-04');
    expect(problemsOf(paused)).toEqual([]);
  });

  it('is a calendar date or the record is not valid', () => {
    expect(problemsOf({ ...paused, pausedUntil: 'tomorrow' })).toEqual(['pausedUntil']);
    expect(problemsOf({ ...paused, pausedUntil: 20261104 })).toEqual(['pausedUntil']);
  });

  it('pauses the day it was set, and not the day it names', () => {
    expect(pausedOn(paused, '2026-11-03')).toBe(true);
    expect(pausedOn(paused, '2026-11-04')).toBe(false);
    expect(pausedOn(newRecord('user', at), '2026-11-03')).toBe(false);
    expect(pausedOn(undefined, '2026-11-03')).toBe(false);
  });
});
