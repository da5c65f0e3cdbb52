import { doseFor, holdRange, MAX_HOLD, repRange, TOP_WEEK } from '../../src/coach/dose';
import { buildPlan } from '../../src/coach/plan';
import { routineIds, routines } from '../../src/scripts/routines';
import { stretches, stretchIds, type Condition, type StretchSpec } from '../../src/scripts/stretches';
import { en } from '../../src/speech/resources/en';

const specs = stretches as Readonly<Record<string, StretchSpec>>;
const words = en.stretch as Readonly<Record<string, { name?: unknown; setup?: unknown; short?: unknown; purpose?: unknown; flow?: unknown }>>;
const weeks = Array.from({ length: TOP_WEEK }, (_, i) => i + 1);
const allItems = routineIds.flatMap((routine) => routines[routine].items.map((item, index) => ({ routine, index, item })));
const conditions: readonly Condition[] = ['groinPain', 'hipInjury', 'backInjury', 'kneeProblem'];

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

describe('stretch catalogue', () => {
  it('holds at least twelve stretches', () => {
    expect(stretchIds.length).toBeGreaterThanOrEqual(12);
  });

  it('names only known stretches as gentler variants, never the stretch itself', () => {
    const gentler = stretchIds.flatMap((id) => (specs[id]!.gentler ? [[id, specs[id]!.gentler] as const] : []));

    expect(gentler.length).toBeGreaterThan(0);
    for (const [id, variant] of gentler) {
      expect({ id, variant, known: stretchIds.includes(variant as never) }).toEqual({ id, variant, known: true });
      expect(variant).not.toBe(id);
    }
  });

  it('gives every stretch a hold range and a repetition range that are positive and ordered', () => {
    for (const id of stretchIds) {
      const { hold, reps } = specs[id]!;
      expect({ id, ok: hold.min > 0 && hold.min <= hold.max && hold.max <= MAX_HOLD }).toEqual({ id, ok: true });
      expect({ id, ok: Number.isInteger(reps.min) && reps.min >= 1 && reps.min <= reps.max }).toEqual({ id, ok: true });
    }
  });

  it.each(stretchIds)('has a name, two to four setup cues, a short cue and a purpose for %s in the English words', (id) => {
    const entry = words[id];

    expect(entry).toBeDefined();
    expect(isNonEmptyString(entry!.name)).toBe(true);
    expect(Array.isArray(entry!.setup)).toBe(true);
    const setup = entry!.setup as readonly unknown[];
    expect(setup.length).toBeGreaterThanOrEqual(2);
    expect(setup.length).toBeLessThanOrEqual(4);
    expect(setup.every(isNonEmptyString)).toBe(true);
    expect(isNonEmptyString(entry!.short)).toBe(true);
    expect(isNonEmptyString(entry!.purpose)).toBe(true);
  });

  it('gives every flow stretch its own flow cues to move with the breath', () => {
    const flowing = stretchIds.filter((id) => specs[id]!.pacing === 'flow');

    expect(flowing.length).toBeGreaterThan(0);
    for (const id of flowing) {
      const flow = words[id]!.flow;
      expect({ id, cues: Array.isArray(flow) && flow.length >= 2 && flow.every(isNonEmptyString) }).toEqual({ id, cues: true });
    }
  });

  it('keeps SSML markup out of every English phrasing: the speech builder adds pauses', () => {
    expect(JSON.stringify(en)).not.toMatch(/<\s*(break|speak|prosody|say-as)/i);
  });
});

describe('routines', () => {
  it('has the morning, workday and evening routines', () => {
    expect([...routineIds].sort()).toEqual(['evening', 'morning', 'workday']);
  });

  it.each(routineIds)('names only known stretches in the %s routine', (routine) => {
    for (const item of routines[routine].items) {
      expect(stretchIds).toContain(item.stretch);
    }
  });

  it.each(routineIds)('uses only positions the %s routine allows', (routine) => {
    const { positions, items } = routines[routine];
    for (const item of items) expect(positions).toContain(specs[item.stretch]!.position);
  });

  it('keeps the workday break to standing and seated stretches', () => {
    expect([...routines.workday.positions].sort()).toEqual(['seated', 'standing']);
    for (const item of routines.workday.items) {
      expect(['standing', 'seated']).toContain(specs[item.stretch]!.position);
    }
  });

  it('keeps the workday break standing or seated whatever conditions or gentler swaps today brings', () => {
    const gentlerChoices = [[], [0], [1], [0, 1]];
    for (const condition of [undefined, ...conditions]) {
      for (const gentler of gentlerChoices) {
        const plan = buildPlan('workday', { week: 1, conditions: condition ? [condition] : [], gentler });
        for (const planned of plan.stretches) {
          const position = specs[planned.stretch]!.position;
          expect({ condition, gentler, stretch: planned.stretch, allowed: position === 'standing' || position === 'seated' }).toEqual({
            condition,
            gentler,
            stretch: planned.stretch,
            allowed: true,
          });
        }
      }
    }
  });

  it('gives every routine item ordered hold and repetition ranges', () => {
    for (const { routine, index, item } of allItems) {
      const hold = holdRange(item);
      const reps = repRange(item);
      expect({ routine, index, ok: hold.min > 0 && hold.min <= hold.max && reps.min >= 1 && reps.min <= reps.max }).toEqual({
        routine,
        index,
        ok: true,
      });
    }
  });
});

describe('doses', () => {
  it('keeps every week-by-week hold inside its routine item\'s hold range and at most 60 s', () => {
    for (const { routine, index, item } of allItems) {
      const range = holdRange(item);
      for (const week of weeks) {
        const { hold } = doseFor(item, week);
        expect({ routine, index, week, hold, inside: hold >= range.min && hold <= range.max && hold <= 60 }).toEqual({
          routine,
          index,
          week,
          hold,
          inside: true,
        });
      }
    }
  });

  it('keeps every week-by-week repetition count a whole number inside its routine item\'s range', () => {
    for (const { routine, index, item } of allItems) {
      const range = repRange(item);
      for (const week of weeks) {
        const { reps } = doseFor(item, week);
        expect({ routine, index, week, reps, inside: Number.isInteger(reps) && reps >= range.min && reps <= range.max }).toEqual({
          routine,
          index,
          week,
          reps,
          inside: true,
        });
      }
    }
  });

  it('stays inside the ranges with easier or harder shifts and the gentle dose', () => {
    for (const { item } of allItems) {
      const hold = holdRange(item);
      const reps = repRange(item);
      for (const week of weeks) {
        for (const shift of [-4, -1, 0, 1, 4]) {
          for (const gentle of [false, true]) {
            const dose = doseFor(item, week, shift, gentle);
            expect(dose.hold).toBeGreaterThanOrEqual(hold.min);
            expect(dose.hold).toBeLessThanOrEqual(Math.min(hold.max, MAX_HOLD));
            expect(dose.reps).toBeGreaterThanOrEqual(reps.min);
            expect(dose.reps).toBeLessThanOrEqual(reps.max);
          }
        }
      }
    }
  });

  it('never shrinks a hold or a repetition count from one week to the next', () => {
    for (const { item } of allItems) {
      for (const week of weeks.slice(1)) {
        const before = doseFor(item, week - 1);
        const now = doseFor(item, week);
        expect(now.hold).toBeGreaterThanOrEqual(before.hold);
        expect(now.reps).toBeGreaterThanOrEqual(before.reps);
      }
    }
  });

  it('starts week 1 at the bottom of every range, and an item that waits for no week is above it by the top week', () => {
    for (const { item } of allItems) {
      expect(doseFor(item, 1)).toEqual({ hold: holdRange(item).min, reps: repRange(item).min });
    }
    const climbing = allItems.filter(({ item }) => (item.lag ?? 0) === 0 && (holdRange(item).max > holdRange(item).min || repRange(item).max > repRange(item).min));
    expect(climbing.length).toBeGreaterThan(0);
    for (const { routine, index, item } of climbing) {
      const top = doseFor(item, TOP_WEEK);
      expect({ routine, index, grew: top.hold > holdRange(item).min || top.reps > repRange(item).min }).toEqual({ routine, index, grew: true });
    }
  });
});
