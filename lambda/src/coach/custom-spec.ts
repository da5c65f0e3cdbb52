import { isStretchId, stretches, type Bounds, type StretchId, type Target } from '../scripts/stretches';
import { isRoutineId, type RoutineId, type RoutineSpec } from '../scripts/routines';

/** The fixed routines of the catalogue, or one fitted to the minutes and focus the user asked for. */
export type RoutineKind = RoutineId | 'custom';

export function isRoutineKind(value: unknown): value is RoutineKind {
  return value === 'custom' || isRoutineId(value);
}

/** What a custom routine works on: the regions users name, from the muscles the seeds give each stretch. */
export const focuses = ['any', 'lowerBack', 'hips', 'hipFront', 'hipOuter', 'hipInner', 'glutes', 'hamstrings'] as const;
export type Focus = (typeof focuses)[number];

export function isFocus(value: unknown): value is Focus {
  return focuses.some((f) => f === value);
}

/** The catalogue's targets each focus covers (seed 001's muscle table). */
export const focusTargets: Readonly<Record<Focus, readonly Target[]>> = {
  any: ['iliopsoas', 'piriformis', 'hamstrings', 'tfl', 'glutes', 'deepRotators', 'adductors', 'lowerBack', 'hipCapsule'],
  lowerBack: ['lowerBack'],
  hips: ['iliopsoas', 'hipCapsule', 'tfl', 'deepRotators', 'adductors'],
  hipFront: ['iliopsoas', 'hipCapsule'],
  hipOuter: ['tfl', 'deepRotators'],
  hipInner: ['adductors'],
  glutes: ['glutes', 'piriformis'],
  hamstrings: ['hamstrings'],
};

/** Morning stays gentle (seed 001's morning character); the evening may hold longer. */
export const dayparts = ['morning', 'day', 'evening'] as const;
export type Daypart = (typeof dayparts)[number];

export function isDaypart(value: unknown): value is Daypart {
  return dayparts.some((d) => d === value);
}

/** The minutes a user may ask for. */
export const MIN_CUSTOM_MINUTES = 2;
export const MAX_CUSTOM_MINUTES = 30;

/** What a user asked for before it is fitted: carried through the first-use screen. */
export interface CustomAsk {
  readonly minutes: number;
  readonly focus: Focus;
}

export function isCustomAsk(value: unknown): value is CustomAsk {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return isMinutes(v.minutes) && isFocus(v.focus);
}

function isMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_CUSTOM_MINUTES && value <= MAX_CUSTOM_MINUTES;
}

/** One fitted stretch: which, and how many repetitions a side (the hold comes from the program week). */
export type CustomItem = readonly [stretch: StretchId, reps: number];

/**
 * A fitted custom routine, compact enough for session attributes and the saved place: what was
 * asked (minutes, focus, time of day) and the stretches chosen, so the plan is rebuilt exactly
 * (the user's cue history, which the fit depends on, moves on as they stretch).
 */
export interface CustomSpec {
  /** Minutes asked for (or worked out from "shorter" / "longer"). */
  readonly minutes: number;
  /** Whole seconds the fitted routine plays for, as announced: whether it counts as a session is judged on this. */
  readonly played: number;
  readonly focus: Focus;
  readonly time: Daypart;
  readonly items: readonly CustomItem[];
}

/** An hour: far longer than any fitted routine plays. */
const MAX_PLAYED_SECONDS = 3600;
/**
 * A custom routine counts as one of the week's sessions when it plays at least this many minutes
 * (the low end of the seeds' morning routine); a shorter one adds its minutes to the total only.
 */
export const MIN_COUNTED_MINUTES = 5;

/** No custom routine holds more stretches than the catalogue has. */
const MAX_ITEMS = 40;

function isItem(value: unknown): value is CustomItem {
  if (!Array.isArray(value) || value.length !== 2) return false;
  const [stretch, reps] = value as unknown[];
  if (!isStretchId(stretch) || typeof reps !== 'number' || !Number.isInteger(reps)) return false;
  const range = stretches[stretch].reps;
  return reps >= range.min && reps <= range.max;
}

/**
 * A custom spec carried in session attributes or a stored record: every field known, every
 * stretch in the catalogue at a repetition count inside its seed range, none twice.
 */
export function isCustomSpec(value: unknown): value is CustomSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (!isMinutes(v.minutes)) return false;
  if (!isFocus(v.focus) || !isDaypart(v.time)) return false;
  if (typeof v.played !== 'number' || !Number.isInteger(v.played) || v.played < 0 || v.played > MAX_PLAYED_SECONDS) return false;
  if (!Array.isArray(v.items) || v.items.length === 0 || v.items.length > MAX_ITEMS || !v.items.every(isItem)) return false;
  const ids = (v.items).map(([s]) => s);
  return new Set(ids).size === ids.length;
}

/** Only the spec's own fields, so nothing else a client put next to them is carried on. */
export function compactSpec(spec: CustomSpec): CustomSpec {
  return { minutes: spec.minutes, played: spec.played, focus: spec.focus, time: spec.time, items: spec.items.map(([s, r]) => [s, r] as const) };
}

/** The longest hold each time of day allows: mornings stay gentle, evenings take the seed's full range. */
const holdCap: Readonly<Record<Daypart, number>> = { morning: 30, day: 40, evening: Number.POSITIVE_INFINITY };

/** The hold range a stretch gets at a time of day: its seed range, capped for the time of day. */
export function customHoldRange(stretch: StretchId, time: Daypart): Bounds {
  const range = stretches[stretch].hold;
  return { min: range.min, max: Math.max(range.min, Math.min(range.max, holdCap[time])) };
}

/** Stretches the time of day leaves out: deep ones wait for later in the day than the morning. */
export function allowedAt(stretch: StretchId, time: Daypart): boolean {
  return time !== 'morning' || !stretches[stretch].deep;
}

/** A custom spec as a routine of the catalogue's shape: the plan is built from it like any routine. */
export function customRoutineSpec(spec: CustomSpec): RoutineSpec {
  return {
    minutes: { min: spec.minutes, max: spec.minutes },
    positions: ['floor', 'standing', 'seated'],
    items: spec.items.map(([stretch, reps]) => ({ stretch, hold: customHoldRange(stretch, spec.time), reps: { min: reps, max: reps } })),
  };
}
