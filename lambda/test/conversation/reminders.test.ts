/**
 * Reminders by voice (issue #16): real envelopes through buildSkill over the dynalite store, and a
 * fake Alexa Reminders API on 127.0.0.1 (tools/fake-reminders.ts) that the envelope's apiEndpoint
 * points at, so ask-sdk's own ReminderManagementServiceClient makes every call.
 */
import type { Directive, ResponseEnvelope } from 'ask-sdk-model';
import { type Conversation, ssmlOf, words } from '../support/conversation';
import { fake, reminderUser, SCOPE, store, useRemindersWorld } from '../support/reminders-world';
import { nextUntilEnd } from '../support/routine-run';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

useRemindersWorld();

/** A user past the first-use screen (unless `onboarded: false`), without the reminders permission unless `granted`. */
const user = (options: { granted?: boolean; week?: number; onboarded?: boolean } = {}) => reminderUser('reminders', { ...options, granted: options.granted ?? false });

const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));
const time = (value: string): [string, string] => ['time', value];

function remindMe(c: Conversation, ...slots: [string, string, string?, string?][]) {
  return c.say('SetReminderIntent', ...slots.map(([name, spoken, id, type]) => [name, spoken, id, type] as [string, string, string?, string?]));
}
const evening: [string, string, string, string] = ['routine', 'evening', 'evening', 'RoutineType'];

function consentDirective(r: ResponseEnvelope): Directive | undefined {
  return r.response.directives?.find((d) => d.type === 'Connections.SendRequest');
}

async function setEveningAtSeven(c: Conversation): Promise<ResponseEnvelope> {
  await remindMe(c, evening, [...time('19:00')]);
  return c.say('AMAZON.YesIntent');
}

describe('setting a reminder with the permission granted', () => {
  it('states the time and the program week\'s days first, creates nothing until "yes", then sets it in the user\'s zone', async () => {
    const c = await user({ granted: true });
    const proposed = await remindMe(c, evening, [...time('19:00')]);
    expect(heard(proposed)).toBe(
      'I can remind you to do your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now. Shall I set that?',
    );
    expect(fake.calls()).toBe(0);
    const done = await c.say('AMAZON.YesIntent');
    expect(heard(done)).toBe('Done. I will remind you to do your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now.');
    expect(fake.created).toHaveLength(1);
    const trigger = fake.created[0]!.op === 'created' ? fake.created[0]!.request.trigger : undefined;
    // 18:30 on a Monday in London: tonight at 7 is still to come.
    expect(trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: '2026-11-02T19:00:00.000',
      timeZoneId: 'Europe/London',
      recurrence: { startDateTime: '2026-11-02T00:00:00.000', recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=19;BYMINUTE=0;BYSECOND=0'] },
    });
    const stored = await store.load(c.userId);
    expect(stored?.reminders).toEqual([{ id: fake.created[0]!.id, routine: 'evening', time: '19:00', days: ['MO', 'WE', 'FR'] }]);
    expect(await responseProblems(c.responses)).toEqual({});
  });

  it('"remind me every morning": every day at 7 am, for the morning routine', async () => {
    const c = await user({ granted: true });
    const proposed = await remindMe(c, ['dayOne', 'every', 'daily', 'ReminderDaysType'], [...time('MO')]);
    expect(heard(proposed)).toBe('I can remind you to do your morning routine at 7 AM, every day. Shall I set that?');
    await c.say('AMAZON.YesIntent');
    const rule = fake.created[0]?.op === 'created' ? fake.created[0].request.trigger?.recurrence?.recurrenceRules : undefined;
    expect(rule).toEqual(['FREQ=DAILY;BYHOUR=7;BYMINUTE=0;BYSECOND=0']);
  });

  it.each<[string, [string, string, string, string] | undefined, string, string]>([
    // As the model reads it: the part of the day is the routine, the bare hour AMAZON.TIME's.
    ['"remind me every evening at seven", the routine named', evening, '07:00', 'I can remind you to do your evening routine at 7 PM, every day. Shall I set that?'],
    // As a recogniser may hand the words over whole, the part of the day before the clock.
    ['"every evening at seven" in the time slot', undefined, 'evening at seven', 'I can remind you to do your evening routine at 7 PM, every day. Shall I set that?'],
    ['"every morning at six thirty" in the time slot', undefined, 'morning at six thirty', 'I can remind you to do your morning routine at 6:30 AM, every day. Shall I set that?'],
  ])('%s: every day at that hour of that part of the day', async (_label, routine, said, expected) => {
    const c = await user({ granted: true });
    const slots: [string, string, string?, string?][] = [['dayOne', 'every', 'daily', 'ReminderDaysType'], [...time(said)], ...(routine ? [routine] : [])];
    const proposed = await remindMe(c, ...slots);
    expect(heard(proposed)).toBe(expected);
  });

  it('"set a reminder for my workday break at 11" in week 3: the five days the program asks for', async () => {
    const c = await user({ granted: true, week: 3 });
    const proposed = await remindMe(c, ['routine', 'workday break', 'workday', 'RoutineType'], [...time('11:00')]);
    expect(heard(proposed)).toBe(
      'I can remind you to do your workday break at 11 AM, on Mondays, Tuesdays, Wednesdays, Thursdays, and Fridays: the 5 days a week your program asks for now. Shall I set that?',
    );
  });

  it('takes the days named: "on mondays and thursdays at 6 pm", for the evening routine the hour suggests', async () => {
    const c = await user({ granted: true });
    const proposed = await remindMe(c, ['dayOne', 'mondays', 'MO', 'ReminderDaysType'], ['dayTwo', 'thursdays', 'TH', 'ReminderDaysType'], [...time('18:00')]);
    expect(heard(proposed)).toBe('I can remind you to do your evening routine at 6 PM, on Mondays and Thursdays. Shall I set that?');
  });

  it('sets nothing on "no"', async () => {
    const c = await user({ granted: true });
    await remindMe(c, evening, [...time('19:00')]);
    const no = await c.say('AMAZON.NoIntent');
    expect(heard(no)).toBe('Okay, no reminder.');
    expect(fake.calls()).toBe(0);
    expect((await store.load(c.userId))?.reminders).toBeUndefined();
  });

  it('replaces a routine\'s reminder rather than setting a second one', async () => {
    const c = await user({ granted: true });
    await setEveningAtSeven(c);
    const again = await remindMe(c, evening, [...time('21:00')]);
    expect(heard(again)).toMatch(/at 9 PM.*Shall I set that\? That will replace your evening routine reminder\.$/);
    await c.say('AMAZON.YesIntent');
    expect(fake.created).toHaveLength(1);
    expect(fake.updated).toHaveLength(1);
    expect((await store.load(c.userId))?.reminders).toEqual([{ id: fake.created[0]!.id, routine: 'evening', time: '21:00', days: ['MO', 'WE', 'FR'] }]);
  });
});

describe('managing reminders', () => {
  it('lists, moves and cancels them', async () => {
    const c = await user({ granted: true });
    await setEveningAtSeven(c);
    const list = await c.say('ListRemindersIntent');
    expect(heard(list)).toBe('You have one reminder: your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays.');

    // Alexa's AMAZON.TIME gives "08:00" for "8": for the evening routine that is 8 pm.
    const moved = await c.say('MoveReminderIntent', evening, time('08:00'));
    expect(heard(moved)).toBe('Done. Your evening routine reminder is now at 8 PM, on Mondays, Wednesdays, and Fridays.');
    const update = fake.updated[0];
    expect(update?.op === 'updated' ? update.request.trigger?.recurrence?.recurrenceRules : undefined).toEqual(['FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=20;BYMINUTE=0;BYSECOND=0']);
    expect((await store.load(c.userId))?.reminders?.[0]?.time).toBe('20:00');

    const cancelled = await c.say('CancelReminderIntent');
    expect(heard(cancelled)).toBe('Done. I have cancelled your reminder.');
    expect(fake.deleted.map((d) => d.id)).toEqual([fake.created[0]!.id]);
    expect(fake.held().size).toBe(0);
    expect((await store.load(c.userId))?.reminders).toBeUndefined();
    expect(heard(await c.say('ListRemindersIntent'))).toMatch(/^You have no Hip Coach reminders\./);
    expect(await responseProblems(c.responses)).toEqual({});
  });

  it('forgets a reminder the user deleted in the Alexa app when asked to move it', async () => {
    const c = await user({ granted: true });
    await setEveningAtSeven(c);
    fake.removeInApp(fake.created[0]!.id);
    const moved = await c.say('MoveReminderIntent', time('20:00'));
    expect(heard(moved)).toMatch(/^That reminder is no longer in your Alexa app/);
    expect((await store.load(c.userId))?.reminders).toBeUndefined();
  });
});

describe('asking for the permission by voice', () => {
  async function askedForConsent() {
    const c = await user();
    await remindMe(c, evening, [...time('19:00')]);
    const yes = await c.say('AMAZON.YesIntent');
    return { c, yes, directive: consentDirective(yes) };
  }

  function answer(c: Conversation, token: string | undefined, status: string, code = '200') {
    return c.send({
      type: 'Connections.Response',
      name: 'AskFor',
      status: { code, message: code === '200' ? 'OK' : 'error' },
      payload: code === '200' ? { permissionScope: SCOPE, status } : {},
      ...(token !== undefined ? { token } : {}),
    });
  }

  it('sends AskFor (AskForPermissionsConsentRequest v2, the reminders scope), says nothing over Alexa\'s question, sets nothing yet', async () => {
    const { yes, directive } = await askedForConsent();
    expect(directive).toMatchObject({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '2', permissionScopes: [{ permissionScope: SCOPE, consentLevel: 'ACCOUNT' }] },
    });
    expect(yes.response.outputSpeech).toBeUndefined();
    expect(fake.calls()).toBe(0);
  });

  it('ACCEPTED: sets the reminder that was stated', async () => {
    const { c, directive } = await askedForConsent();
    c.device = { ...c.device, granted: [SCOPE] };
    const accepted = await answer(c, (directive as { token?: string }).token, 'ACCEPTED');
    expect(heard(accepted)).toBe('Done. I will remind you to do your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now.');
    expect(fake.created).toHaveLength(1);
    expect((await store.load(c.userId))?.reminders).toHaveLength(1);
  });

  it('DENIED: sets nothing, says where to change it, and sends no card', async () => {
    const { c, directive } = await askedForConsent();
    const denied = await answer(c, (directive as { token?: string }).token, 'DENIED');
    expect(heard(denied)).toMatch(/^Okay, no reminders\. If you change your mind/);
    expect(denied.response.card).toBeUndefined();
    expect(fake.calls()).toBe(0);
  });

  it('NOT_ANSWERED: sets nothing and leaves the consent card in the Alexa app', async () => {
    const { c, directive } = await askedForConsent();
    const silent = await answer(c, (directive as { token?: string }).token, 'NOT_ANSWERED');
    expect(heard(silent)).toMatch(/^To set reminders, Hip Coach needs your permission\. I have put a card/);
    expect(silent.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [SCOPE] });
    expect(fake.calls()).toBe(0);
  });

  it('a device that cannot ask by voice (an error status): the consent card', async () => {
    const { c, directive } = await askedForConsent();
    const failed = await answer(c, (directive as { token?: string }).token, '', '500');
    expect(failed.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [SCOPE] });
    expect(fake.calls()).toBe(0);
  });

  it('ACCEPTED with a token that is not ours sets nothing it was not asked to', async () => {
    const c = await user({ granted: true });
    const accepted = await answer(c, 'something-else', 'ACCEPTED');
    expect(heard(accepted)).toMatch(/^You have no Hip Coach reminders/);
    expect(fake.calls()).toBe(0);
  });
});

describe('when the reminders service fails', () => {
  it.each([
    [401, /^I do not have permission to set reminders\./, true],
    [403, /^I could not set it: you have as many reminders as Alexa allows\./, false],
    [500, /^Sorry, the Alexa reminders service did not answer just now, so nothing has changed\./, false],
    [503, /^Sorry, the Alexa reminders service did not answer just now/, false],
  ] as const)('%s: a clear answer, nothing stored, the next try works', async (status, said, card) => {
    const c = await user({ granted: true });
    // The look for an orphaned reminder first, then the create: both fail, as a service that is down does.
    fake.failNext(status, 2);
    const r = await setEveningAtSeven(c);
    expect(heard(r)).toMatch(said);
    expect(r.response.card?.type === 'AskForPermissionsConsent').toBe(card);
    const record = await store.load(c.userId);
    expect(record?.reminders).toBeUndefined();
    expect(record?.onboarded).toBe(true);
    await setEveningAtSeven(c);
    expect((await store.load(c.userId))?.reminders).toHaveLength(1);
  });

  it('a service that never answers: the turn gives up in time and says so', async () => {
    const c = await user({ granted: true });
    fake.failNext('timeout', 2);
    await remindMe(c, evening, [...time('19:00')]);
    const started = Date.now();
    const r = await c.say('AMAZON.YesIntent');
    expect(Date.now() - started).toBeLessThan(6000);
    expect(heard(r)).toMatch(/did not answer just now/);
    expect((await store.load(c.userId))?.reminders).toBeUndefined();
  });

  it('a failed cancel keeps the reminder on record, so it can still be cancelled', async () => {
    const c = await user({ granted: true });
    await setEveningAtSeven(c);
    fake.failNext(500);
    expect(heard(await c.say('CancelReminderIntent'))).toMatch(/did not answer just now/);
    expect((await store.load(c.userId))?.reminders).toHaveLength(1);
    expect(heard(await c.say('CancelReminderIntent'))).toBe('Done. I have cancelled your reminder.');
  });
});

describe('deleting the data', () => {
  it('SkillDisabled deletes the skill\'s reminders with the record', async () => {
    const c = await user({ granted: true });
    await setEveningAtSeven(c);
    await c.send({ type: 'AlexaSkillEvent.SkillDisabled', persistence: 'NOT_PERSISTED' });
    expect(fake.deleted.map((d) => d.id)).toEqual([fake.created[0]!.id]);
    expect(await store.load(c.userId)).toBeUndefined();
  });

  it('"delete my data", yes: the reminders go too; a failing service does not stop the record going', async () => {
    const c = await user({ granted: true });
    await setEveningAtSeven(c);
    await c.say('DeleteDataIntent');
    fake.failAlways(500);
    const done = await c.say('AMAZON.YesIntent');
    expect(heard(done)).toBe('Done. I have deleted everything Hip Coach kept about you.');
    expect(await store.load(c.userId)).toBeUndefined();
    fake.failAlways(undefined);

    const other = await user({ granted: true });
    await setEveningAtSeven(other);
    await other.say('DeleteDataIntent');
    await other.say('AMAZON.YesIntent');
    expect(fake.deleted.map((d) => d.id)).toEqual([fake.created[1]!.id]);
  });
});

describe('the offer after the first finished routine', () => {
  it('is one line, asked once: after the first routine, never after the second', async () => {
    const c = await user({ onboarded: false });
    let r = await c.startPastScreen('workday');
    // "Next" through the routine until it finishes (the offer keeps the session open for its answer).
    for (let turns = 0; turns < 30 && !/Would a reminder help/.test(heard(r)); turns++) {
      c.listen(r);
      r = await c.say('AMAZON.NextIntent');
    }
    const end = heard(r);
    expect(end).toMatch(/Would a reminder help\? I can remind you to do your workday break at 6 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now\. Shall I\?$/);
    c.listen(r);
    const no = await c.say('AMAZON.NoIntent');
    expect(heard(no)).toBe('Okay, no reminder.');
    expect(no.response.shouldEndSession).toBe(true);
    c.wait(3600);
    const second = await nextUntilEnd(c, await c.start('workday'));
    // The second routine ends on the week's summary offer instead.
    expect(heard(second.at(-1)!)).not.toMatch(/reminder/);
    expect(heard(second.at(-1)!)).toMatch(/\. Would you like to hear how your week is going\?$/);
    expect(second.at(-1)!.response.shouldEndSession).toBe(false);
    expect(fake.calls()).toBe(0);
  });

  it('a habitual "next" or a question after it asks the offer again, and a yes then sets the reminder', async () => {
    const c = await user({ onboarded: false, granted: true });
    let r = await c.startPastScreen('workday');
    for (let turns = 0; turns < 30 && !/Would a reminder help/.test(heard(r)); turns++) {
      c.listen(r);
      r = await c.say('AMAZON.NextIntent');
    }
    expect(heard(r)).toMatch(/Shall I\?$/);
    c.listen(r);
    const next = await c.say('AMAZON.NextIntent');
    expect(heard(next)).toBe('There is no stretch going on now. I was asking about a reminder: shall I set it? Say yes or no.');
    expect(next.response.shouldEndSession).toBe(false);
    const hold = await c.say('HoldDurationIntent');
    expect(heard(hold)).toBe('There is no stretch going on now. I was asking about a reminder: shall I set it? Say yes or no.');
    const yes = await c.say('AMAZON.YesIntent');
    expect(heard(yes)).toMatch(/^Done\. I will remind you to do your workday break at 6 PM/);
    expect(fake.created).toHaveLength(1);
  });
});
