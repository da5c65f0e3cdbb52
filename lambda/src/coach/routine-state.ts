import type { Condition, StretchId } from '../scripts/stretches';
import type { CustomSpec, RoutineKind } from './custom-spec';
import type { HoldShift } from './dose';
import { buildPlan, stretchOfStep, type Plan } from './plan';

/** Where a user is in a routine, and today's adjustments to it. Session-only, serialisable. */
export interface RoutineState {
  readonly routine: RoutineKind;
  /** The fitted stretches when the routine is `custom`. */
  readonly custom?: CustomSpec;
  readonly week: number;
  /** First step of the stretch response last sent (or the step to resume at). */
  readonly step: number;
  readonly conditions: readonly Condition[];
  readonly shifts: Readonly<Record<number, HoldShift>>;
  readonly gentler: readonly number[];
  readonly startedAt: string;
  /** Something hurt this session: the coach offers to keep the level next week. */
  readonly hadPain: boolean;
  /** Stretches done (fully heard) this session, for "how many are left" and the summary. */
  readonly done: number;
  /**
   * Hold time the user moved on from unheard ("next" or "skip" before a hold ended): the routine's
   * minutes are the minutes held, and it counts as a session only if most holds were done.
   */
  readonly missed?: Missed;
  /**
   * The routine ended in the last response, right after this stretch (`step`), and is counted: it is
   * kept while that stretch plays, so words said over it ("Alexa, this hurts") are answered in it.
   */
  readonly finished?: true;
}

export interface Missed {
  /** Seconds of hold not held. */
  readonly seconds: number;
  /** Holds of which less than half was held. */
  readonly holds: number;
}

/** A routine state with its plan: the plan is built once, when the state is made or changes shape. */
export interface Routine {
  readonly state: RoutineState;
  readonly plan: Plan;
}

export function newRoutineState(
  routine: RoutineKind,
  week: number,
  startedAt: string,
  conditions: readonly Condition[] = [],
  step = 0,
  custom?: CustomSpec,
): RoutineState {
  return { routine, ...(custom ? { custom } : {}), week, step, conditions, shifts: {}, gentler: [], startedAt, hadPain: false, done: 0 };
}

/** The state with its plan. Call it when the plan's shape (week, conditions, shifts, gentler) is new. */
export function routineOf(state: RoutineState): Routine {
  return {
    state,
    plan: buildPlan(state.routine, {
      week: state.week,
      conditions: state.conditions,
      shifts: state.shifts,
      gentler: state.gentler,
      custom: state.custom,
    }),
  };
}

/** The same routine with the cursor or progress moved (the plan's shape unchanged, so no rebuild). */
export function withState(routine: Routine, patch: Partial<Pick<RoutineState, 'step' | 'done' | 'hadPain' | 'missed'>>): Routine {
  return { state: { ...routine.state, ...patch }, plan: routine.plan };
}

/** The step a plan's stretch begins at, clamped to the plan. */
export function stretchStart(plan: Plan, step: number): number {
  const s = plan.steps[Math.min(step, plan.steps.length - 1)];
  return s ? stretchOfStep(plan, s).firstStep : 0;
}

/**
 * The stretch "make it easier" switches the current one to, as today's plan would play it (the
 * routine's positions and conditions allowing: a workday break's gentler hamstring is the chair
 * one, not the floor one); undefined when there is none or it is already the gentler one.
 */
export function gentlerVariant(routine: Routine): { readonly item: number; readonly stretch: StretchId } | undefined {
  const step = routine.plan.steps[routine.state.step];
  if (!step) return undefined;
  const { item, stretch } = stretchOfStep(routine.plan, step);
  // An item already switched is listed again harmlessly (plan.ts asks `gentler.includes`): the plan is the
  // same, its stretch is the current one, and undefined is returned below.
  const swapped = routineOf({ ...routine.state, gentler: [...routine.state.gentler, item] }).plan.stretches.find((s) => s.item === item);
  return swapped && swapped.stretch !== stretch ? { item, stretch: swapped.stretch } : undefined;
}
