import type { ResponseEnvelope } from 'ask-sdk-model';
import type { CustomSpec } from '../../src/coach/custom-spec';
import type { SessionState } from '../../src/session/session-state';
import { en } from '../../src/speech/resources/en';
import { ssmlOf, words } from '../support/conversation';
import { repromptOf, talkToSkill } from '../support/harness';

process.env.HIP_COACH_QUIET = '1';

/**
 * The custom-routine requests that get words instead of a routine (coach/custom-turns.ts), by ear
 * through the skill's source: the words are written down from lambda/src/speech/resources/en.ts.
 */
const EVENING = Date.parse('2026-11-03T20:45:00Z');

function customOf(response: ResponseEnvelope): CustomSpec | undefined {
  return (response.sessionAttributes as { hipCoach: { s: SessionState } }).hipCoach.s.routine?.custom;
}

describe('a custom routine asked for in ways that need an answer first', () => {
  it('a body part no focus covers: the focuses it can fit, the session open', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    const reply = await c.say('CustomRoutineIntent', ['minutes', '10', '10', 'AMAZON.NUMBER'], ['focus', 'my elbows']);
    expect(words(ssmlOf(reply))).toBe(en.custom.unknownFocus);
    expect(repromptOf(reply)).toBe(en.custom.unknownFocus);
    expect(reply.response.shouldEndSession).toBe(false);
  });

  it('"something shorter" with nothing offered, playing or done: shorter than what?', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    const reply = await c.say('ShorterIntent');
    expect(words(ssmlOf(reply))).toBe(en.custom.nothingToCompare);
    expect(repromptOf(reply)).toBe(en.custom.ask);
  });

  it('a focus with minutes heard that are no length ("a lot"): how many minutes?', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    const reply = await c.say('CustomRoutineIntent', ['minutes', 'a lot'], ['focus', 'hips', 'hips', 'FocusType']);
    expect(words(ssmlOf(reply))).toBe(en.custom.ask);
    expect(repromptOf(reply)).toBe(en.custom.ask);
  });

  it('minutes heard that are no length ("a lot") and nothing else: how many minutes?, never "did not catch that"', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    const reply = await c.say('CustomRoutineIntent', ['minutes', 'a lot']);
    expect(words(ssmlOf(reply))).toBe('How many minutes do you have? I can fit a routine of two to thirty minutes.');
    expect(repromptOf(reply)).toBe('How many minutes do you have? I can fit a routine of two to thirty minutes.');
    expect(reply.response.shouldEndSession).toBe(false);
  });

  it('one minute: out of range, asked again', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    const reply = await c.say('CustomRoutineIntent', ['minutes', '1', '1', 'AMAZON.NUMBER']);
    expect(words(ssmlOf(reply))).toBe(en.custom.outOfRange);
    expect(repromptOf(reply)).toBe(en.custom.ask);
  });

  it('a focus with no minutes in the evening: the evening window\'s middle, 15 minutes', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    const reply = await c.say('CustomRoutineIntent', ['focus', 'hips', 'hips', 'FocusType']);
    expect(customOf(reply)).toMatchObject({ minutes: 15, focus: 'hips', time: 'evening' });
  });

  it('"shorter" than a 2 minute routine in progress: the shortest there is', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    await c.say('CustomRoutineIntent', ['minutes', '2', '2', 'AMAZON.NUMBER']);
    const reply = await c.say('ShorterIntent');
    expect(words(ssmlOf(reply))).toBe(`${en.custom.atShortest} ${en.custom.ask}`);
    expect(repromptOf(reply)).toBe(en.custom.ask);
  });

  it('"longer" than a 30 minute routine in progress: the longest there is', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    await c.say('CustomRoutineIntent', ['minutes', '30', '30', 'AMAZON.NUMBER']);
    const reply = await c.say('LongerIntent');
    expect(words(ssmlOf(reply))).toBe(`${en.custom.atLongest} ${en.custom.ask}`);
  });
});
