import { localDate } from '../../src/coach/record/calendar';
import { newRecord } from '../../src/coach/record/model';
import type { ProgressRecord } from '../../src/coach/record/record';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { Conversation } from '../support/conversation';
import { TEST_USER } from '../support/harness';
import { heard } from '../support/morning-hold';

process.env.HIP_COACH_QUIET = '1';

/**
 * "How am I doing" outside a routine, by ear through the skill's source (issue 21:
 * coach/progress-summary.ts), on Tuesday 3 November 2026, the program week starting that day. The
 * figures are written down from the program table (sessions a week 3, 3, 5, 5, 7, 7; to move up 3,
 * 3, 4, 4, 6) and the evening's first stretch, the standing hamstring: 20 s in weeks 1–2, 25 s in
 * week 3, 30 s from week 4 on.
 */
const AFTERNOON = Date.parse('2026-11-03T13:30:00Z');
const MONDAY_EVENING = { date: '2026-11-02', routine: 'evening', seconds: 540 } as const;

async function heardSummary(patch: Partial<ProgressRecord> & { week?: number }): Promise<string> {
  const fresh = newRecord(TEST_USER, { now: AFTERNOON, today: localDate(AFTERNOON) });
  const { week = 1, ...rest } = patch;
  const store = new MemoryProgressStore([{ ...fresh, version: 1, onboarded: true, program: { ...fresh.program, week }, ...rest }]);
  const skill = buildSkill({ store, random: () => 0 });
  const c = new Conversation((event) => skill.invoke(event), TEST_USER, AFTERNOON);
  return heard(await c.say('ProgressIntent'));
}

describe('"how am I doing"', () => {
  it('before any routine: nothing to report yet', async () => {
    expect(await heardSummary({})).toBe('You have not finished a routine yet. Start one and I will keep track of your weeks.');
  });

  it('week 1, one session yesterday: totals, the week, the hold, and what moves it up', async () => {
    expect(await heardSummary({ sessions: [MONDAY_EVENING], totals: { sessions: 1, seconds: 540 } })).toBe(
      'You have done 1 session in total, 9 minutes of stretching. You are in week 1 of your program, with 0 of 3 sessions done this week. Your holds in the evening routine are now 20 seconds. Keep up 3 sessions this week and next week your holds grow a little longer.',
    );
  });

  it('two days in a row: the streak is said', async () => {
    const sessions = [MONDAY_EVENING, { date: '2026-11-03', routine: 'evening', seconds: 600 } as const];

    expect(await heardSummary({ sessions, totals: { sessions: 2, seconds: 1140 } })).toBe(
      'You have done 2 sessions in total, 19 minutes of stretching. You are in week 1 of your program, with 1 of 3 sessions done this week. You have stretched 2 days in a row. Your holds in the evening routine are now 20 seconds. Keep up 3 sessions this week and next week your holds grow a little longer.',
    );
  });

  it('week 3: 5 planned, 4 to move up, 25 s holds', async () => {
    expect(await heardSummary({ week: 3, sessions: [MONDAY_EVENING], totals: { sessions: 1, seconds: 540 } })).toBe(
      'You have done 1 session in total, 9 minutes of stretching. You are in week 3 of your program, with 0 of 5 sessions done this week. Your holds in the evening routine are now 25 seconds. Keep up 4 sessions this week and next week your holds grow a little longer.',
    );
  });

  it('week 5: 7 planned, 6 to move up, 30 s holds that still grow', async () => {
    expect(await heardSummary({ week: 5, sessions: [MONDAY_EVENING], totals: { sessions: 1, seconds: 540 } })).toBe(
      'You have done 1 session in total, 9 minutes of stretching. You are in week 5 of your program, with 0 of 7 sessions done this week. Your holds in the evening routine are now 30 seconds. Keep up 6 sessions this week and next week your holds grow a little longer.',
    );
  });

  it('week 6: the full program reached', async () => {
    expect(await heardSummary({ week: 6, sessions: [MONDAY_EVENING], totals: { sessions: 1, seconds: 540 } })).toBe(
      'You have done 1 session in total, 9 minutes of stretching. You are in week 6 of your program, with 0 of 7 sessions done this week. Your holds in the evening routine are now 30 seconds. You have reached the full program. Keep stretching to hold on to it.',
    );
  });

  it('asked to stay at this level: next week stays the same', async () => {
    const fresh = newRecord(TEST_USER, { now: AFTERNOON, today: localDate(AFTERNOON) });

    expect(await heardSummary({ sessions: [MONDAY_EVENING], totals: { sessions: 1, seconds: 540 }, preferences: { ...fresh.preferences, keepLevel: true } })).toBe(
      'You have done 1 session in total, 9 minutes of stretching. You are in week 1 of your program, with 0 of 3 sessions done this week. Your holds in the evening routine are now 20 seconds. You asked to stay at this level, so next week stays the same.',
    );
  });
});
