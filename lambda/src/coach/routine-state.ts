import type { RoutineId } from '../scripts/routines';
import type { Condition } from '../scripts/stretches';
import type { HoldShift } from './dose';
import { buildPlan, type Plan } from './plan';

/** Where a user is in a routine, and today's adjustments to it. Session-only, serialisable. */
export interface RoutineState {
  readonly routine: RoutineId;
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
}

export function newRoutineState(
  routine: RoutineId,
  week: number,
  startedAt: string,
  conditions: readonly Condition[] = [],
  step = 0,
): RoutineState {
  return { routine, week, step, conditions, shifts: {}, gentler: [], startedAt, hadPain: false, done: 0 };
}

export function planOf(state: RoutineState): Plan {
  return buildPlan(state.routine, {
    week: state.week,
    conditions: state.conditions,
    shifts: state.shifts,
    gentler: state.gentler,
  });
}

/** The step a plan's stretch begins at, clamped to the plan. */
export function stretchStart(plan: Plan, step: number): number {
  const s = plan.steps[Math.min(step, plan.steps.length - 1)];
  return s ? plan.stretches[s.stretchIndex]!.firstStep : 0;
}
