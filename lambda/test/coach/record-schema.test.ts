import { checkRecord, isReminderTime, isTimeZone } from '../../src/coach/record/record-schema';

/**
 * The stored record's check, field by field at its edges: a sound value is kept as it is, anything
 * else is reset to a new user's value and named in `problems`. Every expected record is written out
 * here, not taken from `newRecord()` or from the check itself.
 */

// 10 November 2026, noon UTC; the user's local date is the same day.
const at = { now: Date.parse('2026-11-10T12:00:00Z'), today: '2026-11-10' };

/** A new user's record at `at`, written out: version 0, dates of now, week 1 from today, a year's TTL. */
const fresh = {
  userId: 'u',
  version: 0,
  createdAt: '2026-11-10T12:00:00.000Z',
  updatedAt: '2026-11-10T12:00:00.000Z',
  program: { week: 1, weekStart: '2026-11-10' },
  sessions: [],
  totals: { sessions: 0, seconds: 0 },
  met: {},
  preferences: { keepLevel: false },
  onboarded: false,
  expiresAt: 1_825_848_000,
};

const evening = { id: 'token-1', routine: 'evening', time: '19:00', days: ['MO', 'WE', 'FR'] };

/** A sound stored record with every field set. */
const base = {
  userId: 'u',
  version: 3,
  createdAt: '2026-10-01T07:00:00.000Z',
  updatedAt: '2026-11-09T20:00:00.000Z',
  timeZone: 'Europe/Berlin',
  timeZoneCheckedAt: '2026-11-01',
  timeZoneOffset: 60,
  timeZoneOffsetUntil: '2027-03-28T01:00:00.000Z',
  program: { week: 2, weekStart: '2026-11-05' },
  sessions: [
    { date: '2026-11-06', routine: 'evening', seconds: 600 },
    { date: '2026-11-09', routine: 'morning', seconds: 420, count: 2 },
  ],
  totals: { sessions: 7, seconds: 4200 },
  met: { catCow: 4 },
  preferences: { keepLevel: true },
  onboarded: true,
  inProgress: { routine: 'evening', step: 3, week: 2, savedAt: '2026-11-10T11:50:00.000Z' },
  applied: ['t1', 't2'],
  pausedUntil: '2026-11-12',
  reminders: [evening],
  expiresAt: 1_830_000_000,
};

type Raw = Record<string, unknown>;
const omit = (raw: Raw, ...keys: string[]): Raw => Object.fromEntries(Object.entries(raw).filter(([k]) => !keys.includes(k)));
/** The fields laid over with `undefined` left out, as a stored item leaves them out. */
const defined = (raw: Raw): Raw => Object.fromEntries(Object.entries(raw).filter((entry: [string, unknown]) => entry[1] !== undefined));
const check = (raw: Raw) => checkRecord(raw, 'u', at);
const zoneFields = ['timeZone', 'timeZoneCheckedAt', 'timeZoneOffset', 'timeZoneOffsetUntil'];

describe('a stored record that is sound', () => {
  it('is kept exactly, with no problems', () => {
    expect(check(base)).toStrictEqual({ record: base, problems: [] });
  });

  it('is no record when nothing is stored', () => {
    expect(checkRecord(undefined, 'u', at)).toStrictEqual({ record: undefined, problems: [] });
    expect(checkRecord(null, 'u', at)).toStrictEqual({ record: undefined, problems: [] });
  });

  it('keeps the fields a record may leave out out, without calling them problems', () => {
    const bare = omit(base, ...zoneFields, 'inProgress', 'applied', 'pausedUntil', 'reminders', 'met');
    expect(check(bare)).toStrictEqual({ record: { ...bare, met: {} }, problems: [] });
  });
});

describe('a stored record that is not an object', () => {
  it.each([['text', 'a record'], ['a number', 42], ['a list', [base]], ['true', true]])('(%s) is a new user\'s record, version 0', (_what, raw) => {
    expect(checkRecord(raw, 'u', at)).toStrictEqual({ record: fresh, problems: ['record'] });
  });
});

describe('each field at its edges', () => {
  // [what, fields laid over the sound record, the record's fields that change, the problems named]
  const kept: [string, Raw, Raw][] = [
    ['version 1', { version: 1 }, { version: 1 }],
    ['the largest safe version', { version: Number.MAX_SAFE_INTEGER }, { version: Number.MAX_SAFE_INTEGER }],
    ['a creation time of 40 characters', { createdAt: '2026-10-01T07:00:00.00000000000000+00:00' }, { createdAt: '2026-10-01T07:00:00.00000000000000+00:00' }],
    ['an update time in another form', { updatedAt: 'Mon, 09 Nov 2026 20:00:00 GMT' }, { updatedAt: 'Mon, 09 Nov 2026 20:00:00 GMT' }],
    ['a zone name of 64 characters', { timeZone: `A${'b'.repeat(63)}` }, { timeZone: `A${'b'.repeat(63)}` }],
    ['a one-letter zone name', { timeZone: 'Z' }, { timeZone: 'Z' }],
    ['a zone confirmed tomorrow (a clock a day ahead)', { timeZoneCheckedAt: '2026-11-11' }, { timeZoneCheckedAt: '2026-11-11' }],
    ['an offset of −12:00', { timeZoneOffset: -720 }, { timeZoneOffset: -720 }],
    ['an offset of +14:00', { timeZoneOffset: 840 }, { timeZoneOffset: 840 }],
    ['an offset held until the probe horizon and a day', { timeZoneOffsetUntil: '2027-12-16T12:00:00.000Z' }, { timeZoneOffsetUntil: '2027-12-16T12:00:00.000Z' }],
    ['week 1', { program: { week: 1, weekStart: '2026-11-05' } }, { program: { week: 1, weekStart: '2026-11-05' } }],
    ['week 6, the top', { program: { week: 6, weekStart: '2026-11-05' } }, { program: { week: 6, weekStart: '2026-11-05' } }],
    ['a week starting tomorrow', { program: { week: 2, weekStart: '2026-11-11' } }, { program: { week: 2, weekStart: '2026-11-11' } }],
    ['a week started 3659 days ago', { program: { week: 2, weekStart: '2016-11-03' } }, { program: { week: 2, weekStart: '2016-11-03' } }],
    ['no sessions logged', { sessions: [] }, { sessions: [] }],
    ['fractional total seconds', { totals: { sessions: 0, seconds: 12.5 } }, { totals: { sessions: 0, seconds: 12.5 } }],
    ['no stretch met', { met: {} }, { met: {} }],
    ['a stretch met 0 times', { met: { catCow: 0 } }, { met: { catCow: 0 } }],
    ['keep-level off', { preferences: { keepLevel: false } }, { preferences: { keepLevel: false } }],
    ['not onboarded', { onboarded: false }, { onboarded: false }],
    ['no TTL yet (0)', { expiresAt: 0 }, { expiresAt: 0 }],
    ['a pause until today', { pausedUntil: '2026-11-10' }, { pausedUntil: '2026-11-10' }],
  ];

  it.each(kept)('keeps %s', (_what, fields, changed) => {
    expect(check({ ...base, ...fields })).toStrictEqual({ record: { ...base, ...changed }, problems: [] });
  });

  const reset: [string, Raw, Raw, string[]][] = [
    ['another user\'s id', { userId: 'someone else' }, {}, ['userId']],
    ['no user id', { userId: undefined }, {}, ['userId']],
    ['version 0', { version: 0 }, { version: 0 }, ['version']],
    ['version −1', { version: -1 }, { version: 0 }, ['version']],
    ['a fractional version', { version: 2.5 }, { version: 0 }, ['version']],
    ['a version as text', { version: '3' }, { version: 0 }, ['version']],
    ['a version past the safe integers', { version: 2 ** 53 }, { version: 0 }, ['version']],
    ['no version', { version: undefined }, { version: 0 }, ['version']],
    ['a creation time that is no time', { createdAt: 'last month' }, { createdAt: '2026-11-10T12:00:00.000Z' }, ['createdAt']],
    ['a creation time of 41 characters', { createdAt: '2026-10-01T07:00:00.000000000000000+00:00' }, { createdAt: '2026-11-10T12:00:00.000Z' }, ['createdAt']],
    ['a creation time as a number', { createdAt: 1_790_000_000_000 }, { createdAt: '2026-11-10T12:00:00.000Z' }, ['createdAt']],
    ['an update time that is no time', { updatedAt: '' }, { updatedAt: '2026-11-10T12:00:00.000Z' }, ['updatedAt']],
    ['a week 0', { program: { week: 0, weekStart: '2026-11-05' } }, { program: { week: 1, weekStart: '2026-11-05' } }, ['program.week']],
    ['a week 7', { program: { week: 7, weekStart: '2026-11-05' } }, { program: { week: 1, weekStart: '2026-11-05' } }, ['program.week']],
    ['a fractional week', { program: { week: 1.5, weekStart: '2026-11-05' } }, { program: { week: 1, weekStart: '2026-11-05' } }, ['program.week']],
    ['a week as text', { program: { week: '2', weekStart: '2026-11-05' } }, { program: { week: 1, weekStart: '2026-11-05' } }, ['program.week']],
    ['a week starting the day after tomorrow', { program: { week: 2, weekStart: '2026-11-12' } }, { program: { week: 2, weekStart: '2026-11-10' } }, ['program.weekStart']],
    ['a week started 3660 days ago', { program: { week: 2, weekStart: '2016-11-02' } }, { program: { week: 2, weekStart: '2026-11-10' } }, ['program.weekStart']],
    ['a week start that is no date', { program: { week: 2, weekStart: '5 November' } }, { program: { week: 2, weekStart: '2026-11-10' } }, ['program.weekStart']],
    ['no program', { program: undefined }, { program: { week: 1, weekStart: '2026-11-10' } }, ['program.week', 'program.weekStart']],
    ['a program that is a list', { program: [2, '2026-11-05'] }, { program: { week: 1, weekStart: '2026-11-10' } }, ['program.week', 'program.weekStart']],
    ['no totals (counted again from the log: 1 + 2 sessions, 600 + 420 s)', { totals: undefined }, { totals: { sessions: 3, seconds: 1020 } }, ['totals.sessions', 'totals.seconds']],
    ['a session total of −1', { totals: { sessions: -1, seconds: 4200 } }, { totals: { sessions: 3, seconds: 4200 } }, ['totals.sessions']],
    ['a fractional session total', { totals: { sessions: 2.5, seconds: 4200 } }, { totals: { sessions: 3, seconds: 4200 } }, ['totals.sessions']],
    ['a total of −1 seconds', { totals: { sessions: 7, seconds: -1 } }, { totals: { sessions: 7, seconds: 1020 } }, ['totals.seconds']],
    ['an endless total of seconds', { totals: { sessions: 7, seconds: Infinity } }, { totals: { sessions: 7, seconds: 1020 } }, ['totals.seconds']],
    ['seconds as text', { totals: { sessions: 7, seconds: '4200' } }, { totals: { sessions: 7, seconds: 1020 } }, ['totals.seconds']],
    ['no keep-level', { preferences: {} }, { preferences: { keepLevel: false } }, ['preferences.keepLevel']],
    ['keep-level as text', { preferences: { keepLevel: 'yes' } }, { preferences: { keepLevel: false } }, ['preferences.keepLevel']],
    ['no preferences', { preferences: undefined }, { preferences: { keepLevel: false } }, ['preferences.keepLevel']],
    ['no onboarding', { onboarded: undefined }, { onboarded: false }, ['onboarded']],
    ['onboarding as text', { onboarded: 'true' }, { onboarded: false }, ['onboarded']],
    ['a TTL of −1', { expiresAt: -1 }, { expiresAt: 1_825_848_000 }, ['expiresAt']],
    ['a fractional TTL', { expiresAt: 1_830_000_000.5 }, { expiresAt: 1_825_848_000 }, ['expiresAt']],
    ['no TTL', { expiresAt: undefined }, { expiresAt: 1_825_848_000 }, ['expiresAt']],
  ];

  it.each(reset)('resets %s and names it', (_what, fields, changed, problems) => {
    const raw = defined({ ...base, ...fields });
    expect(check(raw)).toStrictEqual({ record: { ...base, ...changed }, problems });
  });

  it('names each problem once, in the order of the fields', () => {
    const raw = { ...base, version: 'x', onboarded: 'x', sessions: ['x', 'y'], met: { banana: 1, apple: 2 } };
    expect(check(raw).problems).toEqual(['version', 'sessions[]', 'met[]', 'onboarded']);
  });
});

describe('the time zone and its offset', () => {
  const zoneless = omit(base, ...zoneFields);

  it.each([
    ['a zone name of 65 characters', `A${'b'.repeat(64)}`],
    ['a zone name starting with a digit', '1Europe/Berlin'],
    ['a zone name with a space', 'Europe/West Berlin'],
    ['a zone name ending in a slash', 'Europe/Berlin/'],
    ['a zone as a number', 1],
  ])('drops %s with its date and offset, and names the zone and the offset', (_what, timeZone) => {
    expect(check({ ...base, timeZone })).toStrictEqual({ record: zoneless, problems: ['timeZone', 'timeZoneOffset'] });
  });

  it('drops a confirmation date and an offset kept without a zone, naming only the offset', () => {
    expect(check(omit(base, 'timeZone'))).toStrictEqual({ record: zoneless, problems: ['timeZoneOffset'] });
  });

  it('keeps a zone without a confirmation date or an offset', () => {
    const zoneOnly = omit(base, 'timeZoneCheckedAt', 'timeZoneOffset', 'timeZoneOffsetUntil');
    expect(check(zoneOnly)).toStrictEqual({ record: zoneOnly, problems: [] });
  });

  it.each([
    ['dated the day after tomorrow', '2026-11-12'],
    ['on a day February does not have', '2026-02-30'],
    ['on the 31st of April', '2026-04-31'],
    ['in month 13', '2026-13-01'],
    ['with a one-digit day', '2026-11-1'],
    ['with words after it', '2026-11-01 noon'],
    ['with words before it', 'on 2026-11-01'],
    ['as a number', 20261101],
  ])('drops a zone confirmation %s, so the zone is asked for again', (_what, timeZoneCheckedAt) => {
    expect(check({ ...base, timeZoneCheckedAt })).toStrictEqual({ record: omit(base, 'timeZoneCheckedAt'), problems: ['timeZoneCheckedAt'] });
  });

  it.each([
    ['−12:01', { timeZoneOffset: -721 }],
    ['+14:01', { timeZoneOffset: 841 }],
    ['held a millisecond past the probe horizon and a day', { timeZoneOffsetUntil: '2027-12-16T12:00:00.001Z' }],
    ['without its instant', { timeZoneOffsetUntil: undefined }],
    ['without its minutes', { timeZoneOffset: undefined }],
  ])('drops an offset %s, both halves', (_what, fields) => {
    const raw = defined({ ...base, ...fields });
    expect(check(raw)).toStrictEqual({ record: omit(base, 'timeZoneOffset', 'timeZoneOffsetUntil'), problems: ['timeZoneOffset'] });
  });

  it('takes zone names by their form', () => {
    expect([isTimeZone('UTC'), isTimeZone('Etc/GMT-14'), isTimeZone('America/Argentina/Buenos_Aires'), isTimeZone(`A${'b'.repeat(63)}`)]).toEqual([true, true, true, true]);
    expect([isTimeZone(`A${'b'.repeat(64)}`), isTimeZone('_UTC'), isTimeZone('UTC/'), isTimeZone(undefined), isTimeZone('x/../y')]).toEqual([false, false, false, false, false]);
  });
});

describe('the session log', () => {
  const logOf = (sessions: unknown) => check({ ...base, sessions });

  it.each([
    ['a log that is not a list', 'lots'],
    ['no log', undefined],
  ])('names %s and starts an empty one', (_what, sessions) => {
    const raw = defined({ ...base, sessions });
    expect(check(raw)).toStrictEqual({ record: { ...base, sessions: [] }, problems: ['sessions'] });
  });

  it.each([
    ['an entry that is no object', 'evening'],
    ['an unknown routine', { date: '2026-11-08', routine: 'yoga', seconds: 600 }],
    ['a date that is no date', { date: '8 November', routine: 'evening', seconds: 600 }],
    ['a date in month 13', { date: '2026-13-08', routine: 'evening', seconds: 600 }],
    ['a date the day after tomorrow', { date: '2026-11-12', routine: 'evening', seconds: 600 }],
    ['−1 seconds', { date: '2026-11-08', routine: 'evening', seconds: -1 }],
    ['ten days and a second', { date: '2026-11-08', routine: 'evening', seconds: 864_001 }],
    ['endless seconds', { date: '2026-11-08', routine: 'evening', seconds: Infinity }],
    ['seconds as text', { date: '2026-11-08', routine: 'evening', seconds: '600' }],
    ['a count of 0', { date: '2026-11-08', routine: 'evening', seconds: 600, count: 0 }],
    ['a count of −1', { date: '2026-11-08', routine: 'evening', seconds: 600, count: -1 }],
    ['a fractional count', { date: '2026-11-08', routine: 'evening', seconds: 600, count: 1.5 }],
    ['a count of 10 001', { date: '2026-11-08', routine: 'evening', seconds: 600, count: 10_001 }],
    ['a count as text', { date: '2026-11-08', routine: 'evening', seconds: 600, count: '2' }],
  ])('drops an entry with %s, keeps the rest and names the entry', (_what, entry) => {
    expect(logOf([...base.sessions, entry])).toStrictEqual({ record: base, problems: ['sessions[]'] });
  });

  it.each([
    ['0 seconds', { date: '2026-11-08', routine: 'evening', seconds: 0 }, { date: '2026-11-08', routine: 'evening', seconds: 0 }],
    ['fractional seconds', { date: '2026-11-08', routine: 'evening', seconds: 600.5 }, { date: '2026-11-08', routine: 'evening', seconds: 600.5 }],
    ['ten days of seconds', { date: '2026-11-08', routine: 'evening', seconds: 864_000 }, { date: '2026-11-08', routine: 'evening', seconds: 864_000 }],
    ['a count of 1 (kept as no count)', { date: '2026-11-08', routine: 'evening', seconds: 600, count: 1 }, { date: '2026-11-08', routine: 'evening', seconds: 600 }],
    ['a count of 10 000', { date: '2026-11-08', routine: 'evening', seconds: 600, count: 10_000 }, { date: '2026-11-08', routine: 'evening', seconds: 600, count: 10_000 }],
    ['a custom routine', { date: '2026-11-08', routine: 'custom', seconds: 600 }, { date: '2026-11-08', routine: 'custom', seconds: 600 }],
    ['only its own fields', { date: '2026-11-08', routine: 'evening', seconds: 600, note: 'sore knee' }, { date: '2026-11-08', routine: 'evening', seconds: 600 }],
  ])('keeps an entry with %s', (_what, entry, keptAs) => {
    expect(logOf([base.sessions[0], entry, base.sessions[1]]).record?.sessions).toStrictEqual([base.sessions[0], keptAs, base.sessions[1]]);
  });

  it('keeps an entry dated tomorrow (a clock a day ahead) last', () => {
    const tomorrow = { date: '2026-11-11', routine: 'evening', seconds: 600 };
    expect(logOf([tomorrow, ...base.sessions])).toStrictEqual({ record: { ...base, sessions: [...base.sessions, tomorrow] }, problems: [] });
  });

  it('puts the entries in date order, oldest first', () => {
    const { sessions } = logOf([base.sessions[1], { date: '2026-11-10', routine: 'workday', seconds: 300 }, base.sessions[0]]).record ?? {};
    expect(sessions?.map((s) => s.date)).toEqual(['2026-11-06', '2026-11-09', '2026-11-10']);
  });
});

describe('the stretches met', () => {
  it.each([
    ['an unknown stretch', { catCow: 4, banana: 2 }, { catCow: 4 }],
    ['a count of −1', { catCow: 4, supineTwist: -1 }, { catCow: 4 }],
    ['a fractional count', { catCow: 4, supineTwist: 1.5 }, { catCow: 4 }],
    ['a count as text', { catCow: '4' }, {}],
  ])('drops %s and names it', (_what, met, keptAs) => {
    expect(check({ ...base, met })).toStrictEqual({ record: { ...base, met: keptAs }, problems: ['met[]'] });
  });

  it.each([
    ['a list', ['catCow']],
    ['text', 'catCow'],
  ])('starts again from none when they are %s', (_what, met) => {
    expect(check({ ...base, met })).toStrictEqual({ record: { ...base, met: {} }, problems: ['met'] });
  });
});

describe('the saved place', () => {
  const place = base.inProgress;
  const placeOf = (inProgress: unknown) => check({ ...base, inProgress });

  it.each([
    ['step 0', { ...place, step: 0 }, { ...place, step: 0 }],
    ['step 500', { ...place, step: 500 }, { ...place, step: 500 }],
    ['week 6', { ...place, week: 6 }, { ...place, week: 6 }],
    ['its week under the old name, level', { routine: 'evening', step: 3, level: 2, savedAt: place.savedAt }, place],
    ['week rather than level when it has both', { ...place, week: 3, level: 5 }, { ...place, week: 3 }],
    ['only its own fields', { ...place, note: 'my knee' }, place],
  ])('keeps %s', (_what, inProgress, keptAs) => {
    expect(placeOf(inProgress)).toStrictEqual({ record: { ...base, inProgress: keptAs }, problems: [] });
  });

  it.each([
    ['step 501', { ...place, step: 501 }],
    ['step −1', { ...place, step: -1 }],
    ['a fractional step', { ...place, step: 2.5 }],
    ['a step as text', { ...place, step: '3' }],
    ['week 0', { ...place, week: 0 }],
    ['week 7', { ...place, week: 7 }],
    ['a week as text', { ...place, week: '2' }],
    ['no week under either name', { routine: 'evening', step: 3, savedAt: place.savedAt }],
    ['a save time that is no time', { ...place, savedAt: 'earlier' }],
    ['an unknown routine', { ...place, routine: 'yoga' }],
    ['a custom routine with no spec', { ...place, routine: 'custom' }],
    ['a fixed routine that carries a spec', { ...place, custom: { minutes: 5, played: 300, focus: 'any', time: 'evening', items: [['catCow', 5]] } }],
    ['a place that is text', 'evening, step 3'],
  ])('drops %s and names it', (_what, inProgress) => {
    expect(placeOf(inProgress)).toStrictEqual({ record: omit(base, 'inProgress'), problems: ['inProgress'] });
  });
});

describe('the turn tokens applied', () => {
  const tokens = (n: number) => Array.from({ length: n }, (_, i) => `t${i + 1}`);

  it('keeps the last twelve', () => {
    expect(check({ ...base, applied: tokens(14) }).record?.applied).toEqual(['t3', 't4', 't5', 't6', 't7', 't8', 't9', 't10', 't11', 't12', 't13', 't14']);
    expect(check({ ...base, applied: tokens(12) }).record?.applied).toEqual(tokens(12));
  });

  it('keeps tokens of 32 characters and drops longer ones and non-text, naming nothing', () => {
    const long = 'x'.repeat(32);
    expect(check({ ...base, applied: [long, `${long}y`, 7, 't1'] })).toStrictEqual({ record: { ...base, applied: [long, 't1'] }, problems: [] });
  });

  it.each([
    ['an empty list', []],
    ['a list with no token left', ['x'.repeat(33)]],
    ['not a list', 't1'],
  ])('leaves the field out for %s', (_what, applied) => {
    expect(check({ ...base, applied })).toStrictEqual({ record: omit(base, 'applied'), problems: [] });
  });
});

describe('the pause after a warning sign', () => {
  it.each([['a date with a one-digit day', '2026-11-1'], ['a day February does not have', '2026-02-30'], ['a number', 20261112]])('drops %s and names it', (_what, pausedUntil) => {
    expect(check({ ...base, pausedUntil })).toStrictEqual({ record: omit(base, 'pausedUntil'), problems: ['pausedUntil'] });
  });
});

describe('the stored reminders', () => {
  const remindersOf = (reminders: unknown) => check({ ...base, reminders });

  it.each([
    ['an id of 256 characters', { ...evening, id: 'i'.repeat(256) }, { ...evening, id: 'i'.repeat(256) }],
    ['midnight', { ...evening, time: '00:00' }, { ...evening, time: '00:00' }],
    ['23:59', { ...evening, time: '23:59' }, { ...evening, time: '23:59' }],
    ['20:00', { ...evening, time: '20:00' }, { ...evening, time: '20:00' }],
    ['its days in week order, Monday first', { ...evening, days: ['SU', 'FR', 'MO'] }, { ...evening, days: ['MO', 'FR', 'SU'] }],
    ['every day', { ...evening, days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }, { ...evening, days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }],
    ['only its own fields', { ...evening, label: 'stretch!' }, evening],
  ])('keeps a reminder with %s', (_what, reminder, keptAs) => {
    expect(remindersOf([reminder])).toStrictEqual({ record: { ...base, reminders: [keptAs] }, problems: [] });
  });

  it.each([
    ['an empty id', { ...evening, id: '' }],
    ['an id of 257 characters', { ...evening, id: 'i'.repeat(257) }],
    ['an id as a number', { ...evening, id: 7 }],
    ['a custom routine', { ...evening, routine: 'custom' }],
    ['24:00', { ...evening, time: '24:00' }],
    ['19:60', { ...evening, time: '19:60' }],
    ['a one-digit hour', { ...evening, time: '7:00' }],
    ['words after the time', { ...evening, time: '19:00 pm' }],
    ['words before the time', { ...evening, time: 'at 19:00' }],
    ['no days', { ...evening, days: [] }],
    ['a day twice', { ...evening, days: ['MO', 'MO'] }],
    ['a day that is none', { ...evening, days: ['MO', 'XX'] }],
    ['days as text', { ...evening, days: 'MO' }],
    ['a reminder that is text', 'evening at 7'],
  ])('drops a reminder with %s and names it', (_what, reminder) => {
    expect(remindersOf([reminder])).toStrictEqual({ record: omit(base, 'reminders'), problems: ['reminders[]'] });
  });

  it('keeps one per routine and one per id, the first', () => {
    const morning = { id: 'token-2', routine: 'morning', time: '07:00', days: ['SA'] };
    const workday = { id: 'token-3', routine: 'workday', time: '11:00', days: ['TU'] };
    expect(remindersOf([evening, morning, { ...evening, id: 'token-4' }, { ...workday, id: 'token-2' }, workday])).toStrictEqual({
      record: { ...base, reminders: [evening, morning, workday] },
      problems: ['reminders[]'],
    });
  });

  it('names reminders that are not a list, and leaves the field out; an empty list is no problem', () => {
    expect(remindersOf('lots')).toStrictEqual({ record: omit(base, 'reminders'), problems: ['reminders'] });
    expect(remindersOf([])).toStrictEqual({ record: omit(base, 'reminders'), problems: [] });
  });

  it('reads a time of day as HH:MM on a 24-hour clock', () => {
    expect(['00:00', '09:59', '19:30', '23:59'].map(isReminderTime)).toEqual([true, true, true, true]);
    expect(['24:00', '29:00', '12:60', '9:00', '12:5', '1200', 1200].map(isReminderTime)).toEqual([false, false, false, false, false, false, false]);
  });
});
