import { ssmlOf, words } from '../support/conversation';
import { launchPastScreen, repromptOf, talkToSkill } from '../support/harness';

process.env.HIP_COACH_QUIET = '1';

/**
 * What "open hip coach" says, by ear through the skill's source: after a warning sign today and
 * the next day, and once a session is done this week. Written down from
 * lambda/src/speech/resources/en.ts, first phrasings; at 7:15 the morning routine is suggested.
 */
const MORNING = Date.parse('2026-11-03T07:15:00Z');
const OPTIONS = 'You can say start morning routine, start evening routine, or start workday break.';

describe('opening the skill', () => {
  it('after a warning sign earlier today: no routine offered, why in one line, and what the user can still ask', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    await launchPastScreen(c);
    c.wait(20);
    await c.say('WarningSignIntent', ['symptom', 'numb', 'numbness']);
    c.wait(3600);

    const later = await c.launch();
    c.wait(24 * 3600);
    const tomorrow = await c.launch();

    expect(words(ssmlOf(later))).toBe(
      'Welcome back. After what you told me earlier today, we are leaving the stretching until tomorrow, to be safe. You can ask how am I doing, or say help.',
    );
    expect(repromptOf(later)).toBe('You can ask how am I doing, or say help.');
    expect(words(ssmlOf(tomorrow))).toBe('Welcome back to Hip Coach. Would you like to start your morning routine?');
    expect(repromptOf(tomorrow)).toBe(OPTIONS);
  });

  it('with a session done this week: the week and its sessions, then the routine of the hour', async () => {
    const { conversation: c } = talkToSkill({ now: MORNING });
    let r = await c.startPastScreen('workday');
    c.listen(r);
    r = await c.say('AMAZON.NextIntent'); // the last of the week-1 break's two stretches, then the reminder offer
    c.listen(r);
    await c.say('AMAZON.NoIntent');
    c.wait(3600);

    const again = await c.launch();

    expect(words(ssmlOf(again))).toBe('Welcome back to Hip Coach. You are in week 1, with 1 of 3 sessions this week. Would you like to start your morning routine?');
    expect(repromptOf(again)).toBe(OPTIONS);
  });
});
