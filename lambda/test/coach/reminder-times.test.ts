// Reminder times and days at their edges, every expectation written by hand: each time of day
// Alexa's AMAZON.TIME sends or a person says, a bare hour read for each routine, the hour
// boundaries between routines, the program week's days, the days named, the first ring and a
// draft read back from the session.
import { checkedDraft, draftReminder, firstRingDate, parseReminderTime, programDays, recurrenceRule, routineForTime, unreadableTime, weekdayOf } from '../../src/coach/reminders';

describe('a time of day said in words or sent by AMAZON.TIME', () => {
  it.each<[string, string]>([
    ['MO', '07:00'],
    ['morning', '07:00'],
    ['AF', '13:00'],
    ['afternoon', '13:00'],
    ['in the afternoon', '13:00'],
    ['noon', '12:00'],
    ['midday', '12:00'],
    ['lunchtime', '12:00'],
    ['EV', '19:00'],
    ['evening', '19:00'],
    ['this evening', '19:00'],
    ['tonight', '19:00'],
    ['NI', '21:00'],
    ['night', '21:00'],
    ['each night', '21:00'],
    ['bedtime', '21:00'],
  ])('%s is %s', (said, time) => {
    expect(parseReminderTime(said)).toBe(time);
  });
});

describe('a clock time said', () => {
  it.each<[string, 'morning' | 'workday' | 'evening' | undefined, string | undefined]>([
    ['at 7', 'evening', '19:00'],
    ["around 7 o'clock", 'evening', '19:00'],
    ['about 8 oclock', 'morning', '08:00'],
    ['7:30 pm', undefined, '19:30'],
    ['7 30', 'evening', '19:30'],
    ['quarter past seven', 'evening', '19:15'],
    ['seven forty five', 'evening', '19:45'],
    ['seven forty-five in the morning', 'evening', '07:45'],
    ['ten thirty am', undefined, '10:30'],
    ['7 in the morning', 'evening', '07:00'],
    ['6 am', 'evening', '06:00'],
    ['3 in the afternoon', undefined, '15:00'],
    ['9 tonight', undefined, '21:00'],
    // "At night": the evening's hours, and from midnight the small hours.
    ['9 at night', 'morning', '21:00'],
    ['ten at night', undefined, '22:00'],
    ['11:30 at night', undefined, '23:30'],
    ['12 at night', undefined, '00:00'],
    ['2 at night', 'evening', '02:00'],
    ['8 in the evening', undefined, '20:00'],
    ['12 15 pm', undefined, '12:15'],
    ['23:59', undefined, '23:59'],
    ['24:00', undefined, undefined],
    ['7:60', undefined, undefined],
    ['', undefined, undefined],
    // The part of the day said before the clock, as in "every evening at seven".
    ['morning at seven', undefined, '07:00'],
    ['evening at seven', undefined, '19:00'],
    ['every evening at 6:30', 'morning', '18:30'],
    ['night at nine thirty', undefined, '21:30'],
    ['each night at 1', 'evening', '01:00'],
    ['afternoon at 2', 'morning', '14:00'],
    ['this morning at 8', 'evening', '08:00'],
    ['tonight at 10', undefined, '22:00'],
    ['evening at dinner', undefined, undefined],
    // Said without a space before the meridiem, as a console types it.
    ['7pm', undefined, '19:00'],
    ['7:30am', 'evening', '07:30'],
    // The same number word twice: each is read.
    ['ten ten pm', undefined, '22:10'],
    // "o'clock" dropped from the middle leaves no gap the pattern trips on.
    ["at 7 o'clock in the evening", undefined, '19:00'],
    ["7 o'clock pm", undefined, '19:00'],
    // Words before or after a clock time make it no time (the coach asks again), never part of one.
    ['quarter to seven', 'evening', undefined],
    ['123', undefined, undefined],
    ['7 minutes', 'evening', undefined],
  ])('%j (%s) is %s', (said, routine, time) => {
    expect(parseReminderTime(said, routine)).toBe(time);
  });
});

describe('a bare hour, read the way the routine means it', () => {
  it.each<[string, 'morning' | 'workday' | 'evening' | undefined, string]>([
    ['12', 'evening', '12:00'],
    ['11', 'evening', '23:00'],
    ['1', 'evening', '13:00'],
    ['0', 'evening', '00:00'],
    ['1', 'workday', '13:00'],
    ['5', 'workday', '17:00'],
    ['6', 'workday', '06:00'],
    ['5', undefined, '17:00'],
    ['6', undefined, '06:00'],
    ['5', 'morning', '05:00'],
    ['11', 'morning', '11:00'],
  ])('%s for the %s routine is %s', (said, routine, time) => {
    expect(parseReminderTime(said, routine)).toBe(time);
  });
});

describe('the routine a time suggests', () => {
  it.each<[string, string]>([
    ['00:00', 'morning'],
    ['10:59', 'morning'],
    ['11:00', 'workday'],
    ['16:59', 'workday'],
    ['17:00', 'evening'],
    ['23:59', 'evening'],
  ])('%s is the %s routine', (time, routine) => {
    expect(routineForTime(time)).toBe(routine);
  });
});

describe('the days of a reminder', () => {
  it('follows the program week: Mon, Wed, Fri in week 2, weekdays in week 4, every day in weeks 5 and 6', () => {
    expect(programDays(2)).toEqual(['MO', 'WE', 'FR']);
    expect(programDays(4)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
    expect(programDays(5)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
    expect(programDays(6)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
  });

  it.each<[string, readonly string[], { days: readonly string[]; follows: string }]>([
    ['weekends', ['weekends'], { days: ['SA', 'SU'], follows: 'days' }],
    ['weekdays', ['weekdays'], { days: ['MO', 'TU', 'WE', 'TH', 'FR'], follows: 'days' }],
    ['every day', ['daily'], { days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], follows: 'daily' }],
    ['sundays', ['SU'], { days: ['SU'], follows: 'days' }],
    ['saturdays and tuesdays', ['SA', 'TU'], { days: ['TU', 'SA'], follows: 'days' }],
    ['a day id it does not know', ['someday'], { days: ['MO', 'WE', 'FR'], follows: 'program' }],
    ['nothing', [], { days: ['MO', 'WE', 'FR'], follows: 'program' }],
  ])('named as %s', (_what, days, expected) => {
    expect(draftReminder({ routine: 'evening', time: '19:00', days }, 1, 'evening')).toEqual({ routine: 'evening', time: '19:00', ...expected });
  });

  it('in week 3 without days named, the five weekdays the program asks for', () => {
    expect(draftReminder({ routine: 'morning' }, 3, 'evening')).toEqual({ routine: 'morning', time: '07:00', days: ['MO', 'TU', 'WE', 'TH', 'FR'], follows: 'program' });
  });
});

describe('the routine and time of a draft', () => {
  it('takes the routine from the time said when none is named, and the fallback routine\'s hour when nothing is said', () => {
    expect(draftReminder({ time: '07:30' }, 1, 'evening')).toEqual({ routine: 'morning', time: '07:30', days: ['MO', 'WE', 'FR'], follows: 'program' });
    expect(draftReminder({ time: '14:00' }, 1, 'evening')).toEqual({ routine: 'workday', time: '14:00', days: ['MO', 'WE', 'FR'], follows: 'program' });
    expect(draftReminder({}, 1, 'workday')).toEqual({ routine: 'workday', time: '11:00', days: ['MO', 'WE', 'FR'], follows: 'program' });
    expect(draftReminder({ routine: 'nap' }, 1, 'morning')).toEqual({ routine: 'morning', time: '07:00', days: ['MO', 'WE', 'FR'], follows: 'program' });
  });

  it('reads a bare hour for the routine named: "at 7" for the evening stretches is 7 pm', () => {
    expect(draftReminder({ routine: 'evening', time: '7' }, 1, 'morning')).toEqual({ routine: 'evening', time: '19:00', days: ['MO', 'WE', 'FR'], follows: 'program' });
  });

  it('calls a time unreadable only when one was said and it is no time of day', () => {
    expect(unreadableTime({ time: 'banana' })).toBe(true);
    expect(unreadableTime({ time: '7:60', routine: 'evening' })).toBe(true);
    expect(unreadableTime({})).toBe(false);
    expect(unreadableTime({ time: '7', routine: 'nap' })).toBe(false);
  });
});

describe('when a reminder first rings', () => {
  it.each<[string, string]>([
    ['2026-11-02', 'MO'],
    ['2026-11-03', 'TU'],
    ['2026-11-04', 'WE'],
    ['2026-11-05', 'TH'],
    ['2026-11-06', 'FR'],
    ['2026-11-07', 'SA'],
    ['2026-11-08', 'SU'],
  ])('%s is a %s', (date, day) => {
    expect(weekdayOf(date)).toBe(day);
  });

  it('today a minute before its time, a week later at its time on its only day, tomorrow with no days', () => {
    expect(firstRingDate('2026-11-02', '18:59', '19:00', ['MO'])).toBe('2026-11-02');
    expect(firstRingDate('2026-11-02', '19:00', '19:00', ['MO'])).toBe('2026-11-09');
    expect(firstRingDate('2026-11-02', '07:00', '19:00', ['TU'])).toBe('2026-11-03');
    expect(firstRingDate('2026-11-08', '20:00', '19:00', ['SA'])).toBe('2026-11-14');
    expect(firstRingDate('2026-11-02', '07:00', '19:00', [])).toBe('2026-11-03');
  });

  it('repeats weekly on six days, daily on seven', () => {
    expect(recurrenceRule('18:30', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'])).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA;BYHOUR=18;BYMINUTE=30;BYSECOND=0');
    expect(recurrenceRule('06:00', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).toBe('FREQ=DAILY;BYHOUR=6;BYMINUTE=0;BYSECOND=0');
  });
});

describe('a draft read back from the session or a consent token', () => {
  const draft = { routine: 'morning', time: '07:00', days: ['MO', 'FR'], follows: 'program' };

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'morning at 7'],
    ['days that are no list', { ...draft, days: 'MO' }],
    ['no days', { ...draft, days: [] }],
    ['a day twice', { ...draft, days: ['MO', 'MO'] }],
    ['what the days follow unknown', { ...draft, follows: 'weekly' }],
    ['no routine', { ...draft, routine: undefined }],
  ])('refuses %s', (_what, value) => {
    expect(checkedDraft(value)).toBeUndefined();
  });

  it.each(['program', 'daily', 'days'])('keeps a draft whose days follow %s, its days in week order', (follows) => {
    expect(checkedDraft({ ...draft, days: ['FR', 'MO'], follows })).toEqual({ routine: 'morning', time: '07:00', days: ['MO', 'FR'], follows });
  });
});
