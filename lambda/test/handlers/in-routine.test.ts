import { WEEK_ONE_STRETCHES } from '../support/routine-run';
import { en } from '../../src/speech/resources/en';
import { ssmlOf, words } from '../support/conversation';
import { repromptOf, talkToSkill } from '../support/harness';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

// The evening routine: nine stretches, the first (standing hamstring) held 20 s twice in week 1.
const nameAt = (index: number): string => en.stretch[WEEK_ONE_STRETCHES.evening[index]!].name;

describe('AMAZON.HelpIntent', () => {
  it('lists the routines outside a routine, with the safety line, and keeps the session open', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });

    const help = await c.say('AMAZON.HelpIntent');

    const heard = words(ssmlOf(help));
    expect(heard).toContain(en.help.outside);
    expect(heard).toContain('not medical advice');
    expect(help.response.shouldEndSession).toBe(false);
    expect(repromptOf(help)).toBe(en.help.reprompt);
  });

  it('names the stretch in progress and how to move on inside a routine, unlike outside', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });
    const outside = words(ssmlOf(await c.say('AMAZON.HelpIntent')));
    c.listen(c.responses.at(-1)!);
    const started = await c.start('evening');
    c.listen(started);

    const inside = words(ssmlOf(await c.say('AMAZON.HelpIntent')));

    expect(inside).not.toBe(outside);
    expect(inside).toContain(`You are in ${nameAt(0)}`);
    expect(inside).toContain('Say next to move on');
    expect(inside).not.toContain(en.help.outside);
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});

describe('AMAZON.StopIntent', () => {
  it('says goodbye and how many stretches were done inside a routine, and ends the session', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });
    c.listen(await c.start('evening'));
    await c.say('AMAZON.NextIntent');
    c.wait(20); // partway through the second stretch

    const stop = await c.say('AMAZON.StopIntent');

    const heard = words(ssmlOf(stop));
    expect(heard).toContain(`You got through 1 of 9 stretches`);
    expect(heard).toContain(en.stop.goodbye[0]);
    expect(stop.response.shouldEndSession).toBe(true);
    expect(stop.response.reprompt).toBeUndefined();
    expect(c.open).toBe(false);
  });

  it('counts a stretch heard to its end as done when the user stops after it', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });
    c.listen(await c.start('evening'));
    c.listen(await c.say('AMAZON.NextIntent'));

    const stop = await c.say('AMAZON.StopIntent');

    expect(words(ssmlOf(stop))).toContain(`You got through 2 of 9 stretches`);
  });

  it('just says goodbye outside a routine', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });

    const stop = await c.say('AMAZON.CancelIntent');

    expect(words(ssmlOf(stop))).toBe(en.stop.goodbye[0]);
    expect(stop.response.shouldEndSession).toBe(true);
  });
});

describe('AMAZON.FallbackIntent', () => {
  it('checks in inside a routine: out of the stretch, then a question, keeping the session open', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });
    c.listen(await c.start('evening'));

    const fallback = await c.say('AMAZON.FallbackIntent');

    expect(words(ssmlOf(fallback))).toBe(`${en.checkIn.easeOut[0]} ${en.checkIn.ask}`);
    expect(fallback.response.shouldEndSession).toBe(false);
    expect(repromptOf(fallback)).toBe(en.checkIn.ask);
  });

  it('keeps the routine where it was: next after a misheard phrase plays the second stretch', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });
    c.listen(await c.start('evening'));
    c.listen(await c.say('AMAZON.FallbackIntent'));

    const next = await c.say('AMAZON.NextIntent');

    expect(words(ssmlOf(next))).toContain(`Stretch 2 of 9: ${nameAt(1)}`);
  });

  it('says what to say outside a routine', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });

    const fallback = await c.say('AMAZON.FallbackIntent');

    expect(words(ssmlOf(fallback))).toBe(en.fallback.outside);
    expect(fallback.response.shouldEndSession).toBe(false);
  });
});

describe('SessionEndedRequest', () => {
  it('gets no speech, inside a routine or not', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });
    c.listen(await c.start('evening'));

    const ended = await c.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    const endedOutside = await c.send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });

    for (const response of [ended, endedOutside]) {
      expect(response.response.outputSpeech).toBeUndefined();
      expect(response.response.reprompt).toBeUndefined();
    }
  });
});

describe('every response of a session with many kinds of turn', () => {
  it('has a reprompt whenever the session stays open, and valid SSML', async () => {
    const { conversation: c } = talkToSkill();
    const turns: Array<() => Promise<unknown>> = [
      () => c.say('AMAZON.HelpIntent'),
      () => c.launch(),
      () => c.say('AMAZON.NoIntent'),
      () => c.say('AMAZON.NoIntent'),
      () => c.say('HoldDurationIntent'),
      () => c.say('AMAZON.HelpIntent'),
      () => c.say('AMAZON.FallbackIntent'),
      () => c.say('WhichSideIntent'),
      () => c.say('AMAZON.NextIntent'),
      () => c.say('SkipIntent'),
      () => c.say('AMAZON.RepeatIntent'),
      () => c.say('AMAZON.PreviousIntent'),
      () => c.say('WhatDoesThisStretchIntent'),
      () => c.say('HowManyLeftIntent'),
      () => c.say('TellMeMoreIntent'),
      () => c.say('EasierIntent'),
      () => c.say('HarderIntent'),
      () => c.say('AMAZON.StartOverIntent'),
      () => c.say('ProgressIntent'),
      () => c.say('AMAZON.YesIntent'),
      () => c.say('AMAZON.PauseIntent'),
    ];

    for (const turn of turns) {
      await turn();
      c.wait(4);
    }

    const open = c.responses.filter((r) => r.response.shouldEndSession === false);
    expect(open.length).toBeGreaterThan(15);
    for (const response of open) expect(repromptOf(response)).not.toBe('');
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});
