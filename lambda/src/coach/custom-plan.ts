import { stretches, stretchIds, type Condition, type Position, type StretchId } from '../scripts/stretches';
import type { Voice } from '../speech/phrase-key';
import { totalSeconds } from '../speech/timeline';
import { composeStretch } from './compose';
import {
  allowedAt,
  customHoldRange,
  focusTargets,
  type CustomItem,
  type CustomSpec,
  type Daypart,
  type Focus,
} from './custom-spec';
import { doseFor } from './dose';
import type { FullCuesFor } from './length';
import { buildPlan, type Plan } from './plan';
import { kitLeadSeconds } from './routine-turns';

/** What the user asked for. */
export interface CustomRequest {
  readonly minutes: number;
  readonly focus: Focus;
  readonly time: Daypart;
}

export interface FitOptions {
  readonly week: number;
  /** Conditions mentioned this session: stretches they rule out are never chosen. */
  readonly conditions: readonly Condition[];
  /** The request's voice: lengths are measured with its words (first phrasings, so a rebuild measures the same). */
  readonly voice: Voice;
  /** Which stretches this user still hears with full setup cues: what is fitted is what will play. */
  readonly fullCuesFor: FullCuesFor;
}

export interface Fit {
  /** Undefined when nothing in the catalogue suits the focus with today's conditions. */
  readonly spec: CustomSpec | undefined;
  /** Played length of the fitted routine, by the timeline that times its SSML. */
  readonly seconds: number;
  /** Within ±10 % of the asked minutes; otherwise it is the nearest the catalogue allows. */
  readonly within: boolean;
}

/** How close a fitted routine must play to the asked minutes. */
export const FIT_TOLERANCE = 0.1;

/** Standing first, then the chair, then down to the floor once: floor stretches stay together. */
const positionRank: Readonly<Record<Position, number>> = { standing: 0, seated: 1, floor: 2 };

/** A repetition away from the week's dose costs more than any choice between stretches: doses move only to fit. */
const REP_PENALTY = 1000;
/** Measured, then the aim corrected, at most this many times. */
const MAX_FIT_PASSES = 4;
/** The share of the tolerance aimed for first. */
const TIGHT_SHARE = 0.4;

interface Candidate {
  readonly stretch: StretchId;
  readonly weekReps: number;
  readonly reps: { readonly min: number; readonly max: number };
  /** Order of preference: earlier candidates cover more of the focus. */
  readonly rank: number;
}

function ruledOut(stretch: StretchId, conditions: readonly Condition[]): boolean {
  const gentle = conditions.includes('hipInjury') || conditions.includes('backInjury');
  const spec = stretches[stretch];
  return spec.avoidWith.some((c) => conditions.includes(c)) || (gentle && spec.deep);
}

/**
 * The stretches that suit the focus, time of day and today's conditions, most useful first:
 * each next one covers most of the focus's muscles not yet covered (catalogue order breaks ties).
 */
export function candidatesFor(request: CustomRequest, week: number, conditions: readonly Condition[]): Candidate[] {
  const wanted = focusTargets[request.focus];
  const pool = stretchIds.filter(
    (id) => stretches[id].targets.some((t) => wanted.includes(t)) && allowedAt(id, request.time) && !ruledOut(id, conditions),
  );
  const gentle = conditions.includes('hipInjury') || conditions.includes('backInjury');
  const covered = new Set<string>();
  const ordered: Candidate[] = [];
  const left = [...pool];
  while (left.length > 0) {
    const gain = (id: StretchId): number => stretches[id].targets.filter((t) => wanted.includes(t) && !covered.has(t)).length;
    let best = 0;
    left.forEach((id, i) => {
      if (gain(id) > gain(left[best] as StretchId)) best = i;
    });
    const [id] = left.splice(best, 1) as [StretchId];
    // Once every muscle is covered, start covering them again.
    if (gain(id) === 0) covered.clear();
    for (const t of stretches[id].targets) if (wanted.includes(t)) covered.add(t);
    const reps = stretches[id].reps;
    const dose = doseFor({ stretch: id, hold: customHoldRange(id, request.time), reps }, week, 0, gentle);
    ordered.push({ stretch: id, weekReps: dose.reps, reps, rank: ordered.length });
  }
  return ordered;
}

/** The fitted stretches in the order they are done: standing, then seated, then the floor; catalogue order within. */
export function orderItems(items: readonly CustomItem[]): CustomItem[] {
  const index = (id: StretchId): number => stretchIds.indexOf(id);
  return [...items].sort(([a], [b]) => positionRank[stretches[a].position] - positionRank[stretches[b].position] || index(a) - index(b));
}

/** The same voice always saying its first phrasing: a fit measured twice measures the same. */
function steady(voice: Voice): Voice {
  return { locale: voice.locale, say: (key, params) => voice.list(key, params)[0] ?? '', list: (key, params) => voice.list(key, params) };
}

export function customPlan(spec: CustomSpec, week: number, conditions: readonly Condition[]): Plan {
  return buildPlan('custom', { week, conditions, custom: spec });
}

/** Seconds one stretch plays for on its own, by locale, dose and cues: the fit's building block. */
const unitCache = new Map<string, number>();
const MAX_CACHED_UNITS = 5000;

function unitSeconds(request: CustomRequest, options: FitOptions, voice: Voice, stretch: StretchId, reps: number): number {
  const full = options.fullCuesFor(stretch);
  const key = JSON.stringify([voice.locale, request.time, options.week, options.conditions, stretch, reps, full]);
  let seconds = unitCache.get(key);
  if (seconds === undefined) {
    const plan = customPlan({ ...request, played: 0, items: [[stretch, reps]] }, options.week, options.conditions);
    const position = stretches[stretch].position;
    const composed = composeStretch(plan, 0, { voice, fullCues: full, previousPosition: position, entry: { kind: 'start' } });
    seconds = totalSeconds(composed.segments);
    if (unitCache.size >= MAX_CACHED_UNITS) unitCache.clear();
    unitCache.set(key, seconds);
  }
  return seconds;
}

/** Seconds each stretch's response plays for, by everything its words and pauses depend on. */
const stretchCache = new Map<string, number>();

/**
 * The played length of a plan, as routineSeconds (coach/length.ts) measures it, stretch by stretch,
 * with the kit named and fetched before the first:
 * a stretch's response depends only on its dose and cues, the position before it, the stretch after
 * it and whether it is the only one, so each is composed once and reused across fits.
 */
export function playedSeconds(plan: Plan, voice: Voice, fullCuesFor: FullCuesFor): number {
  let total = 0;
  plan.stretches.forEach((planned, i) => {
    const before = plan.stretches[i - 1];
    const previousPosition = before ? stretches[before.stretch].position : undefined;
    const after = plan.stretches[i + 1]?.stretch ?? null;
    const fullCues = fullCuesFor(planned.stretch);
    const key = JSON.stringify([voice.locale, planned.stretch, planned.hold, planned.reps, fullCues, previousPosition ?? null, after, plan.stretches.length === 1]);
    let seconds = stretchCache.get(key);
    if (seconds === undefined) {
      seconds = totalSeconds(composeStretch(plan, planned.firstStep, { voice, fullCues, previousPosition, entry: { kind: 'start' } }).segments);
      if (stretchCache.size >= MAX_CACHED_UNITS) stretchCache.clear();
      stretchCache.set(key, seconds);
    }
    total += seconds;
  });
  // As played: the stretches, and the kit named and fetched before the first of them.
  return total + kitLeadSeconds(voice, plan);
}

interface Choice {
  readonly items: CustomItem[];
  readonly estimate: number;
}

/**
 * The choice of stretches and repetitions whose estimated length is nearest `target`: among
 * those inside the tolerance, the one nearest the week's doses and most useful stretches; with
 * none inside, the nearest length the catalogue can make. Exact over the candidates (a knapsack
 * over whole seconds), so "nearest possible" is the nearest there is.
 */
function choose(candidates: readonly Candidate[], unit: (c: Candidate, reps: number) => number, target: number): Choice {
  const band = target * FIT_TOLERANCE;
  const cap = Math.ceil(target + band) + 1;
  // best[t]: least penalty reaching estimated total t (whole seconds); how[i][t]: reps of candidate i taken (0 none).
  let best = new Float64Array(cap + 1).fill(Number.POSITIVE_INFINITY);
  best[0] = 0;
  const how: Int8Array[] = [];
  let shortestOver: { total: number; penalty: number; items: CustomItem[] } | undefined;
  for (const [i, c] of candidates.entries()) {
    const next = Float64Array.from(best);
    const pick = new Int8Array(cap + 1);
    for (let reps = c.reps.min; reps <= c.reps.max; reps++) {
      const cost = Math.round(unit(c, reps));
      const penalty = Math.abs(reps - c.weekReps) * REP_PENALTY + c.rank;
      for (let t = cap - cost; t >= 0; t--) {
        const from = best[t] as number;
        if (from === Number.POSITIVE_INFINITY) continue;
        const p = from + penalty;
        if (p < (next[t + cost] as number)) {
          next[t + cost] = p;
          pick[t + cost] = reps;
        }
      }
      // A single stretch longer than the whole band: kept in case nothing shorter exists.
      if (cost > cap && (!shortestOver || cost < shortestOver.total)) shortestOver = { total: cost, penalty, items: [[c.stretch, reps]] };
    }
    how[i] = pick;
    best = next;
  }
  // Aim for the middle of the band first, so joining the stretches cannot push the routine out of it.
  const inside = (width: number): number[] => {
    const found: number[] = [];
    for (let t = 1; t <= cap; t++) if (best[t] !== Number.POSITIVE_INFINITY && Math.abs(t - target) <= width) found.push(t);
    return found;
  };
  const tight = inside(band * TIGHT_SHARE);
  const within = tight.length > 0 ? tight : inside(band);
  let total: number | undefined;
  if (within.length > 0) {
    total = within.reduce((a, b) => ((best[b] as number) < (best[a] as number) || (best[b] === best[a] && Math.abs(b - target) < Math.abs(a - target)) ? b : a));
  } else {
    let longest = 0;
    for (let t = 1; t <= cap; t++) if (best[t] !== Number.POSITIVE_INFINITY) longest = t;
    if (longest > 0 && (!shortestOver || target - longest <= shortestOver.total - target)) total = longest;
    else if (shortestOver) return { items: shortestOver.items, estimate: shortestOver.total };
  }
  if (total === undefined) return { items: [], estimate: 0 };
  return { items: trace(candidates, how, unit, total), estimate: total };
}

/** Walks the knapsack back from `total`: which candidates, at how many repetitions. */
function trace(candidates: readonly Candidate[], how: readonly Int8Array[], unit: (c: Candidate, reps: number) => number, total: number): CustomItem[] {
  const items: CustomItem[] = [];
  let t = total;
  for (let i = candidates.length - 1; i >= 0 && t > 0; i--) {
    const reps = how[i]?.[t] ?? 0;
    const c = candidates[i];
    if (reps > 0 && c) {
      items.push([c.stretch, reps]);
      t -= Math.round(unit(c, reps));
    }
  }
  return items;
}

/**
 * Fits a routine to the asked minutes and focus at the user's program week: the stretches and
 * repetitions are chosen on single-stretch lengths, then the whole routine is measured as it
 * will play and the aim corrected by what joining them changed, until it plays within ±10 %.
 * Pure and deterministic: the same request and options always give the same routine.
 */
export function fitCustom(request: CustomRequest, options: FitOptions): Fit {
  const voice = steady(options.voice);
  const candidates = candidatesFor(request, options.week, options.conditions);
  if (candidates.length === 0) return { spec: undefined, seconds: 0, within: false };
  const asked = request.minutes * 60;
  const unit = (c: Candidate, reps: number): number => unitSeconds(request, options, voice, c.stretch, reps);
  let aim = asked;
  let best: { spec: CustomSpec; seconds: number } | undefined;
  for (let pass = 0; pass < MAX_FIT_PASSES; pass++) {
    const choice = choose(candidates, unit, aim);
    const items = orderItems(choice.items);
    const seconds = playedSeconds(customPlan({ ...request, played: 0, items }, options.week, options.conditions), voice, options.fullCuesFor);
    const spec: CustomSpec = { ...request, played: Math.round(seconds), items };
    if (!best || Math.abs(seconds - asked) < Math.abs(best.seconds - asked)) best = { spec, seconds };
    if (Math.abs(seconds - asked) <= asked * FIT_TOLERANCE * 0.8) break;
    // What joining the stretches added (intros, moves between positions, the closing), taken off the aim.
    const drift = seconds - choice.estimate;
    const nextAim = asked - drift;
    if (Math.abs(nextAim - aim) < 1) break;
    aim = nextAim;
  }
  if (!best) return { spec: undefined, seconds: 0, within: false };
  // The search counts stretches alone; what is said around them (the kit, moves between positions) can
  // leave a short routine outside the band where one repetition more or fewer is inside it: try those.
  if (Math.abs(best.seconds - asked) > asked * FIT_TOLERANCE) {
    for (const items of neighbours(best.spec.items, candidates)) {
      const seconds = playedSeconds(customPlan({ ...request, played: 0, items }, options.week, options.conditions), voice, options.fullCuesFor);
      if (Math.abs(seconds - asked) < Math.abs(best.seconds - asked)) best = { spec: { ...request, played: Math.round(seconds), items }, seconds };
    }
  }
  return { ...best, within: Math.abs(best.seconds - asked) <= asked * FIT_TOLERANCE };
}

/** The routines one repetition away from `items`, each inside its stretch's repetition range. */
function neighbours(items: readonly CustomItem[], candidates: readonly Candidate[]): CustomItem[][] {
  const out: CustomItem[][] = [];
  items.forEach(([stretch, reps], i) => {
    const range = candidates.find((c) => c.stretch === stretch)?.reps;
    if (!range) return;
    for (const next of [reps - 1, reps + 1]) {
      if (next >= range.min && next <= range.max) out.push(items.map((item, j): CustomItem => (j === i ? [stretch, next] : item)));
    }
  });
  return out;
}
