import { doseFor } from '../../src/coach/dose';
import { buildPlan } from '../../src/coach/plan';
import { routineIds, routines, type RoutineId } from '../../src/scripts/routines';
import { stretchIds, type StretchId } from '../../src/scripts/stretches';

/**
 * What the seed articles (/work/shared/seeds, files named in each row) say about each stretch's
 * hold and repetitions, written down by hand from the articles, never from the catalogue (issue 21).
 * `hold` is null where a seed gives no hold of the stretch's own: then the routine's seed range
 * applies (ROUTINE_HOLD). `reps` where a seed gives no count is 1–3, the most any seed asks for.
 */
interface SeedRow {
  readonly hold: { readonly min: number; readonly max: number } | null;
  readonly reps: { readonly min: number; readonly max: number };
  /** A routine whose own seed hold range covers this stretch too (seed 001's morning list names hip flexor stretches). */
  readonly alsoIn?: RoutineId;
  readonly seed: string;
}

const NO_COUNT = { min: 1, max: 3 };

const SEED_RANGES: Readonly<Record<StretchId, SeedRow>> = {
  // 004: "Maintain the pelvic tilt for 30-40 seconds as able. Do 2-3 times on each side."
  kneelingHipFlexor: { hold: { min: 30, max: 40 }, reps: { min: 2, max: 3 }, alsoIn: 'morning', seed: '004 hip flexor; 001 morning 15–30 s' },
  // 004: doorway or wall alternate, "30-40 seconds ... Repeat 2-3 times on each side."
  standingHipFlexor: { hold: { min: 30, max: 40 }, reps: { min: 2, max: 3 }, alsoIn: 'morning', seed: '004 doorway alternate' },
  // 004: thigh over thigh, "holding 30-40 seconds. Repeat 2-3 times on each side."
  hipRotator: { hold: { min: 30, max: 40 }, reps: { min: 2, max: 3 }, seed: '004 hip rotator' },
  // 004: outer ankle on the thigh, "Hold 30-40 seconds, repeating 2-3 times on each side."
  figureFour: { hold: { min: 30, max: 40 }, reps: { min: 2, max: 3 }, seed: '004 hip rotator variation' },
  // 001: "Hold for 30 seconds and then release" / "Hold for 15-30 seconds and repeat on the other side."
  piriformis: { hold: { min: 15, max: 30 }, reps: { min: 1, max: 1 }, seed: '001 piriformis' },
  // 001: "You can do this stretch while seated or standing": the piriformis dose.
  seatedFigureFour: { hold: { min: 15, max: 30 }, reps: { min: 1, max: 1 }, seed: '001 piriformis, seated' },
  // 001: "hold for 15-30 seconds ... repeat 2-3 times."
  seatedHamstring: { hold: { min: 15, max: 30 }, reps: { min: 2, max: 3 }, seed: '001 seated hamstring' },
  // 001: "Bend forward at the hips ... hold for 15-30 seconds ... repeat 2-3 times."
  standingHamstring: { hold: { min: 15, max: 30 }, reps: { min: 2, max: 3 }, seed: '001 standing hamstring' },
  // 001's hamstring dose, one leg at a time from a chair.
  chairHamstring: { hold: { min: 15, max: 30 }, reps: { min: 2, max: 3 }, seed: '001 hamstring, chair' },
  // 001: "hold for 30 seconds before switching sides."
  standingTfl: { hold: { min: 30, max: 30 }, reps: { min: 1, max: 1 }, seed: '001 standing TFL' },
  // 003 gives no hold or count.
  frog: { hold: null, reps: NO_COUNT, seed: '003 frog' },
  // 001 names butterfly stretches only.
  butterfly: { hold: null, reps: NO_COUNT, seed: '001 butterfly' },
  // 001 gives no hold.
  childsPose: { hold: null, reps: NO_COUNT, seed: "001 child's pose" },
  // 001: "Repeat several times."
  catCow: { hold: null, reps: NO_COUNT, seed: '001 cat-cow' },
  // 001: "Hold for a few seconds, then switch sides."
  supineTwist: { hold: null, reps: NO_COUNT, seed: '001 gentle spinal twist' },
  // 001: "repeating several times."
  pelvicTilt: { hold: null, reps: NO_COUNT, seed: '001 pelvic tilts' },
  // 004's hip rotator draws both knees to the chest; no hold of its own.
  kneesToChest: { hold: null, reps: NO_COUNT, seed: '004 (knees toward the chest)' },
  // 004: "Do this several times for 30-60 seconds on each side": the repeats are inside the hold.
  towelRoll: { hold: { min: 30, max: 60 }, reps: { min: 1, max: 1 }, seed: '004 hip mobilization' },
  // 001 lists seated spinal twists for the workday with no hold.
  seatedTwist: { hold: null, reps: NO_COUNT, seed: '001 workday seated twists' },
};

/**
 * Each routine's own seed hold range, for stretches with none of their own. 001: morning "Hold each
 * stretch for 15-30 seconds", evening "Hold each stretch for 20-30 seconds"; the workday break has
 * none, so it takes the shorter of the two, the morning's.
 */
const ROUTINE_HOLD: Readonly<Record<RoutineId, { readonly min: number; readonly max: number }>> = {
  morning: { min: 15, max: 30 },
  workday: { min: 15, max: 30 },
  evening: { min: 20, max: 30 },
};

function allowedHold(routine: RoutineId, stretch: StretchId): { min: number; max: number } {
  const row = SEED_RANGES[stretch];
  if (!row.hold) return ROUTINE_HOLD[routine];
  if (row.alsoIn === routine) {
    const also = ROUTINE_HOLD[routine];
    return { min: Math.min(row.hold.min, also.min), max: Math.max(row.hold.max, also.max) };
  }
  return row.hold;
}

const weeks = [1, 2, 3, 4, 5, 6];

describe('every dose is inside the seeds', () => {
  it('has a seed row for every stretch in the catalogue', () => {
    expect([...stretchIds].sort()).toEqual(Object.keys(SEED_RANGES).sort());
  });

  it.each(routineIds.flatMap((routine) => weeks.map((week) => [routine, week] as const)))(
    'holds and repeats every stretch of the %s routine in week %i inside its seed range',
    (routine, week) => {
      const plan = buildPlan(routine, { week });

      expect(plan.stretches.length).toBeGreaterThan(0);
      for (const planned of plan.stretches) {
        const hold = allowedHold(routine, planned.stretch);
        const reps = SEED_RANGES[planned.stretch].reps;
        const inside = planned.hold >= hold.min && planned.hold <= hold.max && planned.reps >= reps.min && planned.reps <= reps.max;
        expect({ stretch: planned.stretch, hold: planned.hold, reps: planned.reps, inside }).toEqual({
          stretch: planned.stretch,
          hold: planned.hold,
          reps: planned.reps,
          inside: true,
        });
      }
    },
  );

  it.each(['groinPain', 'hipInjury', 'backInjury', 'kneeProblem'] as const)('keeps every swapped-in variant inside its own seed range with %s, in every routine and week', (condition) => {
    for (const routine of routineIds) {
      for (const week of weeks) {
        for (const planned of buildPlan(routine, { week, conditions: [condition] }).stretches) {
          const hold = allowedHold(routine, planned.stretch);
          const reps = SEED_RANGES[planned.stretch].reps;
          const inside = planned.hold >= hold.min && planned.hold <= hold.max && planned.reps >= reps.min && planned.reps <= reps.max;
          expect({ routine, week, stretch: planned.stretch, inside }).toEqual({ routine, week, stretch: planned.stretch, inside: true });
        }
      }
    }
  });

  it('keeps "make it harder" inside the seed hold range too', () => {
    for (const routine of routineIds) {
      routines[routine].items.forEach((item) => {
        for (const week of weeks) {
          const { hold } = doseFor(item, week, 4);
          const allowed = allowedHold(routine, item.stretch);
          expect({ routine, stretch: item.stretch, week, hold, inside: hold <= allowed.max }).toEqual({
            routine,
            stretch: item.stretch,
            week,
            hold,
            inside: true,
          });
        }
      });
    }
  });

  it('gives the hip flexor, hip rotator and figure four two to three rounds a side wherever they play (the seeds\' count)', () => {
    const counted: StretchId[] = ['kneelingHipFlexor', 'standingHipFlexor', 'hipRotator', 'figureFour'];
    let seen = 0;
    for (const routine of routineIds) {
      for (const week of weeks) {
        seen += buildPlan(routine, { week }).stretches.filter((s) => counted.includes(s.stretch)).length;
        const tooFew = buildPlan(routine, { week })
          .stretches.filter((s) => counted.includes(s.stretch) && s.reps < 2)
          .map((s) => ({ routine, week, stretch: s.stretch, reps: s.reps }));
        expect(tooFew).toEqual([]);
      }
    }
    // Not vacuous: the morning and evening plans hold these stretches in every week.
    expect(seen).toBeGreaterThan(0);
  });
});
