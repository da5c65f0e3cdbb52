// A zone's offset from UTC and its next transition, probed with ICU when a zone is learnt; local dates and
// hours as arithmetic on that offset while it holds. Every expectation is written from the zones' published
// rules (tzdb), not from what the code computes.
import { LocalClock, localDate, localHour, localTime } from '../../src/coach/record/calendar';
import { checkRecord } from '../../src/coach/record/record-schema';
import { probeZoneOffset, zoneOffset } from '../../src/coach/record/zone-offset';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();
const probed = (zone: string, when: string) => {
  const found = probeZoneOffset(zone, at(when));
  return found && { minutes: found.minutes, until: iso(found.until) };
};

describe('the offset of a zone and the instant it stops holding', () => {
  it('America/Los_Angeles: −8:00 until 2 a.m. PST on 8 March 2026, then −7:00 until 2 a.m. PDT on 1 November', () => {
    expect(probed('America/Los_Angeles', '2026-01-15T12:00:00Z')).toEqual({ minutes: -480, until: '2026-03-08T10:00:00.000Z' });
    expect(probed('America/Los_Angeles', '2026-03-08T09:59:00Z')).toEqual({ minutes: -480, until: '2026-03-08T10:00:00.000Z' });
    expect(probed('America/Los_Angeles', '2026-03-08T10:00:00Z')).toEqual({ minutes: -420, until: '2026-11-01T09:00:00.000Z' });
    expect(probed('America/Los_Angeles', '2026-11-01T08:59:30Z')).toEqual({ minutes: -420, until: '2026-11-01T09:00:00.000Z' });
    expect(probed('America/Los_Angeles', '2026-11-01T09:00:00Z')).toEqual({ minutes: -480, until: '2027-03-14T10:00:00.000Z' });
  });

  it('Europe/Berlin: +1:00 until 01:00 UTC on 29 March 2026, +2:00 until 01:00 UTC on 25 October', () => {
    expect(probed('Europe/Berlin', '2026-03-01T00:00:00Z')).toEqual({ minutes: 60, until: '2026-03-29T01:00:00.000Z' });
    expect(probed('Europe/Berlin', '2026-10-01T00:00:00Z')).toEqual({ minutes: 120, until: '2026-10-25T01:00:00.000Z' });
  });

  it('Asia/Kolkata: +5:30 with no transition, held for the probe horizon (400 days)', () => {
    expect(probed('Asia/Kolkata', '2026-03-01T00:00:00Z')).toEqual({ minutes: 330, until: '2027-04-05T00:00:00.000Z' });
  });

  it('Australia/Lord_Howe: half an hour of daylight saving, +11:00 until 2 a.m. on 5 April 2026, +10:30 until 2 a.m. on 4 October', () => {
    expect(probed('Australia/Lord_Howe', '2026-03-01T00:00:00Z')).toEqual({ minutes: 660, until: '2026-04-04T15:00:00.000Z' });
    expect(probed('Australia/Lord_Howe', '2026-04-05T00:00:00Z')).toEqual({ minutes: 630, until: '2026-10-03T15:30:00.000Z' });
  });

  it('UTC never changes', () => {
    expect(probed('UTC', '2026-03-01T00:00:00Z')).toEqual({ minutes: 0, until: '2027-04-05T00:00:00.000Z' });
  });

  it('a well-formed zone ICU does not know has no offset, and says so in the log', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(probeZoneOffset('Mars/Olympus_Mons', at('2026-03-01T00:00:00Z'))).toBeUndefined();
      expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['{"level":"warn","event":"timeZoneUnknown","timeZone":"Mars/Olympus_Mons","fallback":"UTC"}']);
    } finally {
      warn.mockRestore();
    }
  });

  it('is probed again once the cached offset has run out, and not for an earlier instant', () => {
    expect(zoneOffset('America/Los_Angeles', at('2026-11-01T08:00:00Z'))).toEqual({ minutes: -420, until: at('2026-11-01T09:00:00Z') });
    expect(zoneOffset('America/Los_Angeles', at('2026-11-01T09:30:00Z'))).toEqual({ minutes: -480, until: at('2027-03-14T10:00:00Z') });
    expect(zoneOffset('America/Los_Angeles', at('2026-07-01T00:00:00Z'))).toEqual({ minutes: -420, until: at('2026-11-01T09:00:00Z') });
  });
});

describe('local date, hour and time of day', () => {
  it('skip the hour that Los Angeles springs over and repeat the one it falls back through', () => {
    expect([localDate(at('2026-03-08T09:30:00Z'), 'America/Los_Angeles'), localHour(at('2026-03-08T09:30:00Z'), 'America/Los_Angeles')]).toEqual(['2026-03-08', 1]);
    expect(localHour(at('2026-03-08T10:30:00Z'), 'America/Los_Angeles')).toBe(3);
    expect(localHour(at('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toBe(1);
    expect(localHour(at('2026-11-01T09:30:00Z'), 'America/Los_Angeles')).toBe(1);
    expect(localTime(at('2026-11-01T09:45:00Z'), 'America/Los_Angeles')).toBe('01:45');
  });

  it('turn the date at local midnight on a half-hour offset', () => {
    expect([localDate(at('2026-11-01T18:29:00Z'), 'Asia/Kolkata'), localTime(at('2026-11-01T18:29:00Z'), 'Asia/Kolkata')]).toEqual(['2026-11-01', '23:59']);
    expect([localDate(at('2026-11-01T18:30:00Z'), 'Asia/Kolkata'), localHour(at('2026-11-01T18:30:00Z'), 'Asia/Kolkata')]).toEqual(['2026-11-02', 0]);
  });

  it('follow Lord Howe back half an hour on 5 April 2026', () => {
    expect(localTime(at('2026-04-04T14:45:00Z'), 'Australia/Lord_Howe')).toBe('01:45');
    expect(localTime(at('2026-04-04T15:10:00Z'), 'Australia/Lord_Howe')).toBe('01:40');
    expect(localDate(at('2026-04-04T13:15:00Z'), 'Australia/Lord_Howe')).toBe('2026-04-05');
  });

  it('use a kept offset while it holds, and the zone itself once it has run out', () => {
    // A kept offset is trusted until its instant: this one says Berlin's winter time for a Los Angeles user.
    const kept = { minutes: 60, until: at('2026-03-08T10:00:00Z') };
    expect(localTime(at('2026-03-08T09:30:00Z'), 'America/Los_Angeles', kept)).toBe('10:30');
    expect(localTime(at('2026-03-08T10:30:00Z'), 'America/Los_Angeles', kept)).toBe('03:30');
  });

  it('are UTC without a zone, or for a zone ICU does not know', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect([localDate(at('2026-11-01T23:30:00Z')), localHour(at('2026-11-01T23:30:00Z'))]).toEqual(['2026-11-01', 23]);
      expect(localTime(at('2026-11-01T23:30:00Z'), 'Nowhere/Atlantis')).toBe('23:30');
    } finally {
      warn.mockRestore();
    }
  });

  it('are read on demand by the turn clock, which says whether anything read them', () => {
    const clock = new LocalClock(at('2026-10-04T00:15:00Z'), 'Australia/Lord_Howe');
    expect(clock.read).toBe(false);
    expect([clock.today, clock.hour]).toEqual(['2026-10-04', 11]);
    expect(clock.read).toBe(true);
  });
});

describe('the kept offset in the record check', () => {
  const NOW = at('2026-11-02T19:00:00Z');
  const moment = { now: NOW, today: '2026-11-02' };
  const base = {
    userId: 'u',
    version: 2,
    createdAt: '2026-10-01T07:00:00.000Z',
    updatedAt: '2026-11-01T07:00:00.000Z',
    timeZone: 'America/Los_Angeles',
    timeZoneCheckedAt: '2026-10-20',
    program: { week: 1, weekStart: '2026-10-27' },
    sessions: [],
    totals: { sessions: 0, seconds: 0 },
    met: {},
    preferences: { keepLevel: false },
    onboarded: true,
    expiresAt: 1_830_000_000,
  };
  const zoneOf = (raw: Record<string, unknown>) => {
    const { record, problems } = checkRecord(raw, 'u', moment);
    return { zone: [record?.timeZone, record?.timeZoneOffset, record?.timeZoneOffsetUntil], problems };
  };

  it('keeps an offset and its instant beside the zone', () => {
    expect(zoneOf({ ...base, timeZoneOffset: -480, timeZoneOffsetUntil: '2027-03-14T10:00:00.000Z' })).toEqual({
      zone: ['America/Los_Angeles', -480, '2027-03-14T10:00:00.000Z'],
      problems: [],
    });
  });

  it('reads a record from before offsets were kept as it is', () => {
    expect(zoneOf(base)).toEqual({ zone: ['America/Los_Angeles', undefined, undefined], problems: [] });
  });

  it('keeps an offset that has run out (it is worked out again), but not one dated beyond any probe', () => {
    expect(zoneOf({ ...base, timeZoneOffset: -420, timeZoneOffsetUntil: '2026-11-01T09:00:00.000Z' }).problems).toEqual([]);
    expect(zoneOf({ ...base, timeZoneOffset: -480, timeZoneOffsetUntil: '2028-01-01T00:00:00.000Z' })).toEqual({
      zone: ['America/Los_Angeles', undefined, undefined],
      problems: ['timeZoneOffset'],
    });
  });

  it.each([
    ['an offset without its instant', { timeZoneOffset: -480 }],
    ['an instant without its offset', { timeZoneOffsetUntil: '2027-03-14T10:00:00.000Z' }],
    ['an offset of a fraction of a minute', { timeZoneOffset: -480.5, timeZoneOffsetUntil: '2027-03-14T10:00:00.000Z' }],
    ['an offset beyond −12:00', { timeZoneOffset: -721, timeZoneOffsetUntil: '2027-03-14T10:00:00.000Z' }],
    ['an offset beyond +14:00', { timeZoneOffset: 841, timeZoneOffsetUntil: '2027-03-14T10:00:00.000Z' }],
    ['an offset as text', { timeZoneOffset: '-480', timeZoneOffsetUntil: '2027-03-14T10:00:00.000Z' }],
    ['an instant that is no time', { timeZoneOffset: -480, timeZoneOffsetUntil: 'soon' }],
  ])('drops %s, and says so', (_what, fields) => {
    expect(zoneOf({ ...base, ...fields })).toEqual({ zone: ['America/Los_Angeles', undefined, undefined], problems: ['timeZoneOffset'] });
  });

  it('drops an offset kept without a zone', () => {
    const { timeZone: _zone, timeZoneCheckedAt: _checked, ...zoneless } = base;
    expect(zoneOf({ ...zoneless, timeZoneOffset: -480, timeZoneOffsetUntil: '2027-03-14T10:00:00.000Z' })).toEqual({
      zone: [undefined, undefined, undefined],
      problems: ['timeZoneOffset'],
    });
  });

  it.each(['UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires', 'America/Port-au-Prince', 'Mars/Olympus_Mons'])('takes the zone name %s by its form', (zone) => {
    expect(zoneOf({ ...base, timeZone: zone }).problems).toEqual([]);
  });

  it.each(['', '../etc/passwd', 'America/Los Angeles', '/UTC', 'America//Denver', 'A'.repeat(65), 'Europe/Berlin\n'])('drops the zone name %j', (zone) => {
    expect(zoneOf({ ...base, timeZone: zone })).toEqual({ zone: [undefined, undefined, undefined], problems: ['timeZone'] });
  });
});
