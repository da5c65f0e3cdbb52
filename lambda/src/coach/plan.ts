import { inWeek, routines, type RoutineItem, type RoutineSpec } from '../scripts/routines';
import { gentlerOf, stretches, type Bounds, type Condition, type StretchId, type StretchSpec } from '../scripts/stretches';
import { customRoutineSpec, type CustomSpec, type RoutineKind } from './custom-spec';
import { clampWeek, doseFor, type HoldShift } from './dose';

export type Side = 'right' | 'left';

/** One hold: a stretch, on a side (or both at once), one repetition. */
export interface Step {
  /** Index of the stretch in the plan. */
  readonly stretchIndex: number;
  readonly stretch: StretchId;
  readonly side?: Side;
  /** 1-based repetition on this side. */
  readonly rep: number;
  readonly reps: number;
  readonly hold: number;
}

export interface PlannedStretch {
  readonly stretch: StretchId;
  /** The routine item's index: stable across swaps, so "make it easier" can target it. */
  readonly item: number;
  readonly hold: number;
  readonly reps: number;
  /** Index of its first step in `Plan.steps`. */
  readonly firstStep: number;
  readonly stepCount: number;
}

export interface Plan {
  readonly routine: RoutineKind;
  readonly stretches: readonly PlannedStretch[];
  readonly steps: readonly Step[];
}

/** What shapes today's plan besides the routine: all session-only, none of it stored. */
export interface PlanOptions {
  readonly week: number;
  /** Conditions the user mentioned today ("I have groin pain"): swap or skip what they rule out. */
  readonly conditions?: readonly Condition[];
  /** Easier/harder shift of holds per routine item, in 5 s steps. */
  readonly shifts?: Readonly<Record<number, HoldShift>>;
  /** Routine items switched to their gentler variant ("make it easier"). */
  readonly gentler?: readonly number[];
  /** The fitted stretches of a custom routine (required when the routine is `custom`). */
  readonly custom?: CustomSpec;
}

/** The items and positions a routine is built from: a fixed routine of the catalogue, or a fitted one. */
export function routineSpecOf(routine: RoutineKind, custom: CustomSpec | undefined): RoutineSpec {
  if (routine !== 'custom') return routines[routine];
  if (!custom) throw new RangeError('a custom routine needs its fitted spec');
  return customRoutineSpec(custom);
}

/** The planned stretch a step belongs to: every step's index points into the same plan. */
export function stretchOfStep(plan: Plan, step: Step): PlannedStretch {
  const planned = plan.stretches[step.stretchIndex];
  if (!planned) throw new RangeError(`stretch ${step.stretchIndex} is outside the plan`);
  return planned;
}

let builds = 0;

/** Plans built so far in this process: a test checks that one request builds its plan once. */
export function planBuildCount(): number {
  return builds;
}

/**
 * Routine + program week + today's adjustments → the ordered holds. Pure (but for the count above).
 * One-sided stretches do every repetition on the right, then every repetition on the left,
 * so each side gets its full hold.
 */
export function buildPlan(routine: RoutineKind, options: PlanOptions): Plan {
  builds += 1;
  const conditions = options.conditions ?? [];
  const gentle = conditions.includes('hipInjury') || conditions.includes('backInjury');
  const planned: PlannedStretch[] = [];
  const steps: Step[] = [];
  const seen = new Set<StretchId>();
  const spec = routineSpecOf(routine, options.custom);
  spec.items.forEach((item, itemIndex) => {
    if (!inWeek(item, clampWeek(options.week))) return;
    const wantsGentler = options.gentler?.includes(itemIndex) ?? false;
    const stretch = chooseStretch(item.stretch, conditions, gentle, wantsGentler, spec.positions);
    if (!stretch || seen.has(stretch)) return;
    seen.add(stretch);
    const dose = doseFor(asVariant(item, stretch), options.week, options.shifts?.[itemIndex] ?? 0, gentle);
    const sided = stretches[stretch].sided;
    const stretchIndex = planned.length;
    const firstStep = steps.length;
    const sides: ReadonlyArray<Side | undefined> = sided ? ['right', 'left'] : [undefined];
    for (const side of sides) {
      for (let rep = 1; rep <= dose.reps; rep++) {
        steps.push({ stretchIndex, stretch, side, rep, reps: dose.reps, hold: dose.hold });
      }
    }
    planned.push({ stretch, item: itemIndex, hold: dose.hold, reps: dose.reps, firstStep, stepCount: steps.length - firstStep });
  });
  return { routine, stretches: planned, steps };
}

/** The part of `wanted` inside `allowed`; `allowed` itself when they do not meet or nothing is wanted. */
function within(wanted: Bounds | undefined, allowed: Bounds): Bounds {
  if (!wanted) return allowed;
  const min = Math.max(wanted.min, allowed.min);
  const max = Math.min(wanted.max, allowed.max);
  return min <= max ? { min, max } : allowed;
}

/**
 * A routine item done as `stretch` (itself or a variant swapped in): the routine's own hold and
 * repetition ranges, kept inside the variant's seed ranges (a swapped-in piriformis stretch is
 * held once a side, as its seed says, even where the figure four it replaces is done twice).
 */
export function asVariant(item: RoutineItem, stretch: StretchId): RoutineItem {
  if (stretch === item.stretch) return item;
  const spec: StretchSpec = stretches[stretch];
  return { ...item, stretch, hold: within(item.hold, spec.hold), reps: within(item.reps, spec.reps) };
}

/** The stretch to do for a routine item today: itself, its gentler variant, or none. */
function chooseStretch(
  id: StretchId,
  conditions: readonly Condition[],
  gentle: boolean,
  wantsGentler: boolean,
  positions: readonly string[],
): StretchId | undefined {
  let current: StretchId | undefined = id;
  let guard = 0;
  const ruledOut = (s: StretchId): boolean =>
    stretches[s].avoidWith.some((c) => conditions.includes(c)) || (gentle && stretches[s].deep);
  while (current && guard++ < 4) {
    const spec = stretches[current];
    const next = gentlerOf(current);
    if (wantsGentler && current === id && next) {
      current = next;
      continue;
    }
    if (!ruledOut(current) && positions.includes(spec.position)) return current;
    current = next;
  }
  return undefined;
}

