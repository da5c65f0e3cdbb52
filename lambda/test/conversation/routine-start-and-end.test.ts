import type { ResponseEnvelope } from 'ask-sdk-model';
import { localDate } from '../../src/coach/record/calendar';
import { newRecord } from '../../src/coach/record/model';
import type { ProgressRecord } from '../../src/coach/record/record';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import type { Random } from '../../src/speech/voice';
import { Conversation, ssmlOf } from '../support/conversation';
import { TEST_USER } from '../support/harness';
import { heard, marksOf } from '../support/morning-hold';
import { nextUntilEnd } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

/**
 * How a routine opens and how it ends, by ear through the skill's source (issue 21: the mutants of
 * coach/routine-turns.ts that the other conversation tests let through). First phrasings (random 0)
 * unless a test says otherwise; every expected line is written down from
 * lambda/src/speech/resources/en.ts and the week-1 routines.
 *
 * The workday break, week 1: the seated twist (steps 0–1, right then left, 15 s each), then the
 * standing hamstring stretch, two rounds of 15 s (steps 2–3). Four holds: a routine counts when
 * fewer than half of them, at most one, were missed (less than half of a hold heard).
 * Tuesday 3 November 2026, 13:30 UTC.
 */
const AFTERNOON = Date.parse('2026-11-03T13:30:00Z');
const ONE_EARLIER_SESSION: Partial<ProgressRecord> = {
  sessions: [{ date: '2026-11-02', routine: 'evening', seconds: 540 }],
  totals: { sessions: 1, seconds: 540 },
};
const TIP = 'One tip before we start: the speaker does not listen while I am talking, so to stop me mid stretch, say: Alexa, this hurts.';
const WORKDAY_LAST_STRETCH =
  'Last one: the standing hamstring stretch. Feet hip width apart, knees soft, hands on your thighs or a desk. Hinge from the hips, back long, until the backs of your thighs stretch. Hold. Breathe. Three. Two. One. Come up slowly, hands on thighs. Round 2 of 2. Hold. Breathe. Three. Two. One. Come up slowly, hands on thighs.';
const WORKDAY_COUNTED = 'That is your workday break done: 1 minute of stretching. Well done.';
const WORKDAY_UNCOUNTED =
  "That is the end of your workday break, with 1 minute of stretching. Most of the holds were skipped, so it does not count toward this week's sessions.";
const SUMMARY_OFFER = 'Would you like to hear how your week is going?';

/** A user past the first-use screen, with `patch` over a fresh record, and their store. */
function userWith(patch: Partial<ProgressRecord>, random: Random = () => 0) {
  const fresh = newRecord(TEST_USER, { now: AFTERNOON, today: localDate(AFTERNOON) });
  const store = new MemoryProgressStore([{ ...fresh, version: 1, onboarded: true, ...patch }]);
  const skill = buildSkill({ store, random });
  return { c: new Conversation((event) => skill.invoke(event), TEST_USER, AFTERNOON), store };
}

/** The hold of `step` in a response's kept timeline: when it starts and ends, in seconds into the response. */
function holdOf(response: ResponseEnvelope, step: number): { start: number; end: number } {
  const hold = marksOf(response).find((m) => m.step === step && m.phase === 'hold');
  if (!hold) throw new Error(`no hold for step ${step} in the response`);
  return hold;
}

const stored = async (store: MemoryProgressStore): Promise<ProgressRecord> => (await store.load(TEST_USER))!;

describe('how a routine opens', () => {
  it('a first routine: the overview, the tip on breaking in, the kit, 8 s to fetch it, then the first stretch', async () => {
    const { c } = userWith({});

    const first = await c.start('workday');

    expect(ssmlOf(first).startsWith(
      `<speak>Here is your workday break: 2 stretches, about 2 and a half minutes. Mild stretch only, never pain. ${TIP} Before we start, have these ready: a sturdy chair. <break time="8000ms"/> Stretch 1 of 2: the seated twist. Sit on a firm chair. Sit tall and turn your chest to the right, a hand on the chair back.`,
    )).toBe(true);
  });

  it('after a session done, no tip: the overview, then the kit', async () => {
    const { c } = userWith(ONE_EARLIER_SESSION);

    const first = await c.start('workday');

    expect(ssmlOf(first).startsWith(
      '<speak>Here is your workday break: 2 stretches, about 2 and a half minutes. Mild stretch only, never pain. Before we start, have these ready: a sturdy chair. <break time="8000ms"/> Stretch 1 of 2: the seated twist.',
    )).toBe(true);
  });

  it('with no session done but a stretch already coached (a first routine left midway), no tip either', async () => {
    const { c } = userWith({ met: { seatedTwist: 1 } });

    const first = await c.start('workday');

    expect(ssmlOf(first).startsWith(
      '<speak>Here is your workday break: 2 stretches, about 2 and a half minutes. Mild stretch only, never pain. Before we start, have these ready: a sturdy chair. <break time="8000ms"/> Stretch 1 of 2: the seated twist.',
    )).toBe(true);
  });

  it('a user who has met every stretch of the routine twice gets 4 s to fetch the kit, and the short cues', async () => {
    const { c } = userWith({ ...ONE_EARLIER_SESSION, met: { seatedTwist: 2, standingHamstring: 2 } });

    const first = await c.start('workday');

    expect(ssmlOf(first).startsWith(
      '<speak>Here is your workday break: 2 stretches, about 2 minutes. Mild stretch only, never pain. Before we start, have these ready: a sturdy chair. <break time="4000ms"/> Stretch 1 of 2: the seated twist. Sit on a firm chair. Sit tall, turn your chest to the right.',
    )).toBe(true);
  });

  it('a user who has met only one of its stretches twice still gets the 8 s', async () => {
    const { c } = userWith({ ...ONE_EARLIER_SESSION, met: { seatedTwist: 2 } });

    const first = await c.start('workday');

    expect(ssmlOf(first)).toContain('Before we start, have these ready: a sturdy chair. <break time="8000ms"/> Stretch 1 of 2: the seated twist.');
  });

  it('with bad knees said first: the reason, then each stretch swapped, then the tip and the kit', async () => {
    const { c } = userWith({});
    await c.say('ConditionIntent', ['condition', 'bad knees', 'kneeProblem']);

    const first = await c.start('evening');

    expect(heard(first).startsWith(
      `Here is your evening routine: 8 stretches, about 13 minutes. Mild stretch only, never pain. To spare your knees, I have swapped the kneeling stretches for ones that are easier on them. In place of the half-kneeling hip flexor stretch: the standing hip flexor stretch. In place of the frog stretch: the butterfly stretch. In place of child's pose: knees to chest. In place of the lying hip rotator stretch: the lying piriformis stretch. ${TIP} Before we start, have these ready: a mat`,
    )).toBe(true);
  });
});

describe('meeting a stretch', () => {
  it('counts a stretch met when it starts, not again when a pause is resumed', async () => {
    const { c, store } = userWith({});
    await c.start('workday');
    expect((await stored(store)).met).toEqual({ seatedTwist: 1 });

    c.wait(30);
    await c.say('AMAZON.PauseIntent');
    const resumed = await c.say('AMAZON.ResumeIntent');

    expect(heard(resumed).startsWith('Stretch 1 of 2: the seated twist.')).toBe(true);
    expect((await stored(store)).met).toEqual({ seatedTwist: 1 });
  });
});

describe('pausing', () => {
  it('"pause" after the first stretch was heard to its end, then "resume": that stretch again, from its start', async () => {
    const { c } = userWith({});
    const first = await c.start('workday');
    c.listen(first);

    const paused = await c.say('AMAZON.PauseIntent');
    const resumed = await c.say('AMAZON.ResumeIntent');

    expect(heard(paused)).toBe('Paused at the seated twist. When you are ready, say: Alexa, ask hip coach to resume.');
    expect(heard(resumed).startsWith('Stretch 1 of 2: the seated twist. Sit on a firm chair. Sit tall and turn your chest to the right')).toBe(true);
  });
});

describe('how a routine ends', () => {
  it('the last stretch, then only the done line and the question: nothing between', async () => {
    const { c } = userWith(ONE_EARLIER_SESSION);
    const first = await c.start('workday');
    c.listen(first);

    const last = await c.say('AMAZON.NextIntent');

    expect(heard(last)).toBe(`${WORKDAY_LAST_STRETCH} ${WORKDAY_COUNTED} ${SUMMARY_OFFER}`);
  });

  it('"next" 2 s into the routine misses both twist holds, half the holds: not counted', async () => {
    const { c, store } = userWith(ONE_EARLIER_SESSION);
    await c.start('workday');
    c.wait(2);

    const last = await c.say('AMAZON.NextIntent');

    expect(heard(last)).toBe(`${WORKDAY_LAST_STRETCH} ${WORKDAY_UNCOUNTED} ${SUMMARY_OFFER}`);
    expect((await stored(store)).totals.sessions).toBe(1);
  });

  it('"next" 12 s into the left side\'s 15 s hold misses under half of one hold: counted', async () => {
    const { c, store } = userWith(ONE_EARLIER_SESSION);
    const first = await c.start('workday');
    c.wait(holdOf(first, 1).start + 12);

    const last = await c.say('AMAZON.NextIntent');

    expect(heard(last)).toBe(`${WORKDAY_LAST_STRETCH} ${WORKDAY_COUNTED} ${SUMMARY_OFFER}`);
    expect((await stored(store)).totals.sessions).toBe(2);
  });

  it('a hold left at exactly its half is not a missed hold: with one more missed, one of four, still counted', async () => {
    const { c, store } = userWith(ONE_EARLIER_SESSION);
    const first = await c.start('workday');
    // "Repeat" 7.5 s into the left side's 15 s hold: half of it heard.
    c.wait(holdOf(first, 1).start + 7.5);
    const again = await c.say('AMAZON.RepeatIntent');
    // Then "next" half a second into the repeated left side's hold: that hold missed.
    c.wait(holdOf(again, 1).start + 0.5);

    const last = await c.say('AMAZON.NextIntent');

    expect(heard(last)).toBe(`${WORKDAY_LAST_STRETCH} ${WORKDAY_COUNTED} ${SUMMARY_OFFER}`);
    expect((await stored(store)).totals.sessions).toBe(2);
  });

  it('a routine of 2 minutes or more says its minutes in any of the done phrasings (the second here)', async () => {
    const { c } = userWith(ONE_EARLIER_SESSION, () => 0.5);
    const first = await c.start('evening');

    const responses = await nextUntilEnd(c, first);

    expect(heard(responses.at(-1)!)).toContain('And that completes your evening routine, 9 minutes. Nicely done.');
  });

  it('after something hurt, the keep-level question keeps the session open', async () => {
    const { c } = userWith({});
    await c.start('workday');
    c.wait(30);
    await c.say('PainIntent');

    const last = await c.say('SkipIntent');

    expect(heard(last).endsWith(
      `${WORKDAY_COUNTED} Since something hurt today, would you like to stay at this level next week instead of moving up?`,
    )).toBe(true);
    expect(last.response.shouldEndSession).toBe(false);
  });

  it.each([
    ['AMAZON.YesIntent', 'Okay, we will stay at this level next week. Goodbye for now.', true],
    ['AMAZON.NoIntent', 'Okay, we will move up when you are ready. Goodbye for now.', false],
  ] as const)('the keep-level question answered with %s: the answer is said, the session ends, the level kept only on "yes"', async (answer, said, kept) => {
    const { c, store } = userWith({});
    await c.start('workday');
    c.wait(30);
    await c.say('PainIntent');
    c.listen(await c.say('SkipIntent'));

    const reply = await c.say(answer);

    expect(heard(reply)).toBe(said);
    expect(reply.response.shouldEndSession).toBe(true);
    expect((await stored(store)).preferences.keepLevel).toBe(kept);
  });

  it('"repeat" over the finished routine\'s last stretch leaves no place saved to resume', async () => {
    const { c, store } = userWith(ONE_EARLIER_SESSION);
    const first = await c.start('workday');
    c.listen(first);
    await c.say('AMAZON.NextIntent');
    c.wait(5);

    await c.say('AMAZON.RepeatIntent');

    expect((await stored(store)).inProgress).toBeUndefined();
  });

  it('"stop" in the second round of the finished routine\'s last stretch leaves no place saved either', async () => {
    const { c, store } = userWith(ONE_EARLIER_SESSION);
    const first = await c.start('workday');
    c.listen(first);
    await c.say('AMAZON.NextIntent');
    c.wait(45);

    const stop = await c.say('AMAZON.StopIntent');

    expect(heard(stop)).toBe('That was the last stretch, so the routine is done and counted. Come out of it slowly, and rest. Goodbye for now.');
    expect((await stored(store)).inProgress).toBeUndefined();
  });

  it('"start over" forgets the holds skipped before it: the evening heard in full after it counts', async () => {
    const { c, store } = userWith(ONE_EARLIER_SESSION);
    await c.start('evening');
    // Five skips at once: the hamstring, TFL, hip flexor, frog and child's pose, 11 of the 21 holds.
    for (let i = 0; i < 5; i++) {
      c.wait(2);
      await c.say('SkipIntent');
    }
    c.wait(2);
    const again = await c.say('AMAZON.StartOverIntent');
    expect(heard(again).startsWith('Starting your evening routine again from the top. Stretch 1 of 9: the standing hamstring stretch.')).toBe(true);

    const responses = await nextUntilEnd(c, again);

    expect(heard(responses.at(-1)!)).toContain('That is your evening routine done: 9 minutes of stretching. Well done.');
    expect((await stored(store)).totals.sessions).toBe(2);
  });
});

describe('how a custom routine ends', () => {
  const FIVE_MINUTES_LOWER_BACK: Parameters<Conversation['say']> = [
    'CustomRoutineIntent',
    ['minutes', '5', '5', 'AMAZON.NUMBER'],
    ['focus', 'lower back', 'lowerBack', 'FocusType'],
  ];

  it('heard in full: the minutes held, 2 for five minutes for the lower back', async () => {
    const { c } = userWith(ONE_EARLIER_SESSION);
    const first = await c.say(...FIVE_MINUTES_LOWER_BACK);

    const responses = await nextUntilEnd(c, first);

    expect(heard(responses.at(-1)!).endsWith(
      `That is your routine for your lower back done: 2 minutes held in the stretches. Well done. ${SUMMARY_OFFER}`,
    )).toBe(true);
  });

  it('skipped through: the end of the custom routine, not counted', async () => {
    const { c, store } = userWith(ONE_EARLIER_SESSION);
    await c.say(...FIVE_MINUTES_LOWER_BACK);
    // Its five stretches: four skips 2 s in, and the last one played with the closing line.
    let last = c.responses.at(-1)!;
    for (let i = 0; i < 4; i++) {
      c.wait(2);
      last = await c.say('SkipIntent');
    }

    expect(heard(last).endsWith(
      `That is the end of your custom routine, with 1 minute of stretching. Most of the holds were skipped, so it does not count toward this week's sessions. ${SUMMARY_OFFER}`,
    )).toBe(true);
    expect((await stored(store)).totals.sessions).toBe(1);
  });
});
