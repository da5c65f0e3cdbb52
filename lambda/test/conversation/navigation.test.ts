import { en } from '../../src/speech/resources/en';
import { ssmlOf, words } from '../support/conversation';
import { launchPastScreen, talkToSkill } from '../support/harness';
import { firstStretchNamed, plannedNames } from '../support/routine-run';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

const EVENING = Date.parse('2026-11-03T20:45:00Z');
const names = plannedNames('evening');
/** The evening routine has nine stretches (lambda/src/scripts/routines.ts). */
const count = 9;

/** A new user who got past the screen and heard the first evening stretch through. */
async function inFirstStretch() {
  const harness = talkToSkill({ now: EVENING });
  const c = harness.conversation;
  c.listen(await launchPastScreen(c));
  return harness;
}

describe('navigating the evening routine by voice', () => {
  it('replays the first stretch, saying so, when the user goes back from it', async () => {
    const { conversation: c } = await inFirstStretch();

    const back = await c.say('AMAZON.PreviousIntent');

    const heard = words(ssmlOf(back));
    expect(heard.startsWith(en.routineFlow.atStart)).toBe(true);
    expect(firstStretchNamed(ssmlOf(back))).toBe(names[0]);
    expect(heard).toContain(`Stretch 1 of ${count}`);
    expect(back.response.shouldEndSession).toBe(false);
  });

  it('goes back to the stretch before from the second one', async () => {
    const { conversation: c } = await inFirstStretch();
    c.listen(await c.say('AMAZON.NextIntent'));

    const back = await c.say('AMAZON.PreviousIntent');

    expect(firstStretchNamed(ssmlOf(back))).toBe(names[0]);
  });

  it('names the stretch it skips and moves on to the one after', async () => {
    const { conversation: c } = await inFirstStretch();

    const skipped = await c.say('SkipIntent');

    const heard = words(ssmlOf(skipped));
    expect(heard.startsWith(`Skipping ${names[0]}.`)).toBe(true);
    expect(heard).toContain(`Stretch 2 of ${count}: ${names[1]}`);
  });

  it('replays the same stretch on "repeat", and "next" then moves on as before', async () => {
    const { conversation: c } = await inFirstStretch();
    c.listen(await c.say('AMAZON.NextIntent'));

    const repeated = await c.say('AMAZON.RepeatIntent');
    c.listen(repeated);
    const next = await c.say('AMAZON.NextIntent');

    expect(words(ssmlOf(repeated))).toContain(`Stretch 2 of ${count}: ${names[1]}`);
    expect(firstStretchNamed(ssmlOf(next))).toBe(names[2]);
  });

  it('returns to stretch 1 on "start over" from further in', async () => {
    const { conversation: c } = await inFirstStretch();
    c.listen(await c.say('AMAZON.NextIntent'));
    c.listen(await c.say('AMAZON.NextIntent'));

    const over = await c.say('AMAZON.StartOverIntent');

    const heard = words(ssmlOf(over));
    expect(heard.startsWith('Starting your evening routine again from the top.')).toBe(true);
    expect(heard).toContain(`Stretch 1 of ${count}: ${names[0]}`);
  });

  it('ends the session on "pause", and "resume" in a new session picks up at the paused stretch', async () => {
    const { conversation: c } = await inFirstStretch();
    c.listen(await c.say('AMAZON.NextIntent'));
    c.listen(await c.say('AMAZON.NextIntent'));

    const paused = await c.say('AMAZON.PauseIntent');
    c.wait(15 * 60);
    const resumed = await c.say('AMAZON.ResumeIntent');

    expect(words(ssmlOf(paused))).toBe(`Paused at ${names[2]}. When you are ready, say: Alexa, ask hip coach to resume.`);
    expect(paused.response.shouldEndSession).toBe(true);
    expect(firstStretchNamed(ssmlOf(resumed))).toBe(names[2]);
    expect(words(ssmlOf(resumed))).toContain(`Stretch 3 of ${count}: ${names[2]}`);
    expect(resumed.response.shouldEndSession).toBe(false);
    c.listen(resumed);
    expect(firstStretchNamed(ssmlOf(await c.say('AMAZON.NextIntent')))).toBe(names[3]);
  });

  it('offers the paused routine at the next launch, and "yes" picks it up', async () => {
    const { conversation: c } = await inFirstStretch();
    c.listen(await c.say('AMAZON.NextIntent'));
    await c.say('AMAZON.PauseIntent');
    c.wait(60 * 60);

    const offer = await c.launch();
    const resumed = await c.say('AMAZON.YesIntent');

    expect(words(ssmlOf(offer))).toContain(`You stopped partway through your evening routine, at ${names[1]}`);
    expect(firstStretchNamed(ssmlOf(resumed))).toBe(names[1]);
  });

  it('keeps every navigation response valid SSML with a reprompt while the session is open', async () => {
    const { conversation: c } = await inFirstStretch();
    for (const intent of ['AMAZON.PreviousIntent', 'SkipIntent', 'AMAZON.RepeatIntent', 'AMAZON.StartOverIntent', 'AMAZON.PauseIntent', 'AMAZON.ResumeIntent']) {
      c.listen(await c.say(intent));
    }

    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});
