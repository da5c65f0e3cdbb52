/**
 * The reminder conversation's other turns, by ear through the real skill (issue 21: what mutation
 * testing of coach/reminder-turns.ts showed no test heard): a time that is no time, the routine a
 * reminder is for when none is named, minutes and the ways of saying days, a reminder asked for in a
 * routine, two reminders listed, moved and cancelled, and the failures of a move, a replace and a
 * cancel. Real envelopes over the dynalite store and the fake Alexa Reminders API on 127.0.0.1.
 * Every expected line is written by hand from what the user should hear (the English phrases).
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { type Conversation, ssmlOf, words } from '../support/conversation';
import { repromptOf } from '../support/harness';
import { fake, reminderUser, type ReminderUserOptions, store, useRemindersWorld } from '../support/reminders-world';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

useRemindersWorld();

/** A user past the first-use screen (unless `onboarded: false`), with the reminders permission (unless `granted: false`). */
const user = (options: Partial<ReminderUserOptions> = {}) => reminderUser('reminder-turns', { ...options, granted: options.granted ?? true });

const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));
type SlotSpec = [string, string, string?, string?];
const time = (value: string): SlotSpec => ['time', value];
const routineSlot = (id: string, spoken = id): SlotSpec => ['routine', spoken, id, 'RoutineType'];
const day = (id: string, spoken: string): SlotSpec => ['dayOne', spoken, id, 'ReminderDaysType'];

function remindMe(c: Conversation, ...slots: SlotSpec[]) {
  return c.say('SetReminderIntent', ...slots);
}

async function setReminder(c: Conversation, ...slots: SlotSpec[]): Promise<ResponseEnvelope> {
  await remindMe(c, ...slots);
  return c.say('AMAZON.YesIntent');
}

/** The evening routine at 7 pm on the program's days, and the morning routine at 7 am every day. */
async function twoReminders(c: Conversation) {
  await setReminder(c, routineSlot('evening'), time('19:00'));
  await setReminder(c, routineSlot('morning'), day('daily', 'every day'), time('07:00'));
}

const storedOf = async (c: Conversation) => (await store.load(c.userId))?.reminders;

describe('proposing a reminder', () => {
  it('a time that is no time of day: says so, asks again, and a "yes" then sets nothing, not even the reminder proposed before', async () => {
    const c = await user();
    await remindMe(c, routineSlot('evening'), time('19:00'));
    const r = await remindMe(c, routineSlot('evening'), time('banana'));
    expect(heard(r)).toBe('Sorry, I did not catch a time of day. Try: remind me at 7 pm.');
    expect(repromptOf(r)).toBe('Sorry, I did not catch a time of day. Try: remind me at 7 pm.');
    expect(r.response.shouldEndSession).toBe(false);
    await c.say('AMAZON.YesIntent');
    expect(fake.calls()).toBe(0);
    expect(await storedOf(c)).toBeUndefined();
  });

  it('no routine and no time: the routine last done, at its usual hour', async () => {
    const c = await user({
      record: (r) => ({ ...r, sessions: [{ date: '2026-11-01', routine: 'morning', seconds: 420 }], totals: { sessions: 1, seconds: 420 } }),
    });
    const r = await remindMe(c);
    expect(heard(r)).toBe('I can remind you to do your morning routine at 7 AM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now. Shall I set that?');
    expect(repromptOf(r)).toBe('Shall I set that reminder? Say yes or no.');
  });

  it('no routine and no time after a custom routine: the routine of the hour (the evening at 18:30), at 7 pm', async () => {
    const c = await user({
      record: (r) => ({ ...r, sessions: [{ date: '2026-11-01', routine: 'custom', seconds: 300 }], totals: { sessions: 1, seconds: 300 } }),
    });
    const r = await remindMe(c);
    expect(heard(r)).toBe('I can remind you to do your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now. Shall I set that?');
  });

  it('no routine, no time and no routine done yet: the routine of the hour (the morning at 08:30)', async () => {
    const c = await user({ now: Date.parse('2026-11-02T08:30:00Z') });
    const r = await remindMe(c);
    expect(heard(r)).toBe('I can remind you to do your morning routine at 7 AM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now. Shall I set that?');
  });

  it('says the minutes when there are some: 7:30 PM, and sets 19:30', async () => {
    const c = await user();
    const r = await remindMe(c, routineSlot('evening'), time('19:30'));
    expect(heard(r)).toBe('I can remind you to do your evening routine at 7:30 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now. Shall I set that?');
    // A plain space before PM in the speech itself, not the narrow no-break space the clock format gives.
    expect(ssmlOf(r)).toContain('at 7:30 PM, on');
    const done = await c.say('AMAZON.YesIntent');
    expect(heard(done)).toBe('Done. I will remind you to do your evening routine at 7:30 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now.');
    expect(await storedOf(c)).toEqual([{ id: fake.created[0]!.id, routine: 'evening', time: '19:30', days: ['MO', 'WE', 'FR'] }]);
  });

  it.each([
    ['weekdays', 'on weekdays', 'on weekdays'],
    ['weekends', 'at weekends', 'at weekends'],
    ['SA', 'on saturdays', 'on Saturdays'],
  ])('days named %s are said "%s"', async (id, spoken, said) => {
    const c = await user();
    const r = await remindMe(c, routineSlot('morning'), day(id, spoken), time('07:00'));
    expect(heard(r)).toBe(`I can remind you to do your morning routine at 7 AM, ${said}. Shall I set that?`);
  });

  it('in week 5 the program asks for every day, and it is said so', async () => {
    const c = await user({ week: 5 });
    const r = await remindMe(c, routineSlot('evening'), time('19:00'));
    expect(heard(r)).toBe('I can remind you to do your evening routine at 7 PM, every day. Shall I set that?');
    await c.say('AMAZON.YesIntent');
    expect(await storedOf(c)).toEqual([{ id: fake.created[0]!.id, routine: 'evening', time: '19:00', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }]);
  });

  it('the ringing words name the routine; without a known zone the reminder carries none', async () => {
    const c = await user();
    await setReminder(c, routineSlot('workday', 'workday break'), time('11:00'));
    const request = fake.created[0]?.op === 'created' ? fake.created[0].request : undefined;
    expect(request?.alertInfo?.spokenInfo?.content).toEqual([{ locale: 'en-US', text: 'Time for your workday break with Hip Coach.' }]);
    // 11:00 on Monday has passed at 18:30: the first ring is Wednesday's.
    expect(request?.trigger?.scheduledTime).toBe('2026-11-04T11:00:00.000');
  });
});

describe('a reminder asked for during a routine', () => {
  it('keeps the routine open: each answer reprompts, and the session does not end', async () => {
    const c = await user();
    await c.start('evening');
    const proposed = await remindMe(c, routineSlot('evening'), time('19:00'));
    expect(proposed.response.shouldEndSession).toBe(false);
    const done = await c.say('AMAZON.YesIntent');
    expect(heard(done)).toBe('Done. I will remind you to do your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now.');
    expect(repromptOf(done)).toBe('What would you like to do?');
    expect(done.response.shouldEndSession).toBe(false);
    const list = await c.say('ListRemindersIntent');
    expect(repromptOf(list)).toBe('You can say what reminders do I have, or start evening routine.');
  });

  it('outside a routine the set reminder ends the session', async () => {
    const c = await user();
    const done = await setReminder(c, routineSlot('evening'), time('19:00'));
    expect(repromptOf(done)).toBe('');
    expect(done.response.shouldEndSession).toBe(true);
  });
});

describe('two reminders', () => {
  it('are listed with their times and days', async () => {
    const c = await user();
    await twoReminders(c);
    const list = await c.say('ListRemindersIntent');
    expect(heard(list)).toBe(
      'You have 2 reminders: your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays and your morning routine at 7 AM, every day.',
    );
    expect(repromptOf(list)).toBe('You can say what reminders do I have, or start evening routine.');
    expect(list.response.shouldEndSession).toBe(false);
    expect(await responseProblems(c.responses)).toEqual({});
  });

  it('a move without the routine asks which; with it, moves that one only', async () => {
    const c = await user();
    await twoReminders(c);
    const which = await c.say('MoveReminderIntent', time('08:00'));
    expect(heard(which)).toBe('Which reminder shall I move: evening routine and morning routine?');
    expect(repromptOf(which)).toBe('Which reminder shall I move: evening routine and morning routine?');
    const moved = await c.say('MoveReminderIntent', routineSlot('morning'), time('08:00'));
    expect(heard(moved)).toBe('Done. Your morning routine reminder is now at 8 AM, every day.');
    const [evening, morning] = fake.created.map((e) => e.id);
    expect(fake.updated.map((e) => e.id)).toEqual([morning]);
    expect(await storedOf(c)).toEqual([
      { id: evening, routine: 'evening', time: '19:00', days: ['MO', 'WE', 'FR'] },
      { id: morning, routine: 'morning', time: '08:00', days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] },
    ]);
  });

  it('a morning reminder proposed beside an evening one replaces nothing, and says nothing of it', async () => {
    const c = await user();
    await setReminder(c, routineSlot('evening'), time('19:00'));
    const r = await remindMe(c, routineSlot('morning'), time('07:00'));
    expect(heard(r)).toBe('I can remind you to do your morning routine at 7 AM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now. Shall I set that?');
  });

  it('a new evening reminder says it replaces the evening one, though the morning one is not replaced', async () => {
    const c = await user();
    await twoReminders(c);
    const r = await remindMe(c, routineSlot('evening'), time('21:00'));
    expect(heard(r)).toBe(
      'I can remind you to do your evening routine at 9 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now. Shall I set that? That will replace your evening routine reminder.',
    );
  });

  it('"cancel my evening reminder" cancels that one and keeps the other', async () => {
    const c = await user();
    await twoReminders(c);
    const r = await c.say('CancelReminderIntent', routineSlot('evening'));
    expect(heard(r)).toBe('Done. I have cancelled your evening routine reminder.');
    const [evening, morning] = fake.created.map((e) => e.id);
    expect(fake.deleted.map((e) => e.id)).toEqual([evening]);
    expect((await storedOf(c))?.map((s) => s.id)).toEqual([morning]);
  });

  it('"cancel my reminders" cancels both', async () => {
    const c = await user();
    await twoReminders(c);
    const r = await c.say('CancelReminderIntent');
    expect(heard(r)).toBe('Done. I have cancelled your 2 reminders.');
    expect(fake.held().size).toBe(0);
    expect(await storedOf(c)).toBeUndefined();
  });

  it('a cancel of both that fails for one: the one deleted is forgotten, the other kept, and it says nothing changed', async () => {
    const c = await user();
    await twoReminders(c);
    fake.failNext(500, 1);
    const r = await c.say('CancelReminderIntent');
    expect(heard(r)).toBe('Sorry, the Alexa reminders service did not answer just now, so nothing has changed. Please try again in a little while.');
    expect(fake.held().size).toBe(1);
    expect(await storedOf(c)).toHaveLength(1);
  });
});

describe('moving and cancelling what is not there', () => {
  it('with no reminders: a move and a cancel say there are none', async () => {
    const c = await user();
    const none = 'You have no Hip Coach reminders. To set one, say: remind me to do my evening routine at 7 pm.';
    expect(heard(await c.say('MoveReminderIntent', time('20:00')))).toBe(none);
    expect(heard(await c.say('CancelReminderIntent'))).toBe(none);
    expect(fake.calls()).toBe(0);
  });

  it('a routine that has no reminder: says so, for a move and a cancel', async () => {
    const c = await user();
    await setReminder(c, routineSlot('evening'), time('19:00'));
    const calls = fake.calls();
    expect(heard(await c.say('MoveReminderIntent', routineSlot('morning'), time('08:00')))).toBe('You have no reminder for your morning routine.');
    expect(heard(await c.say('CancelReminderIntent', routineSlot('workday', 'workday break')))).toBe('You have no reminder for your workday break.');
    expect(fake.calls()).toBe(calls);
    expect(await storedOf(c)).toHaveLength(1);
  });

  it('a move with no time asks for one; with a time that is no time says so', async () => {
    const c = await user();
    await setReminder(c, routineSlot('evening'), time('19:00'));
    const calls = fake.calls();
    const noTime = await c.say('MoveReminderIntent', routineSlot('evening'));
    expect(heard(noTime)).toBe('To what time? For example: move my evening reminder to 8 pm.');
    expect(repromptOf(noTime)).toBe('To what time? For example: move my evening reminder to 8 pm.');
    const unclear = await c.say('MoveReminderIntent', routineSlot('evening'), time('banana'));
    expect(heard(unclear)).toBe('Sorry, I did not catch a time of day. Try: remind me at 7 pm.');
    expect(repromptOf(unclear)).toBe('Sorry, I did not catch a time of day. Try: remind me at 7 pm.');
    expect(fake.calls()).toBe(calls);
  });
});

describe('when a move or a replace fails', () => {
  it('a move the service does not answer: nothing changes on record', async () => {
    const c = await user();
    await setReminder(c, routineSlot('evening'), time('19:00'));
    fake.failNext(500);
    const r = await c.say('MoveReminderIntent', time('20:00'));
    expect(heard(r)).toBe('Sorry, the Alexa reminders service did not answer just now, so nothing has changed. Please try again in a little while.');
    expect((await storedOf(c))?.[0]?.time).toBe('19:00');
  });

  it('a move over the limit: says so', async () => {
    const c = await user();
    await setReminder(c, routineSlot('evening'), time('19:00'));
    fake.failNext(403);
    const r = await c.say('MoveReminderIntent', time('20:00'));
    expect(heard(r)).toBe('I could not set it: you have as many reminders as Alexa allows. Delete one in the Alexa app, then ask me again.');
  });

  it('a replace of a reminder the user deleted in the Alexa app: forgotten, and said so', async () => {
    const c = await user();
    await setReminder(c, routineSlot('evening'), time('19:00'));
    fake.removeInApp(fake.created[0]!.id);
    const r = await setReminder(c, routineSlot('evening'), time('21:00'));
    expect(heard(r)).toBe('That reminder is no longer in your Alexa app, so I have let it go. Say remind me to set a new one.');
    expect(await storedOf(c)).toBeUndefined();
  });
});

describe('asking for the permission', () => {
  it('a "yes" without the permission during a routine asks for it and keeps the routine\'s place', async () => {
    const c = await user({ granted: false });
    await c.start('evening');
    await remindMe(c, routineSlot('evening'), time('19:00'));
    const yes = await c.say('AMAZON.YesIntent');
    expect(yes.response.directives?.map((d) => d.type)).toEqual(['Connections.SendRequest']);
    expect(yes.response.shouldEndSession).toBeUndefined();
    // The consent request ends the turn without words; the routine's place is kept for afterwards.
    expect((await store.load(c.userId))?.inProgress).toMatchObject({ routine: 'evening', step: 0 });
  });
});

describe('the offer after the first finished routine', () => {
  it('at 8:30 in the morning is for 8 am, and a "yes" sets 08:00', async () => {
    const c = await user({ onboarded: false, now: Date.parse('2026-11-02T08:30:00Z') });
    let r = await c.startPastScreen('morning');
    for (let turns = 0; turns < 30 && !/Would a reminder help/.test(heard(r)); turns++) {
      c.listen(r);
      r = await c.say('AMAZON.NextIntent');
    }
    expect(heard(r)).toMatch(/Would a reminder help\? I can remind you to do your morning routine at 8 AM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now\. Shall I\?$/);
    c.listen(r);
    await c.say('AMAZON.YesIntent');
    expect((await storedOf(c))?.map((s) => s.time)).toEqual(['08:00']);
  });

  it('a "yes" said over the last stretch, before the offer is heard, is no answer to it: the routine\'s end again, counted once', async () => {
    const c = await user({ onboarded: false, now: Date.parse('2026-11-02T08:30:00Z') });
    let r = await c.startPastScreen('morning');
    for (let turns = 0; turns < 30 && !/Would a reminder help/.test(heard(r)); turns++) {
      c.listen(r);
      r = await c.say('AMAZON.NextIntent');
    }
    // No time passes: the last stretch is still playing, the question after it not heard.
    const early = await c.say('AMAZON.YesIntent');
    expect(heard(early)).toBe('That is your morning routine done: 3 minutes of stretching. Well done. Would you like to hear how your week is going?');
    expect(await storedOf(c)).toBeUndefined();
    expect((await store.load(c.userId))?.totals.sessions).toBe(1);
  });

  it('is not made after a first routine by someone who already has a reminder', async () => {
    const c = await user();
    await setReminder(c, routineSlot('evening'), time('19:00'));
    let r = await c.start('workday');
    for (let turns = 0; turns < 30 && !/ done/.test(heard(r)); turns++) {
      c.listen(r);
      r = await c.say('AMAZON.NextIntent');
    }
    expect(heard(r)).toMatch(/ done/);
    expect(heard(r)).not.toMatch(/reminder/);
  });
});
