/**
 * Prints what a user hears in a routine, with timing:
 *   npm run transcript -- evening --week 3 [--returning] [--locale fr-FR]
 * With no routine named, prints each routine's spoken length and talk share by program week, for a
 * first-timer (full setup cues) and a returning user (short cues): `npm run transcript [-- --shares]`.
 * Lengths and shares come from the same timeline that times the SSML (speech at 150 wpm, breaks).
 */
import { parseArgs } from 'node:util';
import { composeAll } from '../lambda/src/coach/length';
import { buildPlan } from '../lambda/src/coach/plan';
import { TOP_WEEK } from '../lambda/src/coach/dose';
import type { Segment } from '../lambda/src/speech/timeline';
import { isRoutineId, routineIds, routines, type RoutineId } from '../lambda/src/scripts/routines';
import { isLocale, languageOf, LOCALES } from '../lambda/src/speech/locales';
import { WORDS_PER_MINUTE } from '../lambda/src/speech/timeline';
import { createVoice } from '../lambda/src/speech/voice';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { week: { type: 'string' }, returning: { type: 'boolean', default: false }, locale: { type: 'string', default: 'en-US' } },
});
const locale = values.locale;
if (!isLocale(locale)) {
  console.error(`Hip Coach has no locale "${locale}"; the locales are ${LOCALES.join(', ')}`);
  process.exit(2);
}
const voice = createVoice(locale, () => 0);
const weeks = Array.from({ length: TOP_WEEK }, (_, i) => i + 1);

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.floor(seconds % 60);
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function minutes(seconds: number): string {
  return (seconds / 60).toFixed(1);
}

function heard(routine: RoutineId, week: number, returning: boolean): Segment[][] {
  return composeAll(buildPlan(routine, { week }), voice, 0, () => !returning).map((c) => c.segments);
}

/** Seconds in all, and the share of them that is speech. */
function measure(responses: readonly Segment[][]): { seconds: number; talk: number } {
  let seconds = 0;
  let spoken = 0;
  for (const s of responses.flat()) {
    seconds += s.seconds;
    if (s.kind === 'speech') spoken += s.seconds;
  }
  return { seconds, talk: seconds > 0 ? spoken / seconds : 0 };
}

function printRoutine(routine: RoutineId, week: number, returning: boolean): void {
  const plan = buildPlan(routine, { week });
  const responses = heard(routine, week, returning);
  let t = 0;
  responses.forEach((segments, i) => {
    const stretch = plan.stretches[i];
    if (!stretch) throw new Error(`response ${i + 1} has no stretch in a plan of ${plan.stretches.length}`);
    console.log(`\n— response ${i + 1} (${stretch.stretch}, hold ${stretch.hold} s × ${stretch.reps})`);
    for (const segment of segments) {
      const line = segment.kind === 'pause' ? `  … ${segment.seconds.toFixed(1)} s ${segment.phase}` : `  ${segment.text}`;
      console.log(`${clock(t)} ${line}`);
      t += segment.seconds;
    }
  });
  const { talk } = measure(responses);
  const who = returning ? 'returning user' : 'first time';
  console.log(`\n${routine}, week ${week}, ${who}: ${minutes(t)} min spoken, ${Math.round(talk * 100)} % talk (breaks + cue speech at ${String(WORDS_PER_MINUTE[languageOf(locale)])} wpm, ${locale})`);
}

const [name, weekArg] = positionals;
const week = Number(values.week ?? weekArg ?? 1) || 1;
if (isRoutineId(name)) {
  printRoutine(name, week, values.returning);
} else {
  console.log('minutes (talk share) — stretching responses, without the opening and closing lines');
  console.log('routine   window     who        ' + weeks.map((w) => `week ${w}`.padEnd(11)).join(' '));
  for (const routine of routineIds) {
    const { min, max } = routines[routine].minutes;
    for (const returning of [false, true]) {
      const row = weeks.map((w) => {
        const { seconds, talk } = measure(heard(routine, w, returning));
        return `${minutes(seconds).padStart(4)} (${String(Math.round(talk * 100)).padStart(2)} %)`;
      });
      console.log(`${routine.padEnd(9)} ${`${min}–${max} min`.padEnd(10)} ${(returning ? 'returning' : 'first').padEnd(10)} ${row.join(' ')}`);
    }
  }
}
