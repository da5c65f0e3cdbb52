// What one turn carries from the session into the next, by ear through the skill's source (issue 21:
// session/turn.ts): the timeline kept under an answer that plays no stretch, the question after a
// finished routine not heard while its last stretch plays, the user's zone in the reminder set, and a
// session that carries someone else's record keeping its routine. First phrasings (random 0); the
// words are written down from lambda/src/speech/resources/en.ts and the week-1 workday break (the
// seated twist, 15 s a side, then the standing hamstring stretch, 2 × 15 s).
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { ProgressRecord } from '../../src/coach/record/record';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { envelope, intent } from '../../../tools/envelopes';
import { startFakeReminders, type FakeReminders } from '../../../tools/fake-reminders';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { onboardedRecord, repromptOf } from '../support/harness';
import { marksOf } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

const USER = 'amzn1.ask.account.turn-session';
/** Tuesday 3 November 2026, 13:30 UTC: the workday break's hour. */
const AFTERNOON = Date.parse('2026-11-03T13:30:00Z');

const heard = (r: ResponseEnvelope): string => words(ssmlOf(r));

/** A user past the screen in UTC, with one session the day before (no tip, no reminder offer). */
function returningUser(now = AFTERNOON, extra: Partial<ProgressRecord> = {}) {
  const record: ProgressRecord = {
    ...onboardedRecord(USER, now),
    timeZone: 'UTC',
    timeZoneCheckedAt: '2026-11-01',
    sessions: [{ date: '2026-11-02', routine: 'evening', seconds: 540 }],
    totals: { sessions: 1, seconds: 540 },
    ...extra,
  };
  const store = new MemoryProgressStore([record]);
  const skill = buildSkill({ store, random: () => 0 });
  return { store, skill, c: new Conversation((event) => skill.invoke(event), USER, now) };
}

describe('the timeline under an answer that plays no stretch', () => {
  it('"how many are left" once the twist was heard to its end, then "stop": the twist counts and the place saved is the hamstring stretch', async () => {
    const { store, c } = returningUser();
    await c.start('workday');
    c.wait(120);
    const answer = await c.say('HowManyLeftIntent');
    c.wait(5);

    const stop = await c.say('AMAZON.StopIntent');
    c.wait(60);
    const back = await c.launch();

    expect(heard(answer)).toBe('1 more stretch to go, about 1 minute. Say next when you are ready.');
    expect(heard(stop)).toBe('You got through 1 of 2 stretches. I have saved your place. Goodbye for now.');
    expect((await store.load(USER))?.inProgress?.step).toBe(2);
    expect(heard(back)).toBe(
      'Welcome back to Hip Coach. You stopped partway through your workday break, at the standing hamstring stretch. Would you like to pick up where you left off?',
    );
  });
});

describe('the question after a finished routine, while its last stretch still plays', () => {
  it('"yes" 5 s into the last hold answers nothing not yet heard; heard to the end, "yes" is the week', async () => {
    const { c } = returningUser();
    await c.start('workday');
    c.wait(120);
    const last = await c.say('AMAZON.NextIntent');
    const secondRound = marksOf(last).find((m) => m.step === 3 && m.phase === 'hold')!;
    c.wait(secondRound.start + 5);

    const early = await c.say('AMAZON.YesIntent');
    c.listen(early);
    const week = await c.say('AMAZON.YesIntent');

    expect(heard(last).endsWith('That is your workday break done: 1 minute of stretching. Well done. Would you like to hear how your week is going?')).toBe(true);
    expect(heard(early)).toBe('That is your workday break done: 1 minute of stretching. Well done. Would you like to hear how your week is going?');
    expect(repromptOf(early)).toBe('Would you like to hear how your week is going?');
    // The session the day before and this one.
    expect(heard(week).startsWith('You have done 2 sessions in total')).toBe(true);
  });
});

describe('the reminder set in the user\'s zone', () => {
  const SCOPE = 'alexa::alerts:reminders:skill:readwrite';
  let fake: FakeReminders;
  beforeAll(async () => {
    // The fake's own zone is London: a reminder sent without one would ring on London time.
    fake = await startFakeReminders({ timeZone: 'Europe/London' });
  });
  afterAll(() => fake.stop());

  it('a user in New York at 18:30 on a Monday (23:30 UTC): "at 7 PM" rings tonight at 19:00 New York time', async () => {
    const now = Date.parse('2026-11-02T23:30:00Z');
    const { c } = returningUser(now, { timeZone: 'America/New_York', timeZoneCheckedAt: '2026-11-01' });
    c.device = { apiEndpoint: fake.endpoint, apiAccessToken: 'token-turn-session', granted: [SCOPE] };

    await c.say('SetReminderIntent', ['routine', 'evening', 'evening', 'RoutineType'], ['time', '19:00']);
    const done = await c.say('AMAZON.YesIntent');

    expect(heard(done)).toBe('Done. I will remind you to do your evening routine at 7 PM, on Mondays, Wednesdays, and Fridays: the 3 days a week your program asks for now.');
    const trigger = fake.created[0]?.op === 'created' ? fake.created[0].request.trigger : undefined;
    expect(trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      scheduledTime: '2026-11-02T19:00:00.000',
      timeZoneId: 'America/New_York',
      recurrence: { startDateTime: '2026-11-02T00:00:00.000', recurrenceRules: ['FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=19;BYMINUTE=0;BYSECOND=0'] },
    });
  });
});

describe('a session that carries a record not this user\'s', () => {
  it('drops only that record: "next" after the twist still plays the hamstring stretch', async () => {
    const { skill, c } = returningUser();
    const first = await c.start('workday');
    const attributes = JSON.parse(JSON.stringify(first.sessionAttributes)) as { hipCoach: { s: { record: { userId: string } } } };
    attributes.hipCoach.s.record.userId = 'amzn1.ask.account.someone-else';

    const next = await skill.invoke(
      envelope({ type: 'IntentRequest', intent: intent('AMAZON.NextIntent', []) }, {
        userId: USER,
        sessionId: `amzn1.echo-api.session.${USER}-1`,
        isNew: false,
        attributes,
        at: AFTERNOON + 120_000,
      }),
    );

    expect(heard(next).startsWith('Last one: the standing hamstring stretch. Feet hip width apart, knees soft')).toBe(true);
  });
});
