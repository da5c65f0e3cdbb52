import { repromptOf, talkToSkill } from '../support/harness';
import { heard, holding, MORNING } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * What "yes", "no", "start …" and "resume" answer, by ear through the skill's source: the screen,
 * the suggestion, the resume offer, a check-in, nothing asked, and a warning sign earlier today.
 * The words are written down from lambda/src/speech/resources/en.ts, first phrasings (random 0).
 * At 7:15 in the morning the suggested routine is the morning one.
 */
const NO_RESUME = 'We will not continue stretching today.';
const OPTIONS = 'You can say start morning routine, start evening routine, or start workday break.';
const NOTHING_PENDING = 'Say start evening routine, start morning routine, or start workday break.';
const Q1 = 'First: do you have any numbness, tingling or weakness in your legs, or any trouble controlling your bladder or bowels?';
const CHECK_IN =
  'Sorry, I did not catch that, so let us pause. Come gently out of the stretch and take a slow breath. Shall we pick up where you were? Say yes, or stop to finish. And if something hurts, tell me.';

describe('after a warning sign, later the same day', () => {
  it('"start evening routine" and "resume" are no more stretching today; a bare "yes" starts nothing', async () => {
    const c = await holding(2, 3);
    await c.say('WarningSignIntent', ['symptom', 'numb', 'numbness']);
    c.wait(60);
    await c.launch();

    const start = await c.start('evening');
    const resume = await c.say('AMAZON.ResumeIntent');
    const yes = await c.say('AMAZON.YesIntent');

    expect([heard(start), heard(resume)]).toEqual([NO_RESUME, NO_RESUME]);
    expect(start.response.shouldEndSession).toBe(true);
    expect(heard(yes)).toBe(NOTHING_PENDING);
    expect(repromptOf(yes)).toBe(OPTIONS);
  });
});

describe('the first-use screen', () => {
  it('"start workday break" mid-screen asks the open question again, and the break starts once it is answered', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    await c.launch();

    const start = await c.start('workday');
    await c.say('AMAZON.NoIntent');
    const begun = await c.say('AMAZON.NoIntent');

    expect(heard(start)).toBe(`We will start as soon as you have answered, yes or no. ${Q1}`);
    expect(repromptOf(start)).toBe('Please answer yes or no.');
    // Not the morning routine the hour would suggest: the one asked for.
    expect(heard(begun).startsWith('Thanks. Then let us begin gently. Here is your workday break: 2 stretches')).toBe(true);
  });

  it('"yes" to the second question: the referral, and the session closes', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    await c.launch();
    await c.say('AMAZON.NoIntent');

    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(yes)).toBe(
      'Thank you for telling me. With that, please do not stretch today: see a doctor or physical therapist first, and if you have trouble with your bladder or bowels, numbness between your legs, or sudden leg weakness, call emergency services now. Take care.',
    );
    expect(yes.response.shouldEndSession).toBe(true);
  });
});

describe('"start a routine" with no routine named', () => {
  it('asks which, and "yes" starts the one the hour suggests (the morning routine at 7:15)', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });
    await c.launch();

    const ask = await c.say('StartRoutineIntent');
    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(ask)).toBe('Which routine: morning, evening, or workday break?');
    expect(repromptOf(ask)).toBe('Which routine: morning, evening, or workday break?');
    expect(heard(yes).startsWith('Here is your morning routine: 5 stretches, about 6 minutes.')).toBe(true);
  });

  it('"no" to it: the ways to start; a "yes" after that starts nothing', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });
    await c.launch();
    await c.say('StartRoutineIntent');

    const no = await c.say('AMAZON.NoIntent');
    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(no)).toBe(OPTIONS);
    expect(repromptOf(no)).toBe(OPTIONS);
    expect(heard(yes)).toBe(NOTHING_PENDING);
  });

  it('a bare "no" outside a routine, with nothing asked: the ways to start, not a check-in', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });
    await c.launch();
    await c.say('StartRoutineIntent');
    await c.say('AMAZON.NoIntent');

    const no = await c.say('AMAZON.NoIntent');

    expect(heard(no)).toBe(NOTHING_PENDING);
  });
});

describe('mid-routine', () => {
  it('"no" to a check-in ends safely, the place saved', async () => {
    const c = await holding(2, 3);
    await c.say('AMAZON.FallbackIntent');

    const no = await c.say('AMAZON.NoIntent');

    expect(heard(no)).toBe('I have saved your place, so you can start from there next time. Goodbye for now.');
    expect(no.response.shouldEndSession).toBe(true);
  });

  it('a bare "no" with nothing asked is a check-in, not a guess', async () => {
    const c = await holding(2, 3);

    const no = await c.say('AMAZON.NoIntent');

    expect(heard(no)).toBe(CHECK_IN);
    expect(repromptOf(no)).toBe('Shall we pick up where you were? Say yes, or stop to finish. And if something hurts, tell me.');
  });

  it('a bare "yes" with nothing asked goes on to the next stretch', async () => {
    const c = await holding(2, 3);

    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(yes)).toContain('Stretch 2 of 5: cat cow.');
  });

  it('"resume" after a check-in picks up the side the user was holding', async () => {
    const c = await holding(2, 3);
    await c.say('AMAZON.FallbackIntent');

    const resume = await c.say('AMAZON.ResumeIntent');

    expect(heard(resume).startsWith('Okay, picking up where you were. Back to the half-kneeling hip flexor stretch, left side.')).toBe(true);
  });
});

describe('the resume offer', () => {
  it('"no": a fresh start, the place forgotten, and "yes" then starts the suggested routine from its first stretch', async () => {
    const c = await holding(2, 3);
    await c.say('AMAZON.PauseIntent');
    c.wait(600);
    await c.launch();

    const no = await c.say('AMAZON.NoIntent');
    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(no)).toBe('Okay, a fresh start then. Would you like to start your morning routine?');
    expect(repromptOf(no)).toBe(OPTIONS);
    expect(heard(yes)).toContain('Stretch 1 of 5: the half-kneeling hip flexor stretch. Down to the floor, no rush. Your right knee down');
  });

  it('"no", then the session times out: the next launch offers no paused routine, and "resume" finds none', async () => {
    const c = await holding(2, 3);
    await c.say('AMAZON.PauseIntent');
    c.wait(600);
    await c.launch();
    await c.say('AMAZON.NoIntent');
    await c.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    c.wait(600);

    const again = await c.launch();
    const resume = await c.say('AMAZON.ResumeIntent');

    expect(heard(again)).toBe('Welcome back to Hip Coach. Would you like to start your morning routine?');
    expect(heard(resume)).toBe(`There is no routine paused right now. ${OPTIONS}`);
  });
});

describe('"delete my data"', () => {
  it('"no" keeps it, and the session stays open', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });
    await c.launch();
    await c.say('DeleteDataIntent');

    const no = await c.say('AMAZON.NoIntent');

    expect(heard(no)).toBe('Okay, I have kept your progress.');
    expect(repromptOf(no)).toBe('What would you like to do?');
  });
});
