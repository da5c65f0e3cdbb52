import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { Conversation } from '../support/conversation';
import { onboardedRecord, repromptOf, talkToSkill } from '../support/harness';
import { heard, holding, MORNING } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * The routine's words (next, pause, easier, harder, how long, how am I doing) where there is no
 * stretch to move: after a warning sign, outside a routine, on the reminder question after the
 * first routine; and "carry on" after a check-in and after a pause. By ear through the skill's
 * source. The words are written down from lambda/src/speech/resources/en.ts, first phrasings.
 * The morning routine's first stretch, the half-kneeling hip flexor: right side steps 0, 1; left 2, 3.
 */
const NO_RESUME = 'We will not continue stretching today.';
const OPTIONS = 'You can say start morning routine, start evening routine, or start workday break.';
const NO_ROUTINE = 'We are not in a stretch right now. Say start evening routine, start morning routine, or start workday break.';
const ADJUST_OUTSIDE =
  'Your holds grow on their own as your program moves up the weeks. During a routine, say make it harder for longer holds, or make it easier for a gentler version.';
const STILL_ASKING = 'There is no stretch going on now. I was asking about a reminder: shall I set it? Say yes or no.';
const BACK_LEFT = 'Back to the half-kneeling hip flexor stretch, left side. Down to the floor, no rush. Your left knee down on the cushion';

describe('after a warning sign, later the same day', () => {
  it('"next" is no more stretching today, and the session closes', async () => {
    const c = await holding(2, 3);
    await c.say('WarningSignIntent', ['symptom', 'numb', 'numbness']);
    c.wait(60);
    await c.launch();

    const next = await c.say('AMAZON.NextIntent');

    expect(heard(next)).toBe(NO_RESUME);
    expect(next.response.shouldEndSession).toBe(true);
  });
});

describe('outside a routine', () => {
  it('"make it easier", "make it harder": how holds grow, and how to change them in a routine; "how long do I hold this": not in a stretch', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });
    await c.launch();

    const easier = await c.say('EasierIntent');
    const harder = await c.say('HarderIntent');
    const howLong = await c.say('HoldDurationIntent');

    expect([heard(easier), heard(harder), heard(howLong)]).toEqual([ADJUST_OUTSIDE, ADJUST_OUTSIDE, NO_ROUTINE]);
    expect([repromptOf(easier), repromptOf(harder), repromptOf(howLong)]).toEqual([OPTIONS, OPTIONS, OPTIONS]);
  });

  it('"let\'s go", "next" with no routine going and none paused: a start, so the question which routine, and "yes" starts the one suggested', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });
    await c.launch();

    const next = await c.say('AMAZON.NextIntent');
    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(next)).toBe('Which routine: morning, evening, or workday break?');
    expect(repromptOf(next)).toBe('Which routine: morning, evening, or workday break?');
    expect(heard(yes)).toContain('half-kneeling hip flexor stretch');
  });

  it('"pause" with nothing playing: nothing to pause, and the ways to start', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });
    await c.launch();

    const pause = await c.say('AMAZON.PauseIntent');

    expect(heard(pause)).toBe(`There is no routine paused right now. ${OPTIONS}`);
    expect(repromptOf(pause)).toBe(OPTIONS);
  });

  it('"how am I doing" reprompts with the ways to start; inside a routine with "say next"', async () => {
    const outside = talkToSkill({ now: MORNING, onboarded: true }).conversation;
    await outside.launch();
    const inside = await holding(2, 3);

    const out = await outside.say('ProgressIntent');
    const mid = await inside.say('ProgressIntent');

    expect(heard(out)).toBe('You have not finished a routine yet. Start one and I will keep track of your weeks.');
    expect(repromptOf(out)).toBe(OPTIONS);
    expect(heard(mid)).toBe('You have not finished a routine yet. Start one and I will keep track of your weeks. Say next when you are ready.');
    expect(repromptOf(mid)).toBe('Say next when you are ready.');
  });
});

describe('on the reminder question after the first routine', () => {
  it('"make it easier" and "make it harder" ask the question again, still open', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    let r = await c.startPastScreen('workday');
    // The week-1 workday break is two stretches: one "next" plays the last, which ends with the offer.
    c.listen(r);
    r = await c.say('AMAZON.NextIntent');
    expect(heard(r).endsWith('the 3 days a week your program asks for now. Shall I?')).toBe(true);
    // Heard to its end: said over the last stretch, "easier" would be about that stretch.
    c.listen(r);

    const easier = await c.say('EasierIntent');
    const harder = await c.say('HarderIntent');

    expect([heard(easier), heard(harder)]).toEqual([STILL_ASKING, STILL_ASKING]);
    expect([repromptOf(easier), repromptOf(harder)]).toEqual(['Shall I set that reminder? Say yes or no.', 'Shall I set that reminder? Say yes or no.']);
  });
});

describe('"carry on"', () => {
  it('after a check-in mid-hold: back to the side the user was holding, not the next stretch', async () => {
    const c = await holding(2, 3);
    await c.say('AMAZON.FallbackIntent');

    const next = await c.say('AMAZON.NextIntent');

    expect(heard(next).startsWith(`Okay, picking up where you were. ${BACK_LEFT}`)).toBe(true);
  });

  it('"skip" after a check-in is still a skip: this stretch left out, on to cat cow', async () => {
    const c = await holding(2, 3);
    await c.say('AMAZON.FallbackIntent');

    const skip = await c.say('SkipIntent');

    expect(heard(skip).startsWith('Skipping the half-kneeling hip flexor stretch. Stretch 2 of 5: cat cow.')).toBe(true);
  });

  it('after "pause" closed the session: the paused place, the left side', async () => {
    const c = await holding(2, 3);
    const paused = await c.say('AMAZON.PauseIntent');
    c.wait(600);

    const next = await c.say('AMAZON.NextIntent');

    expect(heard(paused)).toBe('Paused at the half-kneeling hip flexor stretch. When you are ready, say: Alexa, ask hip coach to resume.');
    expect(paused.response.shouldEndSession).toBe(true);
    expect(heard(next).startsWith(BACK_LEFT)).toBe(true);
  });
});

describe('after "pause" closed the session', () => {
  it('"skip" in the new session skips the paused stretch: on to cat cow', async () => {
    const c = await holding(2, 3);
    await c.say('AMAZON.PauseIntent');
    c.wait(600);

    const skip = await c.say('SkipIntent');

    expect(heard(skip).startsWith('Skipping the half-kneeling hip flexor stretch. Stretch 2 of 5: cat cow.')).toBe(true);
    expect(skip.response.shouldEndSession).toBe(false);
  });
});

describe('mid-stretch', () => {
  it('"make it easier" switches to the gentler variant; "make it harder" lengthens the hold instead', async () => {
    const one = await holding(2, 3);
    const other = await holding(2, 3);

    const easier = await one.say('EasierIntent');
    const harder = await other.say('HarderIntent');

    expect(heard(easier).startsWith('Okay, switching to the standing hip flexor stretch for the rest of this session. Stretch 1 of 5: the standing hip flexor stretch.')).toBe(true);
    expect(heard(harder).startsWith('Okay, longer holds for the rest of this session: 20 seconds. Stretch 1 of 5: the half-kneeling hip flexor stretch.')).toBe(true);
  });

  it('"tell me more" to a user who knows the stretch: the full setup cues, where the stretch itself gave the short ones', async () => {
    // Met twice before: the coach gives the short cue from now on.
    const userId = 'amzn1.ask.account.routine-words-met';
    const record = { ...onboardedRecord(userId, MORNING), met: { kneelingHipFlexor: 2 } };
    const skill = buildSkill({ store: new MemoryProgressStore([record]), random: () => 0 });
    const c = new Conversation((event) => skill.invoke(event), userId, MORNING);
    const started = await c.start('morning');
    c.wait(10);

    const more = await c.say('TellMeMoreIntent');

    expect(heard(started)).toContain('Down to the floor, no rush. Your right knee down, left foot forward, tuck your tailbone. Hold.');
    expect(heard(more).startsWith(
      'Stretch 1 of 5: the half-kneeling hip flexor stretch. Down to the floor, no rush. Your right knee down on the cushion, left foot flat in front, chest tall. Tuck your tailbone under',
    )).toBe(true);
  });
});
