import type { ResponseEnvelope } from 'ask-sdk-model';
import { weekPlan } from '../../src/coach/record/program';
import { routines, type RoutineId } from '../../src/scripts/routines';
import { bundleOnDynalite } from '../support/bundle';
import { Conversation, playSeconds, ssmlOf, words } from '../support/conversation';

const DAY = 24 * 3600 * 1000;
const MONDAY = Date.parse('2026-11-02T19:00:00Z');

const local = bundleOnDynalite();
const invoke: ReturnType<typeof bundleOnDynalite>['invoke'] = (event) => local.invoke(event);

interface Session {
  readonly announcedMinutes: number;
  readonly heardSeconds: number;
  readonly holds: readonly number[];
}

/** One whole session: open the skill, get into the routine, then only "next" to the end. */
async function session(c: Conversation, routine: RoutineId): Promise<Session> {
  let r: ResponseEnvelope = await c.start(routine);
  if (/two quick questions/.test(words(ssmlOf(r)))) {
    await c.say('AMAZON.NoIntent');
    r = await c.say('AMAZON.NoIntent');
  }
  const first = words(ssmlOf(r));
  const announced = Number(/(?:about|around) (\d+) minutes/.exec(first)?.[1]);
  if (!announced) throw new Error(`no announcement in: ${first.slice(0, 300)}`);
  let heard = 0;
  const holds: number[] = [];
  for (let turns = 0; turns < 20; turns++) {
    heard += playSeconds(ssmlOf(r));
    if (r.response.shouldEndSession !== false) break;
    c.listen(r);
    r = await c.say('AMAZON.NextIntent');
  }
  expect(words(ssmlOf(r))).toMatch(/done|completes|finished/);
  return { announcedMinutes: announced, heardSeconds: heard, holds };
}

/** Days of each program week a keeping-up user stretches on: the week's planned sessions. */
function sessionDays(week: number): number[] {
  const planned = weekPlan(week).planned;
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
      for (let w = 1; w < 6; w++) expect(series[w]).toBeGreaterThanOrEqual(series[w - 1]!);
      expect(series[5]).toBeGreaterThan(series[0]!);
    }
    // Progress by voice agrees: week 6 now.
    const progress = await c.say('ProgressIntent');
    expect(words(ssmlOf(progress))).toMatch(/week 6/);
    // The minutes a user hears in the evening, week by week, for the closing note.
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
