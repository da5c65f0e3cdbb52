import type { ResponseEnvelope } from 'ask-sdk-model';
import { localDate } from '../../src/coach/record/calendar';
import { newRecord } from '../../src/coach/record/model';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { Conversation } from '../support/conversation';
import { TEST_USER, repromptOf } from '../support/harness';
import { heard } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * "Make it easier" and "make it harder" mid-stretch, and a condition said mid-routine, by ear
 * through the skill's source (issue 21: coach/adjust.ts). First phrasings (random 0); the words are
 * written down from lambda/src/speech/resources/en.ts and the routines' hold ranges: the seated
 * twist holds 15–30 s, 15 s in week 1 and 25 s in week 3 (5 s a step); with a hip or back injury
 * every hold starts at its shortest.
 */
const AFTERNOON = Date.parse('2026-11-03T13:30:00Z');
const TWIST = 'Stretch 1 of 2: the seated twist. Sit on a firm chair.';
const GENTLEST = 'This is already the gentlest version and the shortest hold. If it still does not feel right, say skip.';
const LONGEST = 'This is already the longest hold I will coach for this stretch. Longer holds do not add much.';
const ASK = 'What would you like to do?';

/** A user with one earlier session, in program week `week`, 45 s into `routine` (mid-hold), after saying `condition` if given. */
async function holdingIn(routine: string, week: number, condition?: [string, string]): Promise<Conversation> {
  const fresh = newRecord(TEST_USER, { now: AFTERNOON, today: localDate(AFTERNOON) });
  const store = new MemoryProgressStore([
    {
      ...fresh,
      version: 1,
      onboarded: true,
      program: { ...fresh.program, week },
      sessions: [{ date: '2026-11-02', routine: 'evening', seconds: 540 }],
      totals: { sessions: 1, seconds: 540 },
    },
  ]);
  const skill = buildSkill({ store, random: () => 0 });
  const c = new Conversation((event) => skill.invoke(event), TEST_USER, AFTERNOON);
  if (condition) await c.say('ConditionIntent', ['condition', ...condition]);
  await c.start(routine);
  c.wait(45);
  return c;
}

/** Says each intent in turn, 3 s apart: the responses. */
async function sayEach(c: Conversation, intents: readonly string[]): Promise<ResponseEnvelope[]> {
  const replies: ResponseEnvelope[] = [];
  for (const name of intents) {
    replies.push(await c.say(name));
    c.wait(3);
  }
  return replies;
}

describe('"make it harder" and "make it easier" on a stretch with no gentler version', () => {
  it('week 1: harder climbs 5 s at a time to the longest hold, then says so and asks what next', async () => {
    const c = await holdingIn('workday', 1);

    const [first, second, third, fourth] = await sayEach(c, ['HarderIntent', 'HarderIntent', 'HarderIntent', 'HarderIntent']);

    expect(heard(first!).startsWith(`Okay, longer holds for the rest of this session: 20 seconds. ${TWIST}`)).toBe(true);
    expect(heard(second!).startsWith(`Okay, longer holds for the rest of this session: 25 seconds. ${TWIST}`)).toBe(true);
    expect(heard(third!).startsWith(`Okay, longer holds for the rest of this session: 30 seconds. ${TWIST}`)).toBe(true);
    expect(heard(fourth!)).toBe(LONGEST);
    expect(repromptOf(fourth!)).toBe(ASK);
  });

  it('week 1: easier at the shortest hold says it is the gentlest already', async () => {
    const c = await holdingIn('workday', 1);

    const easier = await c.say('EasierIntent');

    expect(heard(easier)).toBe(GENTLEST);
    expect(repromptOf(easier)).toBe(ASK);
  });

  it('week 3: easier goes down from 25 s, 5 s at a time, and replays the stretch', async () => {
    const c = await holdingIn('workday', 3);

    const [first, second] = await sayEach(c, ['EasierIntent', 'EasierIntent']);

    expect(heard(first!).startsWith(`Okay, shorter holds for the rest of this session: 20 seconds. ${TWIST}`)).toBe(true);
    expect(heard(second!).startsWith(`Okay, shorter holds for the rest of this session: 15 seconds. ${TWIST}`)).toBe(true);
  });

  it('week 3: harder goes up from 25 s', async () => {
    const c = await holdingIn('workday', 3);

    const harder = await c.say('HarderIntent');

    expect(heard(harder).startsWith(`Okay, longer holds for the rest of this session: 30 seconds. ${TWIST}`)).toBe(true);
  });

  it.each([
    ['a hip injury', 'hipInjury'],
    ['a back injury', 'backInjury'],
  ])('week 3 with %s: the holds start at the shortest, so harder is 20 s and easier from there the gentlest', async (said, condition) => {
    const c = await holdingIn('workday', 3, [said, condition]);

    const [harder, easier, again] = await sayEach(c, ['HarderIntent', 'EasierIntent', 'EasierIntent']);

    expect(heard(harder!).startsWith(`Okay, longer holds for the rest of this session: 20 seconds. ${TWIST}`)).toBe(true);
    expect(heard(easier!).startsWith(`Okay, shorter holds for the rest of this session: 15 seconds. ${TWIST}`)).toBe(true);
    expect(heard(again!)).toBe(GENTLEST);
  });
});

describe('"make it harder" on a stretch after the first', () => {
  it('week 1, the workday\'s standing hamstring (15–30 s): its own holds climb, 20 s, 25 s, 30 s, then the longest', async () => {
    const c = await holdingIn('workday', 1);
    c.wait(80);
    await c.say('AMAZON.NextIntent');
    c.wait(20);

    const [first, second, third, fourth] = await sayEach(c, ['HarderIntent', 'HarderIntent', 'HarderIntent', 'HarderIntent']);

    expect(heard(first!).startsWith('Okay, longer holds for the rest of this session: 20 seconds. Last one: the standing hamstring stretch.')).toBe(true);
    expect(heard(second!).startsWith('Okay, longer holds for the rest of this session: 25 seconds. Last one: the standing hamstring stretch.')).toBe(true);
    expect(heard(third!).startsWith('Okay, longer holds for the rest of this session: 30 seconds. Last one: the standing hamstring stretch.')).toBe(true);
    expect(heard(fourth!)).toBe(LONGEST);
  });
});

describe('"make it easier" on a stretch with a gentler version', () => {
  it('week 3, the evening\'s standing hamstring: first the seated one, then a shorter hold, then the gentlest', async () => {
    const c = await holdingIn('evening', 3);

    const [variant, shorter, limit] = await sayEach(c, ['EasierIntent', 'EasierIntent', 'EasierIntent']);

    expect(heard(variant!).startsWith(
      'Okay, switching to the seated hamstring stretch for the rest of this session. Stretch 1 of 9: the seated hamstring stretch. Down to the floor, no rush.',
    )).toBe(true);
    expect(repromptOf(variant!)).toBe('Say next for the standing side hip stretch, or repeat to do this one again.');
    expect(heard(shorter!).startsWith(
      'Okay, shorter holds for the rest of this session: 20 seconds. Stretch 1 of 9: the seated hamstring stretch.',
    )).toBe(true);
    expect(heard(limit!)).toBe(GENTLEST);
  });
});

describe('"make it easier" on a later stretch with no gentler version', () => {
  it('week 3, the evening\'s second stretch, the standing side hip stretch, already at its shortest hold: the gentlest, not another stretch', async () => {
    const c = await holdingIn('evening', 3);
    c.wait(2);
    await c.say('AMAZON.NextIntent');
    c.wait(20);

    const easier = await c.say('EasierIntent');

    expect(heard(easier)).toBe(GENTLEST);
  });
});

describe('a condition said mid-routine', () => {
  it('groin pain over the evening\'s last stretch, which it rules out: its line, then the routine\'s end', async () => {
    const c = await holdingIn('evening', 1);
    for (let i = 0; i < 8; i++) {
      c.wait(2);
      await c.say('AMAZON.NextIntent');
    }
    c.wait(20);

    const said = await c.say('ConditionIntent', ['condition', 'groin pain', 'groinPain']);

    expect(heard(said)).toBe(
      "Thanks for telling me. With groin pain, we will leave out deep hip folding and rotation stretches today, or use gentler versions. That is the end of your evening routine, with 0 minutes of stretching. Most of the holds were skipped, so it does not count toward this week's sessions. Would you like to hear how your week is going?",
    );
    expect(said.response.shouldEndSession).toBe(false);
  });
});
