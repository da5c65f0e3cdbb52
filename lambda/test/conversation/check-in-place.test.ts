import { launchPastScreen, talkToSkill } from '../support/harness';
import { heard, holding, MORNING } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * Words the coach cannot place, and "that feels good", by ear through the skill's own source
 * (check-in.test.ts runs the built bundle, which carries no mutant). The morning routine's first
 * stretch, the half-kneeling hip flexor: two rounds on the right (steps 0, 1), two on the left (2, 3).
 * The words are written down from lambda/src/speech/resources/en.ts, first phrasings (random 0).
 */
const EASE_OUT = 'Sorry, I did not catch that, so let us pause. Come gently out of the stretch and take a slow breath.';
const ASK = 'Shall we pick up where you were? Say yes, or stop to finish. And if something hurts, tell me.';

describe('a check-in picks up where the user was', () => {
  it('eases out mid-hold, and "yes" goes back to the side the user was holding', async () => {
    const c = await holding(2, 3);

    const checkIn = await c.say('AMAZON.FallbackIntent');
    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(checkIn)).toBe(`${EASE_OUT} ${ASK}`);
    expect(heard(yes).startsWith('Okay, picking up where you were. Back to the half-kneeling hip flexor stretch, left side.')).toBe(true);
  });

  it('keeps the place of the first check-in when a second one follows', async () => {
    const c = await holding(1, 3);
    await c.say('AMAZON.FallbackIntent');
    c.wait(40);
    await c.say('AMAZON.FallbackIntent');

    const yes = await c.say('AMAZON.YesIntent');

    // Step 1 is the second round on the right: still the right side, not the next stretch.
    expect(heard(yes).startsWith('Okay, picking up where you were. Back to the half-kneeling hip flexor stretch, right side.')).toBe(true);
  });

  it('after "this hurts" stopped the playing, a check-in and "yes" go back to the side that hurt, not on', async () => {
    const c = await holding(2, 3);
    await c.say('PainIntent');
    await c.say('AMAZON.FallbackIntent');

    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(yes).startsWith('Okay, picking up where you were. Back to the half-kneeling hip flexor stretch, left side.')).toBe(true);
  });

  it('after a stretch heard to its end, "carry on" goes on to the next stretch', async () => {
    const c = await holding(3, 120);
    await c.say('AMAZON.FallbackIntent');

    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(yes)).toContain('Okay, picking up where you were. Stretch 2 of 5: cat cow.');
  });

  it('"that feels good" mid-hold: a word that a gentle pull is right, then the same side again', async () => {
    const c = await holding(2, 3);

    const fine = await c.say('DescribeFeelingIntent', ['feeling', 'that feels good']);

    expect(heard(fine).startsWith('Good, a gentle pull is just right. If it ever turns to pain, tell me. Back to the half-kneeling hip flexor stretch, left side.')).toBe(
      true,
    );
  });
});

describe('words the coach cannot place outside a stretch', () => {
  it('mid-screen: not caught, then the open question again', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    await c.launch();

    const again = await c.say('AMAZON.FallbackIntent');

    expect(heard(again)).toBe(
      'Sorry, I did not catch that. First: do you have any numbness, tingling or weakness in your legs, or any trouble controlling your bladder or bowels?',
    );
  });

  it('"that feels good" outside a routine is words not for the coach: what the user can say', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });

    const fine = await c.say('DescribeFeelingIntent', ['feeling', 'that feels good']);

    expect(heard(fine)).toBe(
      'Sorry, I did not catch that. What would you like to do? You can say start morning routine, start evening routine, start workday break, or ask how am I doing.',
    );
  });
});

describe('words the coach cannot place while it waits for an answer', () => {
  it('asked whether to pick up a paused routine: not caught, then the same question', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    c.listen(await launchPastScreen(c));
    await c.say('AMAZON.PauseIntent');
    c.wait(3600);
    await c.launch();

    const again = await c.say('AMAZON.FallbackIntent');

    expect(heard(again)).toBe('Sorry, I did not catch that. Would you like to pick up where you left off? Yes or no.');
  });

  it('after a warning sign stopped today\'s stretching: not caught, then what the user can still ask', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    await launchPastScreen(c);
    await c.say('DescribeFeelingIntent', ['feeling', 'my legs feel numb']);
    c.wait(60);

    const again = await c.say('AMAZON.FallbackIntent');

    expect(heard(again)).toBe('Sorry, I did not catch that. You can ask how am I doing, or say help.');
  });
});
