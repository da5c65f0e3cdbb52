import { en } from '../../src/speech/resources/en';
import { ssmlOf, words } from '../support/conversation';
import { repromptOf, talkToSkill } from '../support/harness';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

describe('StartRoutineIntent', () => {
  it('puts a new user through the two-question screen before starting the evening routine they asked for in one shot', async () => {
    const { conversation: c } = talkToSkill();
    const firstStretch = en.stretch.standingHamstring.name; // the evening routine opens with it

    const asked = await c.start('evening');
    const second = await c.say('AMAZON.NoIntent');
    const started = await c.say('AMAZON.NoIntent');

    expect(words(ssmlOf(asked))).toContain(en.screen.q1);
    expect(words(ssmlOf(asked))).not.toContain(firstStretch);
    expect(words(ssmlOf(second))).toContain(en.screen.q2);
    const heard = words(ssmlOf(started));
    expect(heard).toContain(en.screen.clear);
    expect(heard).toContain('evening routine');
    expect(heard).toContain(`Stretch 1 of 9: ${firstStretch}`);
    expect(started.response.shouldEndSession).toBe(false);
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });

  it('starts the routine asked for, not the one for the time of day, after the screen', async () => {
    const { conversation: c } = talkToSkill();
    c.now = Date.parse('2026-11-03T07:30:00Z');

    await c.start('evening');
    await c.say('AMAZON.NoIntent');
    const started = await c.say('AMAZON.NoIntent');

    expect(words(ssmlOf(started))).toContain('Here is your evening routine');
  });

  it('remembers the screen was given: the next session starts the routine straight away', async () => {
    const { conversation: c, store } = talkToSkill();
    await c.start('workday');
    await c.say('AMAZON.NoIntent');
    await c.say('AMAZON.NoIntent');
    await c.say('AMAZON.StopIntent');

    const again = await c.start('workday');

    expect(words(ssmlOf(again))).toContain('Here is your workday break');
    expect(words(ssmlOf(again))).not.toContain(en.screen.q1);
    expect(store.writes).toBeGreaterThan(0);
  });

  it('ends the session with a referral when a new user answers yes to a screening question', async () => {
    const { conversation: c } = talkToSkill();
    await c.start('evening');

    const referred = await c.say('AMAZON.YesIntent');

    expect(words(ssmlOf(referred))).toContain('please do not stretch today');
    expect(referred.response.shouldEndSession).toBe(true);
  });

  it('lists the routines for an unknown routine and keeps the session open for the answer', async () => {
    const { conversation: c } = talkToSkill();

    const response = await c.say('StartRoutineIntent', ['routine', 'banana', undefined, 'RoutineType']);

    const heard = words(ssmlOf(response));
    expect(heard).toContain('I do not know a banana routine');
    expect(heard).toMatch(/morning/);
    expect(heard).toMatch(/evening/);
    expect(heard).toMatch(/workday break/);
    expect(response.response.shouldEndSession).toBe(false);
    expect(repromptOf(response)).toBe(en.routineAsk);
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });

  it('asks which routine when none is named', async () => {
    const { conversation: c } = talkToSkill();

    const response = await c.say('StartRoutineIntent');

    expect(words(ssmlOf(response))).toBe(en.routineAsk);
    expect(response.response.shouldEndSession).toBe(false);
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});
