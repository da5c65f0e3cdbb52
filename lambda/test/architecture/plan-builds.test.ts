import { planBuildCount } from '../../src/coach/plan';
import type { SessionState } from '../../src/session/session-state';
import { en } from '../../src/speech/resources/en';
import { ssmlOf, words } from '../support/conversation';
import { talkToSkill } from '../support/harness';

process.env.HIP_COACH_QUIET = '1';

describe('one request, one plan', () => {
  it('builds the routine plan once to answer "how long do I hold this" mid-hold', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true });
    const first = await c.start('evening');
    // Five seconds into the first hold, by the timeline the response kept in the session.
    const state = (first.sessionAttributes as { hipCoach: { s: SessionState } }).hipCoach.s;
    const hold = state.last?.marks.find((m) => m.phase === 'hold');
    if (!hold) throw new Error('the first response kept no hold in its timeline');
    c.wait(hold.start + 5);

    const before = planBuildCount();
    const answer = await c.say('HoldDurationIntent');
    const builds = planBuildCount() - before;

    // The question was answered mid-hold and the hold carried on: the path the count is for.
    expect(words(ssmlOf(answer))).toContain(en.cue.carryOn[0]);
    expect(builds).toBe(1);
  });
});
