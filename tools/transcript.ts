/**
 * Prints what a user hears in a routine, with timing: `npm run transcript -- evening [week]`.
 * With no routine named, prints each routine's total spoken length at the given week (default 1).
 */
import { composeAll } from '../lambda/src/coach/length';
import { buildPlan } from '../lambda/src/coach/plan';
import { totalSeconds } from '../lambda/src/speech/timeline';
import { isRoutineId, routineIds, routines } from '../lambda/src/scripts/routines';
import { createVoice } from '../lambda/src/speech/voice';

const voice = createVoice('en-US', () => 0);

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
  console.log(`\n${routine}, week ${week}: ${minutes(t)} min spoken (breaks + cue speech at 150 wpm)`);
}

const [name, weekArg] = process.argv.slice(2);
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
