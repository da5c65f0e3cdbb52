import { localDate } from '../../src/coach/record/calendar';
import { newRecord } from '../../src/coach/record/model';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { Conversation } from '../support/conversation';
import { TEST_USER, repromptOf } from '../support/harness';
import { heard, holding, marksOf } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * Each question asked mid-routine, answered and then carried on from where the user is, by ear
 * through the skill's source (issue 21: coach/questions.ts). First phrasings (random 0); the words
 * are written down from lambda/src/speech/resources/en.ts and the week-1 routines.
 *
 * The workday break for a user with one earlier session (no tip, 8 s to fetch the chair): the
 * seated twist, right hold 40–55 s and left hold 66–81 s into the first response, 15 s a side; then
 * the standing hamstring stretch, 2 × 15 s. The morning's first stretch is the half-kneeling hip
 * flexor, 15 s, two rounds a side (steps 0, 1 right; 2, 3 left).
 */
const AFTERNOON = Date.parse('2026-11-03T13:30:00Z');
const TO_HAMSTRING = 'Say next for the standing hamstring stretch, or repeat to do this one again.';
const SAY_NEXT = 'Say next when you are ready.';
const REST_OF_RIGHT_TWIST =
  'Back into it. Three. Two. One. And release. Now the left side. Sit tall, turn your chest to the left. Hold. Breathe. Three. Two. One. And release. Next: the standing hamstring stretch. Say next when ready.';

/** A user past the first-use screen with one earlier session (so no tip and no reminder offer). */
function returningUser(): Conversation {
  const fresh = newRecord(TEST_USER, { now: AFTERNOON, today: localDate(AFTERNOON) });
  const store = new MemoryProgressStore([
    { ...fresh, version: 1, onboarded: true, sessions: [{ date: '2026-11-02', routine: 'evening', seconds: 540 }], totals: { sessions: 1, seconds: 540 } },
  ]);
  const skill = buildSkill({ store, random: () => 0 });
  return new Conversation((event) => skill.invoke(event), TEST_USER, AFTERNOON);
}

/** A returning user `seconds` into the workday break's first response. */
async function inWorkday(seconds: number): Promise<Conversation> {
  const c = returningUser();
  await c.start('workday');
  c.wait(seconds);
  return c;
}

describe('"how long do I hold this"', () => {
  it('a one-sided stretch held once a side: each side\'s hold, the seconds left, then the rest of the hold', async () => {
    const c = await inWorkday(45);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer)).toBe(`Hold each side for 15 seconds. About 10 seconds left on this one. ${REST_OF_RIGHT_TWIST}`);
    expect(repromptOf(answer)).toBe(TO_HAMSTRING);
  });

  it('a one-sided stretch held twice a side: "each side", and the rounds', async () => {
    const c = await holding(1, 5);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer).startsWith('Hold each side for 15 seconds, 2 times. About 10 seconds left on this one. Back into it. Three. Two. One. And release. Now the left side.')).toBe(true);
  });

  it('a stretch for both sides at once, held once: the hold alone (child\'s pose, 20 s)', async () => {
    const c = returningUser();
    // The evening's fifth stretch: four "next"s 2 s apart, then 20 s into child's pose.
    await c.start('evening');
    for (let i = 0; i < 4; i++) {
      c.wait(2);
      await c.say('AMAZON.NextIntent');
    }
    c.wait(20);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer).startsWith('Hold for 20 seconds. About 18 seconds left on this one. Back into it.')).toBe(true);
  });

  it('while getting into position: the count has not started, and the step is played again', async () => {
    const c = await holding(0, -3);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer).startsWith(
      'Hold each side for 15 seconds, 2 times. You are just getting into position, so the count has not started yet. Stretch 1 of 5: the half-kneeling hip flexor stretch.',
    )).toBe(true);
  });

  it('after the response has ended: the hold is finished, and "say next"', async () => {
    const c = await inWorkday(120);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer)).toBe(`Hold each side for 15 seconds. This hold is finished. ${SAY_NEXT}`);
    expect(repromptOf(answer)).toBe(TO_HAMSTRING);
  });

  it('exactly 3 s left of a hold: those 3 s are held', async () => {
    const c = await inWorkday(52);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer)).toBe(`Hold each side for 15 seconds. About 3 seconds left on this one. ${REST_OF_RIGHT_TWIST}`);
  });

  it('2 s left of the right side\'s hold: the hold is as good as done, on to the left side', async () => {
    const c = await inWorkday(53);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer)).toBe(
      'Hold each side for 15 seconds. About 2 seconds left on this one. Back to the seated twist, left side. Sit on a firm chair. Sit tall, turn your chest to the left. Hold. Breathe. Three. Two. One. And release. Next: the standing hamstring stretch. Say next when ready.',
    );
  });

  it('1 s left of the stretch\'s last hold: nothing left to play of it, "say next"', async () => {
    const c = await inWorkday(80);

    const answer = await c.say('HoldDurationIntent');

    expect(heard(answer)).toBe(`Hold each side for 15 seconds. About 1 second left on this one. ${SAY_NEXT}`);
    expect(repromptOf(answer)).toBe(TO_HAMSTRING);
  });
});

describe('"which side am I on"', () => {
  it('held once a side: the side alone', async () => {
    const c = await inWorkday(45);

    const answer = await c.say('WhichSideIntent');

    expect(heard(answer)).toBe(`You are on your right side. ${REST_OF_RIGHT_TWIST}`);
  });

  it('held twice a side: the side and the round', async () => {
    const c = await holding(1, 5);

    const answer = await c.say('WhichSideIntent');

    expect(heard(answer).startsWith('You are on your right side, round 2 of 2. Back into it.')).toBe(true);
  });

  it('a stretch that works both sides: says so', async () => {
    const c = returningUser();
    // The evening's fifth stretch, child's pose: four "next"s 2 s apart, then 1 s into it.
    await c.start('evening');
    for (let i = 0; i < 4; i++) {
      c.wait(2);
      await c.say('AMAZON.NextIntent');
    }
    c.wait(1);

    const answer = await c.say('WhichSideIntent');

    expect(heard(answer).startsWith("This one works both sides at once. Stretch 5 of 9: child's pose.")).toBe(true);
  });
});

describe('"what does this stretch do"', () => {
  it('the stretch\'s name, capitalised, and what it is for, then the rest of the hold', async () => {
    const c = await holding(1, 5);

    const answer = await c.say('WhatDoesThisStretchIntent');

    expect(heard(answer).startsWith(
      'The half-kneeling hip flexor stretch. It lengthens your hip flexors, the muscles at the front of the hip that shorten when you sit for hours and can pull on your lower back. Back into it.',
    )).toBe(true);
  });
});

describe('"how many are left"', () => {
  it('mid-hold: the stretches after this one and their minutes', async () => {
    const c = await holding(1, 5);

    const answer = await c.say('HowManyLeftIntent');

    expect(heard(answer).startsWith('After this, 4 more stretches, about 3 minutes. Back into it.')).toBe(true);
  });

  it('after the response has ended: how many to go, then "say next"', async () => {
    const c = await inWorkday(120);

    const answer = await c.say('HowManyLeftIntent');

    expect(heard(answer)).toBe(`1 more stretch to go, about 1 minute. ${SAY_NEXT}`);
  });

  it('in the last stretch\'s second round: the last stretch, the rest of its hold, and the routine\'s end in the same response', async () => {
    const c = await inWorkday(120);
    const last = await c.say('AMAZON.NextIntent');
    const secondRound = marksOf(last).find((m) => m.step === 3 && m.phase === 'hold')!;
    c.wait(secondRound.start + 5);

    const answer = await c.say('HowManyLeftIntent');

    expect(heard(answer)).toBe(
      'This is the last stretch. Back into it. Three. Two. One. Come up slowly, hands on thighs. That is your workday break done: 1 minute of stretching. Well done. Would you like to hear how your week is going?',
    );
    expect(repromptOf(answer)).toBe('Would you like to hear how your week is going?');
    expect(answer.response.shouldEndSession).toBe(false);
  });
});
