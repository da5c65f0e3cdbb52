import { MemoryProgressStore } from '../../src/progress/memory-store';
import { routineIds } from '../../src/scripts/routines';
import { buildSkill } from '../../src/skill';
import { Conversation, playSeconds, ssmlOf, words } from '../support/conversation';
import { nextUntilEnd } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

/** The announced "about N minutes" against the seconds the routine then plays, by ear. */
async function announcedAndPlayed(c: Conversation, routine: string, first: boolean) {
  const start = first ? await c.startPastScreen(routine) : await c.start(routine);
  const heard = await nextUntilEnd(c, start);
  // Under five minutes the length is said to the half minute ("about 2 and a half minutes").
  const match = /(?:about|around) (\d+)( and a half)? minutes?/.exec(words(ssmlOf(start)));
  if (!match) throw new Error(`no announced length in: ${words(ssmlOf(start))}`);
  // The routine's last response also carries the goodbye; every stretch response counts.
  // The one-time reminder offer after a first routine is not part of the routine.
  const played = heard.reduce((sum, r) => sum + playSeconds(ssmlOf(r).replace(/Would a reminder help\?[^<]*/, '')), 0);
  c.wait(24 * 3600);
  return { announced: (Number(match[1]) + (match[2] ? 0.5 : 0)) * 60, played };
}

describe('announced length', () => {
  it.each(routineIds)('is within 10 %% (or half a minute, the rounding) of what %s plays, for a first and a returning user', async (routine) => {
    const skill = buildSkill({ store: new MemoryProgressStore(), random: () => 0 });
    const c = new Conversation((e) => skill.invoke(e), `amzn1.ask.account.length-${routine}`);
    const sessions = [await announcedAndPlayed(c, routine, true)];
    for (let i = 0; i < 2; i++) sessions.push(await announcedAndPlayed(c, routine, false));

    for (const { announced, played } of sessions) {
      expect(Math.abs(announced - played)).toBeLessThanOrEqual(Math.max(0.1 * played, 30));
    }
    // The returning user's shorter cues are heard in the announcement, not only in the routine.
    expect(sessions[2]!.played).toBeLessThan(sessions[0]!.played);
  });
});
