import { spokenTime } from '../../src/coach/reminder-turns';

/**
 * The clock time a reminder is said with, in each locale's way of saying it. English is said on the
 * twelve-hour clock everywhere: en-GB's written "19" and "07" would be heard as "nineteen" and "oh seven".
 */
it.each([
  ['en-US', '19:00', '7 PM'],
  ['en-GB', '19:00', '7 pm'],
  ['en-GB', '07:30', '7:30 am'],
  ['en-GB', '00:15', '12:15 am'],
  ['en-AU', '21:00', '9 pm'],
  ['en-IN', '12:00', '12 pm'],
  ['en-CA', '19:45', '7:45 p.m.'],
  ['de-DE', '19:00', '19 Uhr'],
  ['fr-FR', '19:00', '19 h'],
])('%s %s is said "%s"', (locale, time, said) => {
  expect(spokenTime(locale, time)).toBe(said);
});
