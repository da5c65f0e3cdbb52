import type { ResponseEnvelope } from 'ask-sdk-model';
import { routineSeconds } from '../../src/coach/length';
import { buildPlan } from '../../src/coach/plan';
import { createVoice } from '../../src/speech/voice';
import { routines, type RoutineId } from '../../src/scripts/routines';
import { bundleOnDynalite } from '../support/bundle';
import { Conversation, playSeconds, ssmlOf, words } from '../support/conversation';
import { inRoutine } from '../support/routine-run';

const DAY = 24 * 3600 * 1000;
const voice = createVoice('en-US', () => 0);
const MONDAY = Date.parse('2026-11-02T19:00:00Z');

const local = bundleOnDynalite();
const invoke: ReturnType<typeof bundleOnDynalite>['invoke'] = (event) => local.invoke(event);

interface Session {
  readonly announcedMinutes: number;
  readonly heardSeconds: number;
}

/** One whole session: open the skill, get into the routine, then only "next" to the end. */
async function session(c: Conversation, routine: RoutineId): Promise<Session> {
  let r: ResponseEnvelope = await c.start(routine);
  if (/two quick questions/.test(words(ssmlOf(r)))) {
    await c.say('AMAZON.NoIntent');
    r = await c.say('AMAZON.NoIntent');
  }
  const first = words(ssmlOf(r));
  // Under five minutes the length is said to the half minute ("about 2 and a half minutes").
  const said = /(?:about|around) (\d+)( and a half)? minutes/.exec(first);
  const announced = said ? Number(said[1]) + (said[2] ? 0.5 : 0) : 0;
  if (!announced) throw new Error(`no announcement in: ${first.slice(0, 300)}`);
  let heard = 0;
  for (let turns = 0; turns < 20; turns++) {
    heard += playSeconds(ssmlOf(r));
    if (!inRoutine(r)) break;
    c.listen(r);
    r = await c.say('AMAZON.NextIntent');
  }
  expect(words(ssmlOf(r))).toMatch(/done|completes|finished/);
  return { announcedMinutes: announced, heardSeconds: heard };
}

/** Sessions planned by program week (seed 001), written down: 3, 3, 5, 5, then daily. */
const PLANNED_BY_WEEK = [3, 3, 5, 5, 7, 7] as const;

/** Days of each program week a keeping-up user stretches on: the week's planned sessions. */
function sessionDays(week: number): number[] {
  const planned = PLANNED_BY_WEEK[week - 1]!;
  return Array.from({ length: planned }, (_, i) => Math.floor((i * 7) / planned));
}

describe('six weeks of a user who keeps up', () => {
  it('grows each routine week over week inside its window, and never jumps past week 6', async () => {
    const minutesByWeek: Record<RoutineId, number[]> = { morning: [], workday: [], evening: [] };
    const weekHeard: number[] = [];
    const c = new Conversation(invoke, 'amzn1.ask.account.keeps-up', MONDAY);
    for (let week = 1; week <= 6; week++) {
      for (const [i, day] of sessionDays(week).entries()) {
        c.now = MONDAY + ((week - 1) * 7 + day) * DAY;
        // Each routine once at the start of the week; the rest of the week is the evening routine.
        const routine: RoutineId = i === 1 ? 'morning' : i === 2 ? 'workday' : 'evening';
        const s = await session(c, routine);
        if (i < 3 || routine === 'evening') minutesByWeek[routine][week - 1] ??= s.announcedMinutes;
        if (routine === 'evening' && i === 0) weekHeard.push(s.heardSeconds);
      }
    }
    for (const routine of ['morning', 'workday', 'evening'] as const) {
      const series = minutesByWeek[routine];
      const { min, max } = routines[routine].minutes;
      expect(series).toHaveLength(6);
      for (const m of series) {
        expect(m).toBeGreaterThanOrEqual(min);
        expect(m).toBeLessThanOrEqual(max);
      }
      // What the user is told is what then plays, so a returning user's shorter cues lower it; the
      // dose itself (the plan, heard with full cues) is what grows week over week.
      const dose = [1, 2, 3, 4, 5, 6].map((week) => routineSeconds(buildPlan(routine, { week }), voice));
      for (let w = 1; w < 6; w++) expect(dose[w]).toBeGreaterThanOrEqual(dose[w - 1]!);
      expect(dose[5]).toBeGreaterThan(dose[0]!);
    }
    // Progress by voice agrees: week 6 now.
    const progress = await c.say('ProgressIntent');
    expect(words(ssmlOf(progress))).toMatch(/week 6/);
    // What the user hears in the evening, week by week: inside the routine's 15–20 minutes (heard
    // time within a minute of it), and at the top dose (weeks 5–6) over a minute longer than in week 1.
    // Not week-on-week: the phrasing drawn for each cue moves a session by some seconds either way.
    expect(weekHeard).toHaveLength(6);
    expect(weekHeard.filter((s) => s < 14 * 60 || s > 21 * 60)).toEqual([]);
    expect(weekHeard[4]! - weekHeard[0]!).toBeGreaterThan(60);
    expect(weekHeard[5]! - weekHeard[0]!).toBeGreaterThan(60);
    console.info(`evening announced minutes by week: ${minutesByWeek.evening.join(', ')}; heard: ${weekHeard.map((s) => (s / 60).toFixed(1)).join(', ')}`);
  });
});

describe('a user who lapses', () => {
  it('does not jump ahead after skipping two weeks, and steps back a week', async () => {
    const c = new Conversation(invoke, 'amzn1.ask.account.lapses', MONDAY);
    // Weeks 1 and 2 kept up: week 3 by the third Monday.
    for (let week = 1; week <= 2; week++) {
      for (const day of sessionDays(week)) {
        c.now = MONDAY + ((week - 1) * 7 + day) * DAY;
        await session(c, 'workday');
      }
    }
    c.now = MONDAY + 14 * DAY;
    let r = await c.say('ProgressIntent');
    expect(words(ssmlOf(r))).toMatch(/week 3/);
    // Then nothing for two whole weeks: back to week 2, not on to week 5.
    c.now = MONDAY + 35 * DAY;
    r = await c.say('ProgressIntent');
    expect(words(ssmlOf(r))).toMatch(/week 2/);
  });
});
