import { candidatesFor, customPlan, FIT_TOLERANCE, fitCustom, orderItems, playedSeconds } from '../../src/coach/custom-plan';
import { customHoldRange, focuses, focusTargets, type CustomItem, type CustomSpec, type Daypart, type Focus } from '../../src/coach/custom-spec';
import { routineSeconds } from '../../src/coach/length';
import { kitLeadSeconds } from '../../src/coach/routine-turns';
import { TOP_WEEK } from '../../src/coach/dose';
import { stretches, type Condition } from '../../src/scripts/stretches';
import { createVoice } from '../../src/speech/voice';

// First phrasings, as the conversation tests hear them: the same timeline that times the SSML.
const voice = createVoice('en-US', () => 0);
const firstTimer = (): boolean => true;
const returning = (): boolean => false;
const rank = { standing: 0, seated: 1, floor: 2 } as const;

/** The whole routine composed as it will play (coach/length.ts), with the kit named and fetched first, once per distinct routine. */
const composed = new Map<string, number>();
function routinePlays(spec: CustomSpec, week: number, conditions: readonly Condition[], full: () => boolean): number {
  const key = JSON.stringify([spec.items, spec.time, week, conditions, full()]);
  let seconds = composed.get(key);
  if (seconds === undefined) {
    const plan = customPlan(spec, week, conditions);
    seconds = routineSeconds(plan, voice, 0, full) + kitLeadSeconds(voice, plan);
    composed.set(key, seconds);
  }
  return seconds;
}

/** The fitter's stretch-by-stretch measure: checked against the whole composition for every fit below. */
function quickPlays(spec: CustomSpec, week: number, conditions: readonly Condition[], full: () => boolean): number {
  return playedSeconds(customPlan(spec, week, conditions), voice, full);
}

/** Every way the problems of a fitted routine show, as text (empty when it keeps every rule). */
function ruleBreaks(spec: CustomSpec, week: number, time: Daypart, conditions: readonly Condition[]): string[] {
  const problems: string[] = [];
  const plan = customPlan(spec, week, conditions);
  if (plan.stretches.length !== spec.items.length) problems.push('a fitted stretch was dropped when the plan was built');
  for (const planned of plan.stretches) {
    const s = stretches[planned.stretch];
    const hold = customHoldRange(planned.stretch, time);
    if (planned.hold < s.hold.min || planned.hold > s.hold.max) problems.push(`${planned.stretch} hold ${planned.hold} outside the seed's ${s.hold.min}-${s.hold.max}`);
    if (planned.hold > hold.max) problems.push(`${planned.stretch} hold ${planned.hold} over the ${time} cap`);
    if (planned.reps < s.reps.min || planned.reps > s.reps.max) problems.push(`${planned.stretch} reps ${planned.reps} outside the seed's range`);
    if (!s.targets.some((t) => focusTargets[spec.focus].includes(t))) problems.push(`${planned.stretch} does not work ${spec.focus}`);
    if (time === 'morning' && s.deep) problems.push(`${planned.stretch} is deep, in the morning`);
    if (s.avoidWith.some((c) => conditions.includes(c))) problems.push(`${planned.stretch} is ruled out by today's conditions`);
    const steps = plan.steps.slice(planned.firstStep, planned.firstStep + planned.stepCount);
    const on = (side: 'right' | 'left' | undefined): number => steps.filter((st) => st.side === side).length;
    if (s.sided ? on('right') !== planned.reps || on('left') !== planned.reps : on(undefined) !== planned.reps) {
      problems.push(`${planned.stretch} is not done ${planned.reps} times on ${s.sided ? 'each side' : 'both sides at once'}`);
    }
  }
  const ranks = plan.stretches.map((p) => rank[stretches[p.stretch].position]);
  if (ranks.some((r, i) => i > 0 && r < (ranks[i - 1] as number))) problems.push(`order ${plan.stretches.map((p) => stretches[p.stretch].position).join(',')}`);
  return problems;
}

/**
 * The routines one change away (a stretch added or dropped, a repetition more or less, within the
 * seed ranges): when the fit is not within ±10 %, none of them may be either, or it was not the nearest.
 */
function oneChangeAway(spec: CustomSpec, week: number, time: Daypart, conditions: readonly Condition[]): CustomItem[][] {
  const pool = candidatesFor({ minutes: spec.minutes, focus: spec.focus, time }, week, conditions);
  const used = new Set(spec.items.map(([s]) => s));
  const out: CustomItem[][] = [];
  spec.items.forEach(([s, r], i) => {
    const range = stretches[s].reps;
    if (spec.items.length > 1) out.push(spec.items.filter((_, j) => j !== i));
    for (const next of [r - 1, r + 1]) if (next >= range.min && next <= range.max) out.push(spec.items.map((item, j) => (j === i ? [s, next] : item)));
  });
  for (const c of pool) if (!used.has(c.stretch)) out.push(orderItems([...spec.items, [c.stretch, c.weekReps]]));
  return out;
}

interface Checked {
  readonly problems: string[];
  readonly within: boolean;
}

function checkFit(focus: Focus, minutes: number, week: number, time: Daypart, full: () => boolean, conditions: readonly Condition[] = []): Checked {
  const asked = minutes * 60;
  const fit = fitCustom({ minutes, focus, time }, { week, conditions, voice, fullCuesFor: full });
  const at = `${focus} ${minutes} min week ${week} ${time}`;
  if (!fit.spec) return { problems: [`${at}: nothing fitted`], within: false };
  const played = routinePlays(fit.spec, week, conditions, full);
  const problems = ruleBreaks(fit.spec, week, time, conditions).map((p) => `${at}: ${p}`);
  if (Math.abs(played - fit.seconds) > 0.5) problems.push(`${at}: fitted as ${fit.seconds} s, plays ${played} s`);
  if (Math.abs(played - fit.spec.played) > 0.5) problems.push(`${at}: carries ${fit.spec.played} s as its length, plays ${played} s`);
  const inBand = (s: number): boolean => Math.abs(s - asked) <= asked * FIT_TOLERANCE;
  if (fit.within !== inBand(played)) problems.push(`${at}: says within=${String(fit.within)} at ${Math.round(played)} s`);
  if (!inBand(played)) {
    const spec = fit.spec;
    const better = oneChangeAway(spec, week, time, conditions).find((items) => inBand(quickPlays({ ...spec, items }, week, conditions, full)));
    if (better) problems.push(`${at}: plays ${Math.round(played)} s, but ${JSON.stringify(better)} would fit`);
  }
  return { problems, within: fit.within };
}

const minutesAsked = Array.from({ length: 29 }, (_, i) => i + 2);
const weeks = Array.from({ length: TOP_WEEK }, (_, i) => i + 1);

describe('a custom routine fitted to the minutes and focus asked', () => {
  it.each(focuses.map((f) => [f]))('fits %s for every length 2-30 and every program week, for a first-timer in the evening', (focus) => {
    const problems: string[] = [];
    let within = 0;
    for (const week of weeks) {
      for (const minutes of minutesAsked) {
        const checked = checkFit(focus, minutes, week, 'evening', firstTimer);
        problems.push(...checked.problems);
        if (checked.within) within++;
      }
    }
    expect(problems).toEqual([]);
    // The whole catalogue fits every length; one region alone fits some, and is the nearest possible for the rest.
    const all = weeks.length * minutesAsked.length;
    expect(focus === 'any' ? within === all : within > 0).toBe(true);
  });

  it('fits a returning user (short cues) and a morning request (gentle: no deep stretch, holds of 30 s at most) by the same rules', () => {
    const problems: string[] = [];
    for (const focus of focuses) {
      for (const week of [1, TOP_WEEK]) {
        for (const minutes of [2, 5, 10, 20, 30]) {
          problems.push(...checkFit(focus, minutes, week, 'evening', returning).problems, ...checkFit(focus, minutes, week, 'morning', firstTimer).problems);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('leaves out what today\'s conditions rule out, and still fits', () => {
    const problems: string[] = [];
    for (const conditions of [['groinPain'], ['kneeProblem'], ['backInjury'], ['hipInjury', 'kneeProblem']] as Condition[][]) {
      for (const minutes of [3, 8, 15, 25]) problems.push(...checkFit('any', minutes, 3, 'evening', firstTimer, conditions).problems);
    }
    expect(problems).toEqual([]);
  });

  it('holds longer in the evening than in the morning at the same week', () => {
    const holds = (time: Daypart): number => {
      const fit = fitCustom({ minutes: 10, focus: 'hips', time }, { week: TOP_WEEK, conditions: [], voice, fullCuesFor: firstTimer });
      const plan = customPlan(fit.spec!, TOP_WEEK, []);
      return Math.max(...plan.steps.map((s) => s.hold));
    };
    expect(holds('morning')).toBeLessThanOrEqual(30);
    expect(holds('evening')).toBeGreaterThan(holds('morning'));
  });

  it('fits the same routine every time it is asked the same (a rebuild is the routine that played)', () => {
    const ask = { minutes: 12, focus: 'glutes', time: 'day' } as const;
    const options = { week: 4, conditions: [] as Condition[], voice, fullCuesFor: firstTimer };
    expect(fitCustom(ask, options)).toEqual(fitCustom(ask, options));
  });

  it('has nothing to fit when today\'s conditions rule out every stretch for the focus', () => {
    const fit = fitCustom({ minutes: 5, focus: 'hipInner', time: 'evening' }, { week: 1, conditions: ['groinPain'], voice, fullCuesFor: firstTimer });
    expect(fit.spec).toBeUndefined();
  });
});
