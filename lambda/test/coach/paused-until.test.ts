import { applyEffects, newRecord, pausedOn } from '../../src/coach/record/model';
import { isProgressRecord } from '../../src/coach/record/validate';

const at = { now: Date.parse('2026-11-03T20:00:00Z'), today: '2026-11-03' };

describe('the paused-until date a referral leaves in the record', () => {
  const paused = applyEffects(undefined, [{ kind: 'pauseUntil', date: '2026-11-04' }], 'user', at);

  it('is the only thing stored about it, and a valid record carries it', () => {
    expect(paused.pausedUntil).toBe('2026-11-04');
    expect(isProgressRecord(paused)).toBe(true);
  });

  it('is a calendar date or the record is not valid', () => {
    expect(isProgressRecord({ ...paused, pausedUntil: 'tomorrow' })).toBe(false);
    expect(isProgressRecord({ ...paused, pausedUntil: 20261104 })).toBe(false);
  });

  it('pauses the day it was set, and not the day it names', () => {
    expect(pausedOn(paused, '2026-11-03')).toBe(true);
    expect(pausedOn(paused, '2026-11-04')).toBe(false);
    expect(pausedOn(newRecord('user', at), '2026-11-03')).toBe(false);
    expect(pausedOn(undefined, '2026-11-03')).toBe(false);
  });
});
