import { localDate } from '../../src/coach/record/calendar';
import { newRecord } from '../../src/coach/record/model';
import type { ProgressRecord } from '../../src/coach/record/record';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { Conversation } from '../support/conversation';
import { TEST_USER } from '../support/harness';
import { heard, marksOf } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * The last stretch of a routine ends the routine in the same response, and the coach then asks a
 * question, so the session is still open while that stretch plays: on an Echo, "Alexa, this hurts"
 * said over it reaches Hip Coach, not Alexa. Words said over the last stretch are answered in it;
 * the routine is counted once however it is finished. Through the skill's source, first phrasings
 * (random 0); the words are written down from lambda/src/speech/resources/en.ts.
 *
 * The workday break, week 1: the seated twist (steps 0–1, right then left), then the standing
 * hamstring stretch, two rounds of 15 s (steps 2–3). Tuesday 3 November 2026, 13:30 UTC.
 */
const AFTERNOON = Date.parse('2026-11-03T13:30:00Z');
const SUMMARY_OFFER = 'Would you like to hear how your week is going?';
const DONE_AND_COUNTED = 'That was the last stretch, so the routine is done and counted. Come out of it slowly, and rest.';

/** A user past the first-use screen with one earlier session (so no reminder offer), and their store. */
function returningUser() {
  const fresh = newRecord(TEST_USER, { now: AFTERNOON, today: localDate(AFTERNOON) });
  const record: ProgressRecord = {
    ...fresh,
    version: 1,
    onboarded: true,
    sessions: [{ date: '2026-11-02', routine: 'evening', seconds: 540 }],
    totals: { sessions: 1, seconds: 540 },
  };
  const store = new MemoryProgressStore([record]);
  const skill = buildSkill({ store, random: () => 0 });
  const c = new Conversation((event) => skill.invoke(event), TEST_USER, AFTERNOON);
  return { c, store };
}

/** The workday break started and "next" said after its first stretch: the last stretch's response. */
async function atLastStretch() {
  const { c, store } = returningUser();
  const first = await c.start('workday');
  c.listen(first);
  const last = await c.say('AMAZON.NextIntent');
  return { c, store, last };
}

const sessionsIn = async (store: MemoryProgressStore): Promise<number> => (await store.load(TEST_USER))!.totals.sessions;

describe('the last stretch of a routine, while it plays', () => {
  it('ends with the done line and a question, so the session stays open over the stretch; counted once', async () => {
    const { store, last } = await atLastStretch();

    expect(heard(last).startsWith('Last one: the standing hamstring stretch.')).toBe(true);
    expect(heard(last).endsWith(`That is your workday break done: 1 minute of stretching. Well done. ${SUMMARY_OFFER}`)).toBe(true);
    expect(last.response.shouldEndSession).toBe(false);
    expect(await sessionsIn(store)).toBe(2);
  });

  it('"yes" after the question gives the week so far, then goodbye', async () => {
    const { c, last } = await atLastStretch();
    c.listen(last);

    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(yes)).toBe(
      // The earlier session (Monday's 9 minutes) is before this program week, which started today.
      'You have done 2 sessions in total, 10 minutes of stretching. You are in week 1 of your program, with 1 of 3 sessions done this week. ' +
        'You have stretched 2 days in a row. Your holds in the evening routine are now 20 seconds. Keep up 3 sessions this week and next week your holds grow a little longer. Goodbye for now.',
    );
    expect(yes.response.shouldEndSession).toBe(true);
  });

  it('"no" after the question says goodbye and closes the session', async () => {
    const { c, last } = await atLastStretch();
    c.listen(last);

    const no = await c.say('AMAZON.NoIntent');

    expect(heard(no)).toBe('Goodbye for now.');
    expect(no.response.shouldEndSession).toBe(true);
  });

  it('"this hurts" over the last hold stops it and offers the gentler stretch the break plays, which is then counted once', async () => {
    const { c, store, last } = await atLastStretch();
    const hold = marksOf(last).find((m) => m.step === 2 && m.phase === 'hold')!;
    c.wait(hold.start + 5);

    const hurts = await c.say('PainIntent');
    const easier = await c.say('EasierIntent');

    expect(heard(hurts)).toBe(
      'Stop there and come gently out of the stretch. A mild pull is fine, but pain is not. We never stretch into pain. ' +
        'I can switch to the chair hamstring stretch instead, or skip this one. Say easier, or say skip.',
    );
    expect(hurts.response.shouldEndSession).toBe(false);
    expect(heard(easier).startsWith('Okay, switching to the chair hamstring stretch for the rest of this session. Last one: the chair hamstring stretch.')).toBe(true);
    // Something hurt: the question after the routine is whether to keep the level.
    expect(heard(easier).endsWith('Since something hurt today, would you like to stay at this level next week instead of moving up?')).toBe(true);
    expect(await sessionsIn(store)).toBe(2);
  });

  it('"how long do I hold this" over the last hold is answered in it, and the rest of the stretch plays', async () => {
    const { c, store, last } = await atLastStretch();
    const hold = marksOf(last).find((m) => m.step === 3 && m.phase === 'hold')!;
    c.wait(hold.start + 5);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer).startsWith('Hold for 15 seconds, 2 times. About 10 seconds left on this one.')).toBe(true);
    expect(heard(answer).endsWith(SUMMARY_OFFER)).toBe(true);
    expect(await sessionsIn(store)).toBe(2);
  });

  it('"pause" over the last stretch says it is done and counted, and leaves no place to resume', async () => {
    const { c, store } = await atLastStretch();
    c.wait(10);

    const pause = await c.say('AMAZON.PauseIntent');
    c.wait(3600);
    const launch = await c.launch();

    expect(heard(pause)).toBe(`${DONE_AND_COUNTED} Goodbye for now.`);
    expect(pause.response.shouldEndSession).toBe(true);
    expect((await store.load(TEST_USER))!.inProgress).toBeUndefined();
    expect(heard(launch)).not.toMatch(/pick up|where you left/i);
    expect(await sessionsIn(store)).toBe(2);
  });

  it('"stop" over the last stretch says the same, not how many stretches were done', async () => {
    const { c } = await atLastStretch();
    c.wait(10);

    const stop = await c.say('AMAZON.StopIntent');

    expect(heard(stop)).toBe(`${DONE_AND_COUNTED} Goodbye for now.`);
  });

  it('after the last response has played, a question mid-stretch finds no stretch: the routine is over', async () => {
    const { c, last } = await atLastStretch();
    c.listen(last);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer).startsWith('We are not in a stretch right now.')).toBe(true);
  });

  it('silence after the question closes the session and leaves nothing to resume', async () => {
    const { c, store, last } = await atLastStretch();
    c.listen(last, 20);

    await c.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });

    expect((await store.load(TEST_USER))!.inProgress).toBeUndefined();
    expect(await sessionsIn(store)).toBe(2);
  });
});
