// Calendar arithmetic on local dates, and the local clock at the edges of a kept offset. Every
// expected date and hour is written from the calendar and the zones' published rules (tzdb).
import { addDays, daysBetween, LocalClock, localDate, localHour, localTime, offsetMinutes } from '../../src/coach/record/calendar';

const at = (iso: string): number => Date.parse(iso);

describe('days between local dates', () => {
  it.each<[string, string, number]>([
    ['2026-11-10', '2026-11-10', 0],
    ['2026-11-10', '2026-11-11', 1],
    ['2026-11-11', '2026-11-10', -1],
    ['2026-10-27', '2026-11-10', 14],
    ['2026-12-31', '2027-01-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-28', '2026-03-30', 2],
  ])('from %s to %s is %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('adding days to a local date', () => {
  it.each<[string, number, string]>([
    ['2026-11-10', 0, '2026-11-10'],
    ['2026-11-10', 1, '2026-11-11'],
    ['2026-11-10', -1, '2026-11-09'],
    ['2026-11-26', 7, '2026-12-03'],
    ['2026-12-29', 7, '2027-01-05'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
  ])('%s and %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('the offset of a zone at an instant', () => {
  // A kept offset that is deliberately not Berlin's, so where it is used shows.
  const kept = { minutes: 300, until: at('2026-11-10T12:00:00Z') };

  it('is 0 with no zone, whatever is kept', () => {
    expect([offsetMinutes(at('2026-11-10T11:00:00Z')), offsetMinutes(at('2026-11-10T11:00:00Z'), undefined, kept)]).toEqual([0, 0]);
  });

  it('is the kept one until a millisecond before its instant, and the zone\'s own from it on', () => {
    expect(offsetMinutes(at('2026-11-10T11:59:59.999Z'), 'Europe/Berlin', kept)).toBe(300);
    expect(offsetMinutes(at('2026-11-10T12:00:00Z'), 'Europe/Berlin', kept)).toBe(60);
  });

  it('is the zone\'s own when nothing is kept: Berlin +1:00 in November, New York −5:00', () => {
    expect([offsetMinutes(at('2026-11-10T12:00:00Z'), 'Europe/Berlin'), offsetMinutes(at('2026-11-10T12:00:00Z'), 'America/New_York')]).toEqual([60, -300]);
  });

  it('moves the local date, hour and time of day by the kept offset while it holds', () => {
    const now = at('2026-11-10T20:30:00Z');
    const late = { minutes: 300, until: at('2026-11-11T00:00:00Z') };
    expect([localDate(now, 'Europe/Berlin', late), localHour(now, 'Europe/Berlin', late), localTime(now, 'Europe/Berlin', late)]).toEqual(['2026-11-11', 1, '01:30']);
  });

  it('is read west of UTC too: 1:30 a.m. UTC is the evening before in New York', () => {
    const now = at('2026-11-11T01:30:00Z');
    expect([localDate(now, 'America/New_York'), localHour(now, 'America/New_York'), localTime(now, 'America/New_York')]).toEqual(['2026-11-10', 20, '20:30']);
  });
});

describe('the turn clock', () => {
  it('is not read until its date or hour is asked for, and the hour alone counts as a read', () => {
    const clock = new LocalClock(at('2026-11-10T23:30:00Z'), 'Europe/Berlin');
    expect(clock.read).toBe(false);
    expect(clock.hour).toBe(0);
    expect(clock.read).toBe(true);
    expect(clock.today).toBe('2026-11-11');
  });

  it('keeps the offset of its first read, and uses a kept one while it holds', () => {
    const clock = new LocalClock(at('2026-11-10T12:00:00Z'), 'Europe/Berlin', { minutes: -120, until: at('2026-11-10T12:00:01Z') });
    expect([clock.hour, clock.today, clock.hour]).toEqual([10, '2026-11-10', 10]);
    expect([clock.now, clock.timeZone]).toEqual([at('2026-11-10T12:00:00Z'), 'Europe/Berlin']);
  });

  it('is UTC without a zone', () => {
    const clock = new LocalClock(at('2026-11-10T23:30:00Z'));
    expect([clock.today, clock.hour]).toEqual(['2026-11-10', 23]);
  });
});
