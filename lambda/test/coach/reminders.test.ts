import { applyEffects, newRecord } from '../../src/coach/record/model';
import { checkRecord } from '../../src/coach/record/record-schema';
import {
  checkedDraft,
  draftReminder,
  firstRingDate,
  localClock,
  parseReminderTime,
  programDays,
  recurrenceRule,
  routineForTime,
  weekdayOf,
} from '../../src/coach/reminders';

describe('reading the time said for a reminder', () => {
  it.each([
    ['19:00', undefined, '19:00'],
    ['07:30', 'morning', '07:30'],
    ['EV', undefined, '19:00'],
    ['MO', undefined, '07:00'],
    ['NI', undefined, '21:00'],
    ['7 pm', undefined, '19:00'],
    ['7 p.m.', undefined, '19:00'],
    ['seven thirty in the evening', undefined, '19:30'],
    ['half past seven', 'evening', '19:30'],
    ['12 am', undefined, '00:00'],
    ['12 pm', undefined, '12:00'],
    ['noon', undefined, '12:00'],
    ['every morning', undefined, '07:00'],
  ] as const)('%s (%s) is %s', (said, routine, time) => {
    expect(parseReminderTime(said, routine)).toBe(time);
  });

  it('reads a bare hour the way the routine means it: 7 for the evening stretches is 7 pm, for the morning 7 am', () => {
    expect(parseReminderTime('07:00', 'evening')).toBe('19:00');
    expect(parseReminderTime('7', 'morning')).toBe('07:00');
    expect(parseReminderTime('11', 'workday')).toBe('11:00');
    // Nobody stretches at 3 am: a bare 3 is the afternoon.
    expect(parseReminderTime('3', 'workday')).toBe('15:00');
  });

  it('is no time at all for words that are not one', () => {
    expect(parseReminderTime('banana', undefined)).toBeUndefined();
    expect(parseReminderTime('25:00', undefined)).toBeUndefined();
    expect(parseReminderTime('13 pm', undefined)).toBeUndefined();
    expect(parseReminderTime(undefined, undefined)).toBeUndefined();
  });
});

describe('what a reminder is for and when it rings', () => {
  it('follows the program week: three days in weeks 1–2, five in 3–4, daily from 5', () => {
    expect(programDays(1)).toEqual(['MO', 'WE', 'FR']);
    expect(programDays(3)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
    expect(programDays(5)).toHaveLength(7);
  });

  it('picks the routine by the hour when none is named, and the routine\'s usual hour when no time is', () => {
    expect(routineForTime('07:00')).toBe('morning');
    expect(routineForTime('12:30')).toBe('workday');
    expect(routineForTime('20:00')).toBe('evening');
    expect(draftReminder({ routine: 'workday' }, 1, 'evening')).toEqual({ routine: 'workday', time: '11:00', days: ['MO', 'WE', 'FR'], follows: 'program' });
    expect(draftReminder({}, 1, 'evening').time).toBe('19:00');
  });

  it('takes named days in week order, and all seven as every day', () => {
    expect(draftReminder({ time: '18:00', days: ['TH', 'MO'] }, 1, 'evening')).toMatchObject({ days: ['MO', 'TH'], follows: 'days' });
    expect(draftReminder({ days: ['weekends', 'weekdays'] }, 1, 'evening')).toMatchObject({ follows: 'daily' });
  });

  it('first rings today if its time is still to come, else on the next of its days', () => {
    expect(weekdayOf('2026-11-02')).toBe('MO');
    expect(firstRingDate('2026-11-02', '18:30', '19:00', ['MO', 'WE', 'FR'])).toBe('2026-11-02');
    expect(firstRingDate('2026-11-02', '19:00', '19:00', ['MO', 'WE', 'FR'])).toBe('2026-11-04');
    expect(firstRingDate('2026-11-06', '20:00', '19:00', ['MO', 'WE', 'FR'])).toBe('2026-11-09');
  });

  it('repeats by an RFC 5545 rule: weekly on its days, or daily', () => {
    expect(recurrenceRule('07:05', ['MO', 'FR'])).toBe('FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=7;BYMINUTE=5;BYSECOND=0');
    expect(recurrenceRule('19:00', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).toBe('FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0');
  });

  it('reads the local clock in the user\'s zone', () => {
    const now = Date.parse('2026-07-01T18:30:00Z');
    expect(localClock(now, 'Europe/London')).toBe('19:30');
    expect(localClock(now, 'America/New_York')).toBe('14:30');
    expect(localClock(now, 'Not/AZone')).toBe('18:30');
  });

  it('accepts only a sound draft back from session state or a consent token', () => {
    const draft = { routine: 'evening', time: '19:00', days: ['MO'], follows: 'days' };
    expect(checkedDraft(draft)).toEqual(draft);
    expect(checkedDraft({ ...draft, time: '7pm' })).toBeUndefined();
    expect(checkedDraft({ ...draft, days: ['MO', 'XX'] })).toBeUndefined();
    expect(checkedDraft({ ...draft, routine: 'nap' })).toBeUndefined();
  });
});

describe('reminders in the record', () => {
  const at = { now: Date.parse('2026-11-03T20:00:00Z'), today: '2026-11-03' };
  const evening = { id: 'token-1', routine: 'evening', time: '19:00', days: ['MO', 'WE', 'FR'] } as const;
  const problemsOf = (record: object) => checkRecord({ ...record, version: 1 }, 'user', at);

  it('keeps ids, routine, time and days, one per routine; forgetting the last drops the field', () => {
    const set = applyEffects(undefined, [{ kind: 'reminderSet', reminder: evening }], 'user', at);
    expect(set.reminders).toEqual([evening]);
    expect(problemsOf(set).problems).toEqual([]);
    const replaced = applyEffects(set, [{ kind: 'reminderSet', reminder: { ...evening, id: 'token-2', time: '20:00' } }], 'user', at);
    expect(replaced.reminders).toEqual([{ ...evening, id: 'token-2', time: '20:00' }]);
    const forgotten = applyEffects(replaced, [{ kind: 'remindersForgotten', ids: ['token-2'] }], 'user', at);
    expect(forgotten).not.toHaveProperty('reminders');
  });

  it('drops a malformed or doubled reminder, names the field, and keeps the rest', () => {
    const record = newRecord('user', at);
    const checked = problemsOf({
      ...record,
      reminders: [evening, { ...evening, id: 'token-9' }, { ...evening, routine: 'morning', time: '7am' }, { id: '', routine: 'workday', time: '11:00', days: ['MO'] }],
    });
    expect(checked.record?.reminders).toEqual([evening]);
    expect(checked.problems).toEqual(['reminders[]']);
    expect(problemsOf({ ...record, reminders: 'lots' }).problems).toEqual(['reminders']);
    expect(problemsOf({ ...record, reminders: [{ ...evening, days: [] }] }).record).not.toHaveProperty('reminders');
  });
});
