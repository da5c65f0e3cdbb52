import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { Conversation } from '../support/conversation';
import { onboardedRecord, repromptOf, talkToSkill } from '../support/harness';
import { heard, holding, MORNING } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * The safety answers by ear through the skill's own source (safety-by-voice.test.ts runs the built
 * bundle, which carries no mutant): warning-sign slots read with the words heard in them, a cramp
 * said in the user's own words, a condition said mid-stretch, mid-screen and outside a routine, and
 * "this hurts" keeping the side it stopped. A new user in the morning routine's first stretch, the
 * half-kneeling hip flexor: two rounds on the right (steps 0, 1), two on the left (2, 3).
 * The words are written down from lambda/src/speech/resources/en.ts, first phrasings (random 0).
 */
const NO_RESUME = 'We will not continue stretching today.';
const SADDLE_URGENT =
  'I am stopping the routine now. Numbness around the groin, bottom or between the legs can be a sign of pressure on the nerves at the base of the spine, and it needs urgent medical help. Please call emergency services now.';
const NUMB_REFERRAL =
  'I am stopping the routine now. Numbness, or a part of you you cannot feel properly, is something to get checked: please leave the stretching for today and speak to a doctor or physical therapist soon.';
const CRAMP_ONWARD = 'When it has eased, we can take the next stretch whenever you are ready, or say skip to leave this one out.';
const CRAMP = `That sounds like a cramp. Come gently out of the stretch. Ease the muscle the other way, rub it, and breathe. A cramp passes on its own in a minute or so, and it is not a sign of harm. ${CRAMP_ONWARD}`;
const GROIN_PAIN = 'Thanks for telling me. With groin pain, we will leave out deep hip folding and rotation stretches today, or use gentler versions.';
const NOT_REMEMBERED = 'I will not remember this after today.';
const OPTIONS = 'You can say start morning routine, start evening routine, or start workday break.';

describe('a warning sign is read with the words heard in its slots', () => {
  it('"numb down there": the body-part words Alexa could not resolve make it saddle numbness, urgent', async () => {
    const c = await holding(2, 3);

    const warned = await c.say('WarningSignIntent', ['symptom', 'numb', 'numbness'], ['bodyPart', 'down there']);

    expect(heard(warned)).toBe(`${SADDLE_URGENT} ${NO_RESUME}`);
    expect(warned.response.shouldEndSession).toBe(true);
  });

  it('"numb" with no body part is numbness: referred soon, not to the emergency line', async () => {
    const c = await holding(2, 3);

    const warned = await c.say('WarningSignIntent', ['symptom', 'numb', 'numbness']);

    expect(heard(warned)).toBe(`${NUMB_REFERRAL} ${NO_RESUME}`);
  });

  it('a cramp named in the symptom slot eases out, and the routine waits at this stretch', async () => {
    const c = await holding(2, 3);

    const cramp = await c.say('WarningSignIntent', ['symptom', 'a cramp', 'cramp'], ['bodyPart', 'calf', 'leg']);

    expect(heard(cramp)).toBe(CRAMP);
    expect(repromptOf(cramp)).toBe(CRAMP_ONWARD);
    expect(cramp.response.shouldEndSession).toBe(false);
  });
});

describe('a warning sign with only the body-part slot, in French', () => {
  it('"plus rien dans les jambes" alone is read from its first word: both legs, urgent', async () => {
    // The French words for numbness are anchored at the start of what was heard ("plus rien …"),
    // so the body-part words must reach the reader as said, with nothing before them.
    const userId = 'amzn1.ask.account.safety-answers-fr';
    const skill = buildSkill({ store: new MemoryProgressStore([onboardedRecord(userId, MORNING)]), random: () => 0 });
    const c = new Conversation((event) => skill.invoke(event), userId, MORNING, {}, 'fr-FR');
    await c.launch();

    const warned = await c.say('WarningSignIntent', ['bodyPart', 'plus rien dans les jambes']);

    expect(heard(warned)).toBe(
      "J'arrête la routine maintenant. Une faiblesse ou un engourdissement dans les deux jambes : cela peut être le signe d'une compression des nerfs à la base de la colonne, et cela demande une aide médicale urgente. Appelez le quinze, le Samu, tout de suite. On ne reprend pas les étirements aujourd'hui.",
    );
  });
});

describe('the safety catch-all hears a cramp in the user\'s own words', () => {
  it('"my calf is cramping" mid-hold: the cramp answer, not a check-in', async () => {
    const c = await holding(2, 3);

    const cramp = await c.say('DescribeFeelingIntent', ['feeling', 'my calf is cramping']);

    expect(heard(cramp)).toBe(CRAMP);
    expect(repromptOf(cramp)).toBe(CRAMP_ONWARD);
  });
});

describe('"this hurts" keeps the side it stopped', () => {
  it('stopped on the left side, the session timing out: next time "yes" picks up the left side, not the right', async () => {
    const c = await holding(2, 3);
    await c.say('PainIntent');
    await c.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    c.wait(600);

    const again = await c.launch();
    const yes = await c.say('AMAZON.YesIntent');

    expect(heard(again)).toBe(
      'Welcome back to Hip Coach. You stopped partway through your morning routine, at the half-kneeling hip flexor stretch. Would you like to pick up where you left off?',
    );
    expect(heard(yes).startsWith('Back to the half-kneeling hip flexor stretch, left side. Down to the floor, no rush. Your left knee down on the cushion')).toBe(true);
  });
});

describe('a condition said mid-stretch changes the stretch in progress', () => {
  it('"I have bad knees" mid-hold: its line, then the standing hip flexor in place of the kneeling one', async () => {
    const c = await holding(2, 3);

    const changed = await c.say('ConditionIntent', ['condition', 'bad knees', 'kneeProblem']);

    expect(
      heard(changed).startsWith(
        'Thanks for telling me. To spare your knees, we will swap kneeling stretches for easier ones today. Stretch 1 of 5: the standing hip flexor stretch. Stand in a doorway',
      ),
    ).toBe(true);
    expect(repromptOf(changed)).toBe('Say next for pelvic tilts, or repeat to do this one again.');
  });

  it('a condition Alexa could not resolve ("a dodgy ankle") is taken gently: short holds, not a check-in', async () => {
    const c = await holding(2, 3);

    const changed = await c.say('ConditionIntent', ['condition', 'a dodgy ankle']);

    expect(
      heard(changed).startsWith(
        'Thanks for telling me. We will keep everything gentle today, with short holds. Stretch 1 of 5: the half-kneeling hip flexor stretch.',
      ),
    ).toBe(true);
    // The shortest hold: a three-second count, no "Ten seconds".
    expect(heard(changed)).toContain('Hold. Breathe. Three. Two. One. And release.');
    expect(heard(changed)).not.toContain('Ten seconds');
  });

  it('the condition intent with no word of the condition: a check-in mid-stretch', async () => {
    const c = await holding(2, 3);

    const unsure = await c.say('ConditionIntent');

    expect(heard(unsure)).toBe(
      'Sorry, I did not catch that, so let us pause. Come gently out of the stretch and take a slow breath. Shall we pick up where you were? Say yes, or stop to finish. And if something hurts, tell me.',
    );
  });
});

describe('a condition said outside a routine', () => {
  it('mid-screen: its line, the note, the open question again, and "yes or no" as the reprompt', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    await c.launch();

    const said = await c.say('ConditionIntent', ['condition', 'groin pain', 'groinPain']);

    expect(heard(said)).toBe(
      `${GROIN_PAIN} ${NOT_REMEMBERED} First: do you have any numbness, tingling or weakness in your legs, or any trouble controlling your bladder or bowels?`,
    );
    expect(repromptOf(said)).toBe('Please answer yes or no.');
  });

  it('past the screen, with nothing asked: its line, the note, and the ways to start, also as the reprompt', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING, onboarded: true });
    await c.launch();

    const said = await c.say('ConditionIntent', ['condition', 'groin pain', 'groinPain']);

    expect(heard(said)).toBe(`${GROIN_PAIN} ${NOT_REMEMBERED} ${OPTIONS}`);
    expect(repromptOf(said)).toBe(OPTIONS);
  });
});
