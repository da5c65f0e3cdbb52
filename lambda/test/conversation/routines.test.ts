import type { RoutineId } from '../../src/scripts/routines';
import { en } from '../../src/speech/resources/en';
import { ssmlOf, words } from '../support/conversation';
import { launchPastScreen, repromptOf, talkToSkill } from '../support/harness';
import { doneLinePattern, firstStretchNamed, nextUntilEnd, plannedNames } from '../support/routine-run';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

/** A time of day (UTC, the zone of a device with none set) at which "open hip coach" offers each routine. */
const timeOfDay: Readonly<Record<RoutineId, string>> = {
  morning: '2026-11-03T07:15:00Z',
  workday: '2026-11-03T13:30:00Z',
  evening: '2026-11-03T20:45:00Z',
};

describe.each(['morning', 'workday', 'evening'] as const)('the %s routine, from "open hip coach" to the end, only by "next"', (routine) => {
  const names = plannedNames(routine);

  async function playThrough() {
    const { conversation: c } = talkToSkill({ now: Date.parse(timeOfDay[routine]) });
    const first = await launchPastScreen(c);
    const routineResponses = await nextUntilEnd(c, first);
    return { c, routineResponses };
  }

  it('plays the plan\'s stretches in order, one response each, and ends with the done line', async () => {
    const { c, routineResponses } = await playThrough();

    expect(routineResponses.map((r) => firstStretchNamed(ssmlOf(r)))).toEqual(names);
    expect(c.responses).toHaveLength(2 + names.length);
    const last = words(ssmlOf(routineResponses.at(-1)!));
    expect(last).toMatch(doneLinePattern(routine));
    // A first finished routine ends on the one-time reminder offer (issue #16): a "no" closes the session.
    expect(words(ssmlOf(routineResponses.at(-1)!))).toMatch(/Would a reminder help\? .* Shall I\?$/);
    c.listen(routineResponses.at(-1)!);
    expect((await c.say('AMAZON.NoIntent')).response.shouldEndSession).toBe(true);
    expect(c.open).toBe(false);
  });

  it('starts with the screen\'s all-clear and the routine\'s overview', async () => {
    const { routineResponses } = await playThrough();

    const first = words(ssmlOf(routineResponses[0]!));
    expect(first.startsWith(en.screen.clear)).toBe(true);
    expect(first).toContain(`Here is your ${en.routine[routine]}: ${names.length} stretches`);
  });

  it('reprompts every response but the last with the stretch that comes next', async () => {
    const { routineResponses } = await playThrough();

    routineResponses.slice(0, -1).forEach((response, i) => {
      expect(repromptOf(response)).toBe(`Say next for ${names[i + 1]}, or repeat to do this one again.`);
    });
    // The last reprompts the reminder offer, not a stretch.
    expect(repromptOf(routineResponses.at(-1)!)).toMatch(/^Would a reminder help\?/);
  });

  it('gives every response valid SSML, no adjacent or over-long breaks, under 8,000 characters', async () => {
    const { c } = await playThrough();

    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});
