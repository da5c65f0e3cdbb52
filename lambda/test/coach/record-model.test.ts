import {
  applyEffects,
  currentRecord,
  newRecord,
  pausedOn,
  RESUME_WINDOW_MS,
  storedOffset,
  streak,
  TTL_SECONDS,
  ZONE_REFRESH_DAYS,
  zoneWanted,
} from '../../src/coach/record/model';
import type { ProgressRecord, StoredReminder } from '../../src/coach/record/record';

/**
 * The record's model: a new user's record, the effects of a turn, the record as of today. Every
 * expected record is written out by hand (dates, the TTL a year on, Berlin's offsets).
 */

// 10 November 2026, noon UTC (13:00 in Berlin, on CET until 01:00 UTC on 28 March 2027).
const at = { now: Date.parse('2026-11-10T12:00:00Z'), today: '2026-11-10' };
const NOW_ISO = '2026-11-10T12:00:00.000Z';
/** 1 794 312 000 s (noon, 10 November 2026) + 31 536 000 s (365 days). */
const TTL_NOW = 1_825_848_000;

const fresh: ProgressRecord = {
  userId: 'u',
  version: 0,
  createdAt: NOW_ISO,
  updatedAt: NOW_ISO,
  program: { week: 1, weekStart: '2026-11-10' },
  sessions: [],
  totals: { sessions: 0, seconds: 0 },
  met: {},
  preferences: { keepLevel: false },
  onboarded: false,
  expiresAt: TTL_NOW,
};

const evening: StoredReminder = { id: 'token-1', routine: 'evening', time: '19:00', days: ['MO', 'WE', 'FR'] };
const morning: StoredReminder = { id: 'token-2', routine: 'morning', time: '07:00', days: ['SA'] };

/** A user in week 2 (started 5 November), with a zone whose offset still holds. */
const kept: ProgressRecord = {
  userId: 'u',
  version: 4,
  createdAt: '2026-10-01T07:00:00.000Z',
  updatedAt: '2026-11-09T20:00:00.000Z',
  timeZone: 'Europe/Berlin',
  timeZoneCheckedAt: '2026-11-01',
  timeZoneOffset: 60,
  timeZoneOffsetUntil: '2027-03-28T01:00:00.000Z',
  program: { week: 2, weekStart: '2026-11-05' },
  sessions: [{ date: '2026-11-06', routine: 'evening', seconds: 600 }],
  totals: { sessions: 5, seconds: 3000 },
  met: { catCow: 2 },
  preferences: { keepLevel: false },
  onboarded: true,
  expiresAt: 1_820_000_000,
};
/** What every write changes: the update time and the TTL. */
const written = { updatedAt: NOW_ISO, expiresAt: TTL_NOW };

describe('the record\'s constants', () => {
  it('keep a record a year, a saved place a day, a zone a month', () => {
    expect([TTL_SECONDS, RESUME_WINDOW_MS, ZONE_REFRESH_DAYS]).toEqual([31_536_000, 86_400_000, 30]);
  });
});

describe('a new user\'s record', () => {
  it('is version 0, week 1 from today, nothing done, a TTL a year out', () => {
    expect(newRecord('u', at)).toStrictEqual(fresh);
  });

  it('keeps a zone found with the date it was found and its offset until the next transition', () => {
    expect(newRecord('u', at, 'Europe/Berlin')).toStrictEqual({
      ...fresh,
      timeZone: 'Europe/Berlin',
      timeZoneCheckedAt: '2026-11-10',
      timeZoneOffset: 60,
      timeZoneOffsetUntil: '2027-03-28T01:00:00.000Z',
    });
  });

  it('keeps a zone ICU does not know without an offset', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(newRecord('u', at, 'Mars/Olympus_Mons')).toStrictEqual({ ...fresh, timeZone: 'Mars/Olympus_Mons', timeZoneCheckedAt: '2026-11-10' });
    warn.mockRestore();
  });
});

describe('the stored offset of a zone', () => {
  it('is the record\'s while it is the zone asked about', () => {
    expect(storedOffset(kept, 'Europe/Berlin')).toEqual({ minutes: 60, until: Date.parse('2027-03-28T01:00:00.000Z') });
  });

  it.each<[string, ProgressRecord | undefined, string | undefined]>([
    ['no record', undefined, 'Europe/Berlin'],
    ['no zone asked about', kept, undefined],
    ['another zone', kept, 'Europe/Paris'],
    ['a record without the minutes', { ...kept, timeZoneOffset: undefined }, 'Europe/Berlin'],
    ['a record without the instant', { ...kept, timeZoneOffsetUntil: undefined }, 'Europe/Berlin'],
  ])('is none for %s', (_what, record, zone) => {
    expect(storedOffset(record, zone)).toBeUndefined();
  });
});

describe('whether the Settings API is worth asking', () => {
  it.each<[string, ProgressRecord | undefined, boolean]>([
    ['no record', undefined, true],
    ['a record without a zone', { ...kept, timeZone: undefined }, true],
    ['a zone never confirmed', { ...kept, timeZoneCheckedAt: undefined }, true],
    ['a zone confirmed today', { ...kept, timeZoneCheckedAt: '2026-11-10' }, false],
    ['a zone confirmed 29 days ago', { ...kept, timeZoneCheckedAt: '2026-10-12' }, false],
    ['a zone confirmed 30 days ago', { ...kept, timeZoneCheckedAt: '2026-10-11' }, true],
  ])('for %s: %s', (_what, record, wanted) => {
    expect(zoneWanted(record, '2026-11-10')).toBe(wanted);
  });
});

describe('the record as of today', () => {
  const place = { routine: 'evening' as const, step: 3, week: 2, savedAt: '2026-11-09T12:00:00.000Z' };

  it('keeps a place saved exactly a day ago, and drops one a millisecond older', () => {
    expect(currentRecord({ ...kept, inProgress: place }, at)).toStrictEqual({ ...kept, inProgress: place });
    expect(currentRecord({ ...kept, inProgress: { ...place, savedAt: '2026-11-09T11:59:59.999Z' } }, at)).toStrictEqual(kept);
  });

  it('reads a place saved under the old name of its week, level, as week', () => {
    const old = { routine: 'evening', step: 3, level: 2, savedAt: place.savedAt } as unknown as ProgressRecord['inProgress'];
    expect(currentRecord({ ...kept, inProgress: old }, at).inProgress).toStrictEqual(place);
  });

  it('leaves a place with a week as it is, even beside an old level', () => {
    const both = { ...place, level: 5 } as unknown as ProgressRecord['inProgress'];
    expect(currentRecord({ ...kept, inProgress: both }, at).inProgress).toStrictEqual(both);
  });

  it('leaves a place whose level is not a number as it is', () => {
    const odd = { routine: 'evening', step: 3, level: 'two', savedAt: place.savedAt } as unknown as ProgressRecord['inProgress'];
    expect(currentRecord({ ...kept, inProgress: odd }, at).inProgress).toStrictEqual(odd);
  });

  it('closes a program week that has ended (week 2 from 27 October, three sessions: week 3 from 3 November)', () => {
    const ended: ProgressRecord = {
      ...kept,
      program: { week: 2, weekStart: '2026-10-27' },
      sessions: [{ date: '2026-10-28', routine: 'evening', seconds: 600, count: 3 }],
    };
    expect(currentRecord(ended, at).program).toEqual({ week: 3, weekStart: '2026-11-10' });
  });
});

describe('a turn\'s effects', () => {
  it('on no record start a new one, written now', () => {
    expect(applyEffects(undefined, [], 'u', at)).toStrictEqual(fresh);
  });

  it('with none still date the write and keep the zone with its offset as it was', () => {
    expect(applyEffects(kept, [], 'u', at)).toStrictEqual({ ...kept, ...written });
  });

  it('save the place, with a custom routine\'s spec when it has one', () => {
    const custom = { minutes: 5, played: 300, focus: 'any' as const, time: 'evening' as const, items: [['catCow', 5] as const] };
    expect(applyEffects(kept, [{ kind: 'position', routine: 'evening', step: 4, week: 2 }], 'u', at)).toStrictEqual({
      ...kept,
      ...written,
      inProgress: { routine: 'evening', step: 4, week: 2, savedAt: NOW_ISO },
    });
    expect(applyEffects(kept, [{ kind: 'position', routine: 'custom', custom, step: 0, week: 2 }], 'u', at).inProgress).toStrictEqual({
      routine: 'custom',
      custom,
      step: 0,
      week: 2,
      savedAt: NOW_ISO,
    });
  });

  it('mark onboarding, the wish to stay at this level, and each stretch met', () => {
    const after = applyEffects(kept, [{ kind: 'onboarded' }, { kind: 'keepLevel' }, { kind: 'met', stretch: 'catCow' }, { kind: 'met', stretch: 'supineTwist' }], 'u', at);
    expect(after).toStrictEqual({
      ...kept,
      ...written,
      onboarded: true,
      preferences: { keepLevel: true },
      met: { catCow: 3, supineTwist: 1 },
    });
  });

  it('count a finished routine with most holds done: one more session, its seconds, the place cleared', () => {
    const playing = { ...kept, inProgress: { routine: 'evening' as const, step: 8, week: 2, savedAt: '2026-11-10T11:40:00.000Z' } };
    expect(applyEffects(playing, [{ kind: 'completed', routine: 'evening', seconds: 540, counted: true }], 'u', at)).toStrictEqual({
      ...kept,
      ...written,
      sessions: [
        { date: '2026-11-06', routine: 'evening', seconds: 600 },
        { date: '2026-11-10', routine: 'evening', seconds: 540 },
      ],
      totals: { sessions: 6, seconds: 3540 },
    });
  });

  it('add the seconds of a routine left early but count no session', () => {
    const playing = { ...kept, inProgress: { routine: 'evening' as const, step: 2, week: 2, savedAt: '2026-11-10T11:40:00.000Z' } };
    expect(applyEffects(playing, [{ kind: 'completed', routine: 'evening', seconds: 120, counted: false }], 'u', at)).toStrictEqual({
      ...kept,
      ...written,
      totals: { sessions: 5, seconds: 3120 },
    });
  });

  it('pause stretching until a date, and clear a saved place', () => {
    const playing = { ...kept, inProgress: { routine: 'evening' as const, step: 2, week: 2, savedAt: '2026-11-10T11:40:00.000Z' } };
    expect(applyEffects(playing, [{ kind: 'pauseUntil', date: '2026-11-11' }, { kind: 'clearPosition' }], 'u', at)).toStrictEqual({
      ...kept,
      ...written,
      pausedUntil: '2026-11-11',
    });
  });

  it('set a reminder, replacing the one for its routine or with its id, keeping the others', () => {
    const two = { ...kept, reminders: [evening, morning] };
    const moved = { ...evening, id: 'token-9', time: '20:00' };
    expect(applyEffects(two, [{ kind: 'reminderSet', reminder: moved }], 'u', at).reminders).toStrictEqual([morning, moved]);
    const sameId = { ...evening, routine: 'workday' as const };
    expect(applyEffects(two, [{ kind: 'reminderSet', reminder: sameId }], 'u', at).reminders).toStrictEqual([morning, sameId]);
    expect(applyEffects(kept, [{ kind: 'reminderSet', reminder: evening }], 'u', at).reminders).toStrictEqual([evening]);
  });

  it('forget reminders by id, dropping the field with the last', () => {
    const two = { ...kept, reminders: [evening, morning] };
    expect(applyEffects(two, [{ kind: 'remindersForgotten', ids: ['token-1'] }], 'u', at)).toStrictEqual({ ...kept, ...written, reminders: [morning] });
    expect(applyEffects(two, [{ kind: 'remindersForgotten', ids: ['token-1', 'token-2'] }], 'u', at)).toStrictEqual({ ...kept, ...written });
    expect(applyEffects(kept, [{ kind: 'remindersForgotten', ids: ['token-1'] }], 'u', at)).toStrictEqual({ ...kept, ...written });
  });

  it('keep a zone found this session, dated today, with its offset now', () => {
    const { timeZone: _z, timeZoneCheckedAt: _c, timeZoneOffset: _o, timeZoneOffsetUntil: _u, ...zoneless } = kept;
    expect(applyEffects(zoneless, [], 'u', at, 'America/New_York')).toStrictEqual({
      ...zoneless,
      ...written,
      timeZone: 'America/New_York',
      timeZoneCheckedAt: '2026-11-10',
      timeZoneOffset: -300,
      timeZoneOffsetUntil: '2027-03-14T07:00:00.000Z',
    });
    expect(applyEffects(zoneless, [], 'u', at)).toStrictEqual({ ...zoneless, ...written });
  });

  it('work the record\'s own offset out again once it has run out, or was never kept', () => {
    const ranOut = { ...kept, timeZoneOffset: 120, timeZoneOffsetUntil: '2026-10-25T01:00:00.000Z' };
    expect(applyEffects(ranOut, [], 'u', at)).toStrictEqual({ ...kept, ...written });
    const atTheEnd = { ...kept, timeZoneOffset: 120, timeZoneOffsetUntil: NOW_ISO };
    expect(applyEffects(atTheEnd, [], 'u', at)).toStrictEqual({ ...kept, ...written });
    const { timeZoneOffset: _o, timeZoneOffsetUntil: _u, ...unknown } = kept;
    expect(applyEffects(unknown, [], 'u', at)).toStrictEqual({ ...kept, ...written });
  });

  it('keep an unconfirmed zone unconfirmed', () => {
    const { timeZoneCheckedAt: _c, ...unconfirmed } = kept;
    expect(applyEffects(unconfirmed, [], 'u', at)).toStrictEqual({ ...unconfirmed, ...written });
    const { timeZoneOffset: _o, timeZoneOffsetUntil: _u, ...bare } = unconfirmed;
    expect(applyEffects(bare, [], 'u', at)).toStrictEqual({ ...unconfirmed, ...written });
  });
});

describe('the pause and the streak', () => {
  it('pauses before the date, not on it', () => {
    expect([pausedOn({ ...kept, pausedUntil: '2026-11-11' }, '2026-11-10'), pausedOn({ ...kept, pausedUntil: '2026-11-10' }, '2026-11-10'), pausedOn(kept, '2026-11-10')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  const on = (...dates: string[]): ProgressRecord => ({ ...kept, sessions: dates.map((date) => ({ date, routine: 'evening' as const, seconds: 600 })) });

  it.each<[string, ProgressRecord, number]>([
    ['no session', on(), 0],
    ['today only', on('2026-11-10'), 1],
    ['yesterday only', on('2026-11-09'), 1],
    ['the day before yesterday only', on('2026-11-08'), 0],
    ['three days ending today', on('2026-11-08', '2026-11-09', '2026-11-10'), 3],
    ['three days ending yesterday, a gap before', on('2026-11-05', '2026-11-07', '2026-11-08', '2026-11-09'), 3],
    ['two sessions today and one yesterday', on('2026-11-09', '2026-11-10', '2026-11-10'), 2],
  ])('counts %s as %i days', (_what, record, days) => {
    expect(streak(record, '2026-11-10')).toBe(days);
  });
});
