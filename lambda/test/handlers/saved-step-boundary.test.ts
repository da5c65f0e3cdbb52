import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { ssmlOf, words } from '../support/conversation';
import { envelope, intent } from '../../../tools/envelopes';
import { onboardedRecord, TEST_USER } from '../support/harness';

process.env.HIP_COACH_QUIET = '1';

const NOW = Date.parse('2026-11-02T19:00:00Z');

/**
 * The saved step against the plan's length (issue 21). The week-1 evening plan has 21 steps, counted
 * by hand from lambda/src/scripts/routines.ts: hamstring 2, TFL 1 a side (2), kneeling hip flexor
 * 2 a side (4), frog 2, child's pose 1, hip rotator 2 a side (4), towel roll 2, supine twist 2, knees to chest 2.
 * Step 20 is the last one; step 21 lies outside the plan and must not finish (or count) a routine.
 */
const EVENING_WEEK_1_STEPS = 21;

async function nextFrom(step: number): Promise<{ said: string; sessions: number | undefined }> {
  const store = new MemoryProgressStore([onboardedRecord(TEST_USER, NOW)]);
  const skill = buildSkill({ store, random: () => 0 });
  const routine = { routine: 'evening', step, week: 1, conditions: [], shifts: {}, gentler: [], startedAt: new Date(NOW - 600_000).toISOString(), hadPain: false, done: step };
  const event = envelope(
    { type: 'IntentRequest', intent: intent('AMAZON.NextIntent') },
    { userId: TEST_USER, sessionId: 'amzn1.echo-api.session.boundary', isNew: false, attributes: { hipCoach: { v: 1, s: { routine } } }, at: NOW },
  );
  const response = await skill.invoke(event);
  return { said: words(ssmlOf(response)), sessions: (await store.load(TEST_USER))?.totals.sessions };
}

describe('a saved step at the edge of its plan', () => {
  it('at the last step (length − 1), "next" finishes the evening routine and counts one session', async () => {
    const { said, sessions } = await nextFrom(EVENING_WEEK_1_STEPS - 1);
    expect(said).toMatch(/evening routine done/i);
    expect(sessions).toBe(1);
  });

  it.each([EVENING_WEEK_1_STEPS, EVENING_WEEK_1_STEPS + 1])('at step %i (outside the plan) is a fresh start: nothing finished, nothing counted', async (step) => {
    const { said, sessions } = await nextFrom(step);
    expect(said).not.toMatch(/routine done/i);
    expect(sessions).toBe(0);
  });

  it.each([-1, 1.5])('a step of %s is not a routine state at all: nothing finished, nothing counted', async (step) => {
    const { said, sessions } = await nextFrom(step);
    expect(said).not.toMatch(/routine done/i);
    expect(sessions).toBe(0);
  });
});
