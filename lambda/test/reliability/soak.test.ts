import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { en } from '../../src/speech/resources/en';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { seededRandom } from '../support/fault-proxy';
import { onboardedRecord } from '../support/harness';
import { inRoutine } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

const DAYS = 365;
const SESSIONS_A_DAY = 10;
const USER = 'amzn1.ask.account.HEAVY';
const MAX_RESPONSE_BYTES = 24 * 1024;
/** "A few KB": the record rides in every response's session attributes. */
const MAX_RECORD_BYTES = 6 * 1024;
const START = Date.parse('2026-11-02T06:00:00Z');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};

describe(`the heaviest user: ${SESSIONS_A_DAY} sessions a day for a year`, () => {
  it('keeps every response under 24 KB, the record a few KB, and the heap flat', async () => {
    const store = new MemoryProgressStore([onboardedRecord(USER, START)]);
    let now = START;
    // The server's clock moves with the user's, so a year ahead is not "far from now".
    const skill = buildSkill({ store, random: seededRandom(365), clock: () => now });
    const c = new Conversation((event) => skill.invoke(event), USER, START);
    const routines = ['workday', 'morning', 'evening'] as const;
    let largestResponse = 0;
    let largestRecord = 0;
    let turns = 0;
    let heapAtWarm = 0;
    const apologies: string[] = [];
    const check = (r: ResponseEnvelope): void => {
      turns += 1;
      largestResponse = Math.max(largestResponse, Buffer.byteLength(JSON.stringify(r)));
      if (([en.error.generic, en.error.sayAgain] as string[]).includes(words(ssmlOf(r)))) apologies.push(`day ${Math.floor((now - START) / 86_400_000)}`);
    };

    for (let day = 0; day < DAYS; day++) {
      for (let s = 0; s < SESSIONS_A_DAY; s++) {
        c.now = START + day * 86_400_000 + s * 3_600_000;
        now = c.now;
        // Mostly the short workday break; the long routines now and then, and a progress check.
        const routine = s % 5 === 4 ? routines[1 + (day % 2)]! : routines[0];
        // The progress check comes before the routine: asked mid-stretch, it would cut the stretch short,
        // and a routine with most holds unheard is not counted (issue 12, honest progress).
        if (s === 0) check(await c.say('ProgressIntent'));
        let r = await c.start(routine);
        check(r);
        // Skip through the long routines: the record grows the same way, the test stays fast.
        while (inRoutine(r)) {
          c.listen(r);
          now = c.now;
          r = await c.say(routine === 'workday' ? 'AMAZON.NextIntent' : 'SkipIntent');
          check(r);
        }
        const record = await store.load(USER);
        largestRecord = Math.max(largestRecord, Buffer.byteLength(JSON.stringify(record)));
      }
      if (day === 30) heapAtWarm = heapMb();
    }
    const heapAtEnd = heapMb();
    const record = await store.load(USER);

    console.info(
      `soak: ${turns} turns over ${DAYS} days, ${record?.totals.sessions} sessions counted, largest response ${largestResponse} B, ` +
        `largest record ${largestRecord} B, heap ${heapAtWarm.toFixed(1)} MB at day 30 → ${heapAtEnd.toFixed(1)} MB at day ${DAYS}`,
    );
    expect(apologies).toEqual([]);
    expect(record?.totals.sessions).toBe(DAYS * SESSIONS_A_DAY);
    expect(largestResponse).toBeLessThan(MAX_RESPONSE_BYTES);
    expect(largestRecord).toBeLessThan(MAX_RECORD_BYTES);
    expect(heapAtEnd - heapAtWarm).toBeLessThan(30);
  }, 120_000);
});
