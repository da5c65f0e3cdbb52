import { ssmlOf, words } from '../support/conversation';
import { launchPastScreen, talkToSkill } from '../support/harness';
import { firstStretchNamed } from '../support/routine-run';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

/**
 * "Pause" closes the session with the place saved. What the user says next, in a new session,
 * acts on that saved place: the move they ask for in the paused routine, or the answer to their
 * question about the paused stretch and an offer to pick it up. Never "we are not in a stretch".
 */
const EVENING = Date.parse('2026-11-03T20:45:00Z');

/** A new user who heard the first evening stretch through, moved on to the second, and paused during it. */
async function pausedAtTheSecondStretch() {
  const harness = talkToSkill({ now: EVENING });
  const c = harness.conversation;
  c.listen(await launchPastScreen(c));
  await c.say('AMAZON.NextIntent');
  c.wait(5);
  const paused = await c.say('AMAZON.PauseIntent');
  expect(words(ssmlOf(paused))).toBe('Paused at the standing side hip stretch. When you are ready, say: Alexa, ask hip coach to resume.');
  c.wait(120);
  return c;
}

describe('what the user says after a pause', () => {
  it('"start over" plays the paused routine from its first stretch', async () => {
    const c = await pausedAtTheSecondStretch();

    const again = await c.say('AMAZON.StartOverIntent');

    const heard = words(ssmlOf(again));
    expect(heard).not.toContain('We are not in a stretch');
    expect(firstStretchNamed(ssmlOf(again))).toBe('the standing hamstring stretch');
    expect(heard).toContain('Stretch 1 of 9: the standing hamstring stretch');
    expect(again.response.shouldEndSession).toBe(false);
  });

  it('"repeat that" plays the paused stretch again, and "skip" moves past it', async () => {
    const c = await pausedAtTheSecondStretch();
    const repeated = await c.say('AMAZON.RepeatIntent');
    expect(firstStretchNamed(ssmlOf(repeated))).toBe('the standing side hip stretch');

    const d = await pausedAtTheSecondStretch();
    const skipped = await d.say('SkipIntent');
    expect(words(ssmlOf(skipped))).toContain('Stretch 3 of 9: the half-kneeling hip flexor stretch');
    expect(words(ssmlOf(skipped))).not.toContain('Stretch 2 of 9');
  });

  it('"how many are left" is answered about the paused stretch, then "yes" picks it up', async () => {
    const c = await pausedAtTheSecondStretch();

    const answer = await c.say('HowManyLeftIntent');
    const resumed = await c.say('AMAZON.YesIntent');

    const heard = words(ssmlOf(answer));
    expect(heard).toMatch(/^After this, 7 more stretches, about \d+ minutes\. We are paused there\. Shall we pick up where you left off\?$/);
    expect(answer.response.shouldEndSession).toBe(false);
    expect(firstStretchNamed(ssmlOf(resumed))).toBe('the standing side hip stretch');
  });

  it('"how long do I hold this" says the hold without claiming a count that is not running; "no" is a fresh start, as at a launch', async () => {
    const c = await pausedAtTheSecondStretch();

    const answer = await c.say('HoldDurationIntent');
    const declined = await c.say('AMAZON.NoIntent');
    c.wait(60);
    const next = await c.launch();

    const heard = words(ssmlOf(answer));
    expect(heard).toMatch(/^Hold each side for \d+ seconds\. We are paused there\. Shall we pick up where you left off\?$/);
    expect(words(ssmlOf(declined))).toBe('Okay, a fresh start then. Would you like to start your evening routine?');
    expect(words(ssmlOf(next))).not.toContain('You stopped partway');
  });

  it('keeps every answer after a pause valid for Alexa', async () => {
    const c = await pausedAtTheSecondStretch();
    await c.say('WhichSideIntent');
    await c.say('AMAZON.StartOverIntent');

    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});
