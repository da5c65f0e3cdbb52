/**
 * The reminder intents' samples and the days slot type (issue #16), authored here and spread into
 * tools/model/author.ts. Written from lambda/test/model/reminder-phrasings.ts's tuning half only.
 * The intents and their slots are declared in en-US.json; `npm run model` writes these samples in.
 */
import { cross as crossAll, type SlotValue } from './locale-model';

/** Every combination, each once. */
function cross(...parts: readonly (readonly string[])[]): string[] {
  return [...new Set(crossAll(...parts))];
}

const value = (id: string, name: string, ...synonyms: string[]): SlotValue => ({ id, name: { value: name, synonyms } });

const day = (id: string, name: string): SlotValue =>
  value(id, name, `${name}s`, `on ${name}`, `on ${name}s`, `every ${name}`, `each ${name}`);

export const REMINDER_TYPES: Record<string, SlotValue[]> = {
  ReminderDaysType: [
    value('daily', 'every day', 'daily', 'each day', 'every', 'each', 'everyday', 'all week', 'seven days a week'),
    value('weekdays', 'weekdays', 'on weekdays', 'every weekday', 'workdays', 'work days', 'on workdays', 'monday to friday'),
    value('weekends', 'weekends', 'at weekends', 'on weekends', 'at the weekend', 'every weekend', 'saturday and sunday'),
    day('MO', 'monday'),
    day('TU', 'tuesday'),
    day('WE', 'wednesday'),
    day('TH', 'thursday'),
    day('FR', 'friday'),
    day('SA', 'saturday'),
    day('SU', 'sunday'),
  ],
};

const R = '{routine}';
const T = '{time}';
const D = '{dayOne}';

const remindLeads = ['remind me', 'can you remind me', 'please remind me'];
const toDo = ['to do my', 'to do the', 'about my'];
const things = ['stretches', 'routine'];
const setLeads = ['set a reminder', 'set me a reminder', 'create a reminder', 'I want a reminder'];

const setReminder = [
  ...cross(remindLeads),
  ...cross(remindLeads, ['to stretch', 'to do my stretches', 'to do my stretching']),
  ...cross(remindLeads, ['to stretch', 'to do my stretches'], [`at ${T}`, D, `${D} at ${T}`, `at ${T} ${D}`]),
  // "remind me every morning": the days word, then AMAZON.TIME's time of day.
  // "Remind me every evening at seven": the part of the day is the routine, so a bare seven is read as 7 pm.
  ...cross(remindLeads, ['', 'to stretch'], [`${D} ${R} at ${T}`]),
  ...cross(remindLeads, [`at ${T}`, `${D} at ${T}`, `${D} ${T}`, `at ${T} ${D}`, D, `${D} and {dayTwo} at ${T}`, `on ${D} and {dayTwo} at ${T}`]),
  ...cross(remindLeads, toDo, [R], ['', ...things], ['', `at ${T}`, D, `${D} at ${T}`, `at ${T} ${D}`, `at ${T} on ${D}`]),
  ...cross(setLeads),
  ...cross(setLeads, ['for', 'at'], [T]),
  ...cross(setLeads, ['for my', 'for the', 'for'], [R], ['', ...things], ['', `at ${T}`, D, `${D} at ${T}`, `at ${T} ${D}`, `at ${T} on ${D}`]),
  ...cross(setLeads, ['to stretch'], ['', `at ${T}`, D, `${D} at ${T}`]),
  ...cross(['set a', 'set up a'], [D], ['reminder'], ['', `at ${T}`, `for my ${R}`]),
  `remind me on ${D} {dayTwo} and {dayThree} at ${T}`,
  `remind me ${D} {dayTwo} and {dayThree} at ${T}`,
  ...cross(setLeads, ['for', 'at'], [T], [D, `on ${D}`, `every ${D}`]),
  // A nudge: the everyday word for a reminder.
  ...cross(['', 'can you'], ['give me a nudge', 'nudge me', 'send me a reminder'], ['', `at ${T}`, `${D} at ${T}`, `in the ${T}`]),
  ...cross(remindLeads, [`in the ${T}`, T]),
];

const reminders = ['reminders', 'reminder', 'hip coach reminders'];
const listReminders = [
  ...cross(['what', 'which'], reminders, ['do I have', 'have I got', 'have I set', 'are there']),
  ...cross(['list', 'tell me', 'read me', 'check'], ['my', 'the'], reminders),
  ...cross(['what are my', 'what is my', 'when is my', 'when are my'], reminders),
  'what time is my reminder',
  ...cross(['have I set', 'have I got', 'do I have', 'are there', 'did I set', 'is there'], ['any reminders', 'a reminder', 'any stretch reminders']),
];

const myReminder = ['my reminder', 'the reminder', `my ${R} reminder`, `the ${R} reminder`, `my reminder for ${R}`, `the reminder for my ${R}`];
const moveReminder = [
  ...cross(['move', 'change', 'set', 'shift', 'put'], myReminder, ['to', 'for'], [T]),
  ...cross(['move', 'change', 'reschedule'], myReminder),
  ...cross(['change the time of', 'change the time for'], myReminder, ['', `to ${T}`]),
  ...cross(['make', 'move'], ['my reminder', `my ${R} reminder`], ['later', 'earlier', 'an hour later', 'an hour earlier', `later to ${T}`]),
];

const cancelReminder = [
  ...cross(['cancel', 'delete', 'remove', 'clear', 'turn off', 'stop'], ['my', 'the', 'all my', 'all the', 'all'], reminders),
  ...cross(['cancel', 'delete', 'remove', 'turn off', 'stop'], ['my', 'the'], [`${R} reminder`, `reminder for ${R}`, `reminder for my ${R}`]),
  ...cross(['get rid of', 'switch off', 'scrap'], ['my', 'the'], ['reminder', 'reminders', 'stretch reminder']),
  'stop reminding me',
  'no more reminders',
  'I do not want any reminders',
  'I don\'t want reminders',
];

/** Samples by intent, for author.ts. */
export const REMINDER_SAMPLES: Record<string, string[]> = {
  SetReminderIntent: setReminder,
  ListRemindersIntent: listReminders,
  MoveReminderIntent: moveReminder,
  CancelReminderIntent: cancelReminder,
};
