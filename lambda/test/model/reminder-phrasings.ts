/**
 * How people ask Hip Coach for reminders, written before any sample of tools/model/reminders.ts.
 * `tuning` may guide the samples; `unseen` is only ever run (reminder-understanding.test.ts) and
 * never copied into the model, so its figure says how well phrasings nobody wrote in are understood.
 */
export interface ReminderPhrasing {
  readonly text: string;
  readonly intent: string;
  /** Slot ids expected (routine, day ids) or, for time, the words Alexa would put in the slot. */
  readonly slots?: Readonly<Record<string, string>>;
}

export const tuning: readonly ReminderPhrasing[] = [
  { text: 'remind me to do my evening stretches at 7 pm', intent: 'SetReminderIntent', slots: { routine: 'evening', time: '7 pm' } },
  { text: 'remind me every evening at seven', intent: 'SetReminderIntent', slots: { dayOne: 'daily', routine: 'evening', time: 'seven' } },
  { text: 'remind me to stretch every morning at six thirty', intent: 'SetReminderIntent', slots: { dayOne: 'daily', routine: 'morning', time: 'six thirty' } },
  { text: 'remind me every morning', intent: 'SetReminderIntent', slots: { dayOne: 'daily', time: 'morning' } },
  { text: 'set a reminder for my workday break at 11', intent: 'SetReminderIntent', slots: { routine: 'workday', time: '11' } },
  { text: 'remind me to stretch', intent: 'SetReminderIntent' },
  { text: 'set a reminder', intent: 'SetReminderIntent' },
  { text: 'remind me to do my morning routine at 7 am on weekdays', intent: 'SetReminderIntent', slots: { routine: 'morning', time: '7 am', dayOne: 'weekdays' } },
  { text: 'remind me on mondays and thursdays at 6 pm', intent: 'SetReminderIntent', slots: { dayOne: 'MO', dayTwo: 'TH', time: '6 pm' } },
  { text: 'can you remind me to do the evening routine every day', intent: 'SetReminderIntent', slots: { routine: 'evening', dayOne: 'daily' } },
  { text: 'what reminders do I have', intent: 'ListRemindersIntent' },
  { text: 'list my reminders', intent: 'ListRemindersIntent' },
  { text: 'move my evening reminder to 8', intent: 'MoveReminderIntent', slots: { routine: 'evening', time: '8' } },
  { text: 'change my reminder to 6 pm', intent: 'MoveReminderIntent', slots: { time: '6 pm' } },
  { text: 'cancel my reminders', intent: 'CancelReminderIntent' },
  { text: 'cancel my evening reminder', intent: 'CancelReminderIntent', slots: { routine: 'evening' } },
  { text: 'stop reminding me', intent: 'CancelReminderIntent' },
];

export const unseen: readonly ReminderPhrasing[] = [
  { text: 'please remind me about my stretches at half past seven', intent: 'SetReminderIntent' },
  { text: 'give me a reminder to stretch each evening', intent: 'SetReminderIntent' },
  { text: 'I want a reminder for my morning stretches', intent: 'SetReminderIntent', slots: { routine: 'morning' } },
  { text: 'could you set me a reminder for 8 pm', intent: 'SetReminderIntent' },
  { text: 'nudge me to do my evening routine', intent: 'SetReminderIntent', slots: { routine: 'evening' } },
  { text: 'remind me at lunchtime to do my workday break', intent: 'SetReminderIntent', slots: { routine: 'workday' } },
  { text: 'set up a daily reminder', intent: 'SetReminderIntent' },
  { text: 'do I have any reminders', intent: 'ListRemindersIntent' },
  { text: 'which reminders are set', intent: 'ListRemindersIntent' },
  { text: 'when is my reminder', intent: 'ListRemindersIntent' },
  { text: 'push my reminder to 9', intent: 'MoveReminderIntent' },
  { text: 'make my morning reminder 6 30', intent: 'MoveReminderIntent', slots: { routine: 'morning' } },
  { text: 'delete my reminders', intent: 'CancelReminderIntent' },
  { text: 'turn off my reminders', intent: 'CancelReminderIntent' },
  { text: 'I do not want reminders any more', intent: 'CancelReminderIntent' },
  { text: 'remove the workday reminder', intent: 'CancelReminderIntent', slots: { routine: 'workday' } },
];
