import type { ResponseEnvelope } from 'ask-sdk-model';
import { DynamoProgressStore } from '../../src/progress/dynamo-store';
import type { RoutineId } from '../../src/scripts/routines';
import { stretchIds } from '../../src/scripts/stretches';
import { bundleOnDynalite } from '../support/bundle';
import { Conversation, playSeconds, ssmlOf, words } from '../support/conversation';
import { onboardedRecord } from '../support/harness';
import { nextUntilEnd } from '../support/routine-run';
import { responseProblems } from '../support/speech-checks';

/**
 * Every routine at every program week, for a first-time and a returning user, played through the
 * built skill (lambda/dist/index.js) on a local DynamoDB, only by "next", each response heard in full.
 * Talk share is measured as the skill times its SSML: words at 150 a minute against the breaks.
 */
const skill = bundleOnDynalite();
const routineNames: readonly RoutineId[] = ['morning', 'workday', 'evening'];
const weeks = [1, 2, 3, 4, 5, 6];
/** Alexa refuses a response over 24 KB. */
const MAX_RESPONSE_BYTES = 24 * 1024;
const NOW = Date.parse('2026-11-03T19:00:00Z');

interface Heard {
  readonly responses: readonly ResponseEnvelope[];
  readonly seconds: number;
  readonly talk: number;
  readonly announced: number;
  /** Seconds played without the one-time reminder offer after a first routine, which is not part of the routine. */
  readonly routineSeconds: number;
  readonly text: string;
}

let users = 0;

/**
 * A stored user at `week`: returning, they have met every stretch twice and done a few sessions
 * (short cues, no wake-word tip); otherwise they are past the screen but have met no stretch yet.
 */
async function storedUser(week: number, returning: boolean): Promise<string> {
  const userId = `amzn1.ask.account.every-week-${++users}`;
  const met = returning ? Object.fromEntries(stretchIds.map((id) => [id, 2])) : {};
  const record = { ...onboardedRecord(userId, NOW, week), met, totals: returning ? { sessions: 6, seconds: 3000 } : { sessions: 0, seconds: 0 } };
  await new DynamoProgressStore(skill.dynamo.client, skill.dynamo.tableName).save(record);
  return userId;
}

/** Week 1 first time is a new user through the screen; any other case a stored user at that week. */
async function playThrough(routine: RoutineId, week: number, returning: boolean): Promise<Heard> {
  const brandNew = week === 1 && !returning;
  const c = new Conversation(skill.invoke, brandNew ? `amzn1.ask.account.every-week-${++users}` : await storedUser(week, returning), NOW);
  const first = brandNew ? await c.startPastScreen(routine) : await c.start(routine);
  const responses = await nextUntilEnd(c, first);
  let seconds = 0;
  let routineSeconds = 0;
  let spoken = 0;
  for (const r of responses) {
    const ssml = ssmlOf(r);
    seconds += playSeconds(ssml);
    routineSeconds += playSeconds(ssml.replace(/Would a reminder help\?[^<]*/, ''));
    spoken += words(ssml).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length * 0.4;
  }
  const match = /(?:about|around) (\d+)( and a half)? minutes?/.exec(words(ssmlOf(first)));
  const announced = (Number(match?.[1]) + (match?.[2] ? 0.5 : 0)) * 60;
  return { responses, seconds, talk: spoken / seconds, announced, routineSeconds, text: responses.map((r) => words(ssmlOf(r))).join(' ') };
}

const cases = routineNames.flatMap((routine) => weeks.flatMap((week) => [false, true].map((returning) => [routine, week, returning] as const)));
const heard = new Map<string, Heard>();
const keyOf = (routine: RoutineId, week: number, returning: boolean): string => `${routine}/${week}/${returning ? 'returning' : 'first'}`;

describe('every routine at every program week, through the built skill', () => {
  it.each(cases)('%s, week %i (returning: %s): every response valid for Alexa, heard as a coach should say it', async (routine, week, returning) => {
    const run = await playThrough(routine, week, returning);
    heard.set(keyOf(routine, week, returning), run);

    await expect(responseProblems(run.responses)).resolves.toEqual({});
    const oversized = run.responses.map((r) => Buffer.byteLength(JSON.stringify(r))).filter((bytes) => bytes > MAX_RESPONSE_BYTES);
    expect(oversized).toEqual([]);
    // One praise, in the closing line; no "0 of"; the kit named before the first stretch.
    expect(run.text.match(/Well done|Nicely done|Good work/g)).toHaveLength(1);
    expect(run.text).not.toMatch(/\b0 of\b/);
    const kitAt = run.text.indexOf('Before we start, have these ready:');
    expect(kitAt).toBeGreaterThanOrEqual(0);
    expect(kitAt).toBeLessThan(run.text.search(/(Stretch|Number) 1 of/));
    // What was announced is what was played, to 10 % or the half-minute rounding (as in announced-length.test.ts).
    expect(Math.abs(run.announced - run.routineSeconds)).toBeLessThanOrEqual(Math.max(0.1 * run.routineSeconds, 30));
  });

  it('keeps the evening\'s talk to the targets: a first session at most 40 %, a returning user at most 30 %, week 6 returning at most 25 %', () => {
    const share = (week: number, returning: boolean): number => heard.get(keyOf('evening', week, returning))!.talk;

    expect(heard.size).toBe(cases.length);
    expect(share(1, false)).toBeLessThanOrEqual(0.4);
    for (const week of weeks) expect({ week, talk: share(week, true) <= 0.3 }).toEqual({ week, talk: true });
    expect(share(6, true)).toBeLessThanOrEqual(0.25);
  });

  it('makes each program week of each routine longer than the week before, for a returning user', () => {
    for (const routine of routineNames) {
      const lengths = weeks.map((week) => heard.get(keyOf(routine, week, true))!.seconds);
      for (const week of weeks.slice(1)) {
        expect({ routine, week, longer: lengths[week - 1]! > lengths[week - 2]! }).toEqual({ routine, week, longer: true });
      }
    }
  });

  it('prints the lengths and talk shares it measured', () => {
    const rows = routineNames.flatMap((routine) =>
      [false, true].map((returning) => `${routine.padEnd(8)} ${(returning ? 'returning' : 'first').padEnd(10)} ${weeks.map((w) => {
        const run = heard.get(keyOf(routine, w, returning))!;
        return `${(run.seconds / 60).toFixed(1)} min ${(run.talk * 100).toFixed(1)} %`;
      }).join(' | ')}`),
    );
    expect(rows).toHaveLength(6);
    if (process.env.HIP_COACH_PRINT_SHARES) console.log(rows.join('\n'));
  });
});
