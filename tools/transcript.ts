/**
 * Prints what a user hears in a routine, with timing: `npm run transcript -- evening [week] [--locale fr-FR]`.
 * With no routine named, prints each routine's total spoken length at the given week (default 1).
 */
import { composeAll } from '../lambda/src/coach/length';
import { buildPlan } from '../lambda/src/coach/plan';
import { totalSeconds } from '../lambda/src/speech/timeline';
import { isRoutineId, routineIds, routines } from '../lambda/src/scripts/routines';
import { isLocale, languageOf, LOCALES } from '../lambda/src/speech/locales';
import { WORDS_PER_MINUTE } from '../lambda/src/speech/timeline';
import { createVoice } from '../lambda/src/speech/voice';

const argv = process.argv.slice(2);
const localeAt = argv.indexOf('--locale');
const locale = localeAt >= 0 ? (argv[localeAt + 1] ?? '') : 'en-US';
if (!isLocale(locale)) {
  console.error(`Hip Coach has no locale "${locale}"; the locales are ${LOCALES.join(', ')}`);
  process.exit(2);
}
if (localeAt >= 0) argv.splice(localeAt, 2);
const voice = createVoice(locale, () => 0);

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.floor(seconds % 60);
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

function minutes(seconds: number): string {
  return (seconds / 60).toFixed(1);
}

function printRoutine(routine: (typeof routineIds)[number], week: number): void {
  const plan = buildPlan(routine, { week });
  let t = 0;
  composeAll(plan, voice).forEach((response, i) => {
    const stretch = plan.stretches[i];
    if (!stretch) throw new Error(`response ${i + 1} has no stretch in a plan of ${plan.stretches.length}`);
    console.log(`\n— response ${i + 1} (${stretch.stretch}, hold ${stretch.hold} s × ${stretch.reps})`);
    for (const segment of response.segments) {
      const line = segment.kind === 'pause' ? `  … ${segment.seconds.toFixed(1)} s ${segment.phase}` : `  ${segment.text}`;
      console.log(`${clock(t)} ${line}`);
      t += segment.seconds;
    }
  });
  console.log(`\n${routine}, week ${week}: ${minutes(t)} min spoken (breaks + cue speech at ${WORDS_PER_MINUTE[languageOf(locale)]} wpm, ${locale})`);
}

const [name, weekArg] = argv;
const week = Number(weekArg ?? (name && !isRoutineId(name) ? name : 1)) || 1;
if (isRoutineId(name)) {
  printRoutine(name, week);
} else {
  console.log('routine   window     ' + [1, 2, 3, 4, 5, 6].map((w) => `week ${w}`).join('  '));
  for (const routine of routineIds) {
    const { min, max } = routines[routine].minutes;
    const row = [1, 2, 3, 4, 5, 6].map((w) => minutes(composeAll(buildPlan(routine, { week: w }), voice).reduce((s, c) => s + totalSeconds(c.segments), 0)).padStart(6));
    console.log(`${routine.padEnd(9)} ${`${min}–${max} min`.padEnd(10)} ${row.join('  ')}`);
  }
}
