// Two edges of the record (issue 21: zone-offset.ts, model.ts): the cached offset of a zone is not
// used at the instant its transition comes into force, and the "onboarded" effect marks the screen as had
// and nothing else. Expectations from tzdb's published rules (Paris: CET +1:00 until 01:00 UTC on 29 March
// 2026, then CEST +2:00), written by hand.
import { applyEffects, newRecord } from '../../src/coach/record/model';
import { zoneOffset } from '../../src/coach/record/zone-offset';

describe('the cached offset of a zone at its transition', () => {
  it('Europe/Paris: +1:00 found on 1 March; at 01:00 UTC on 29 March exactly, +2:00, not the cached +1:00', () => {
    const before = zoneOffset('Europe/Paris', Date.parse('2026-03-01T00:00:00Z'));
    const atTransition = zoneOffset('Europe/Paris', Date.parse('2026-03-29T01:00:00Z'));
    expect(before).toEqual({ minutes: 60, until: Date.parse('2026-03-29T01:00:00Z') });
    expect(atTransition?.minutes).toBe(120);
  });
});

describe('the onboarded effect', () => {
  it('marks the first-use screen as had, and leaves "stay at this level" off', () => {
    const at = { now: Date.parse('2026-11-02T19:00:00Z'), today: '2026-11-02' };
    const after = applyEffects(newRecord('amzn1.ask.account.edges', at), [{ kind: 'onboarded' }], 'amzn1.ask.account.edges', at);
    expect([after.onboarded, after.preferences.keepLevel]).toEqual([true, false]);
  });
});
