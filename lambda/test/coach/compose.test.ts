import { composeStretch, readyCueKey, readySeconds, switchSeconds, type ComposeOptions } from '../../src/coach/compose';
import { composeAll } from '../../src/coach/length';
import { buildPlan, type Plan } from '../../src/coach/plan';
import type { Segment } from '../../src/speech/timeline';
import { routineIds } from '../../src/scripts/routines';
import { stretches, type Position } from '../../src/scripts/stretches';
import { en } from '../../src/speech/resources/en';
import { createVoice } from '../../src/speech/voice';

const voice = createVoice('en-US', () => 0);

/** Seconds to change sides, written down: rolling over on the floor takes longer than a standing or seated shift. */
const SWITCH_WINDOW: Readonly<Record<Position, number>> = { floor: 8, standing: 5, seated: 5 };

function textOf(segments: readonly Segment[]): string {
  return segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : [])).join(' ');
}

function positionBefore(plan: Plan, stretchIndex: number): Position | undefined {
  const previous = plan.stretches[stretchIndex - 1];
  return previous ? stretches[previous.stretch].position : undefined;
}

function compose(plan: Plan, stretchIndex: number, options: Partial<ComposeOptions> = {}) {
  return composeStretch(plan, plan.stretches[stretchIndex]!.firstStep, {
    voice,
    fullCues: true,
    previousPosition: positionBefore(plan, stretchIndex),
    entry: { kind: 'start' },
    ...options,
  });
}

/** Every stretch of every routine at the first and the top week: [label, plan, stretch index]. */
const everyStretch = routineIds.flatMap((routine) =>
  [1, 6].flatMap((week) => {
    const plan = buildPlan(routine, { week });
    return plan.stretches.map((planned, index) => [`${routine} week ${week}: ${planned.stretch}`, plan, index] as const);
  }),
);
const sidedStretches = everyStretch.filter(([, plan, index]) => stretches[plan.stretches[index]!.stretch].sided);
const repeatedStretches = everyStretch.filter(([, plan, index]) => plan.stretches[index]!.reps > 1);

describe('composeStretch: one-sided stretches', () => {
  it('includes several one-sided stretches across the routines', () => {
    expect(sidedStretches.length).toBeGreaterThan(3);
  });

  it.each(sidedStretches)('gives each side its full hold times the repetitions in %s', (_label, plan, index) => {
    const planned = plan.stretches[index]!;

    const { segments } = compose(plan, index);

    const heldBySide = { right: 0, left: 0 };
    for (const segment of segments) {
      if (segment.phase !== 'hold' || segment.step === undefined) continue;
      heldBySide[plan.steps[segment.step]!.side!] += segment.seconds;
    }
    expect(heldBySide.right).toBeCloseTo(planned.hold * planned.reps, 1);
    expect(heldBySide.left).toBeCloseTo(planned.hold * planned.reps, 1);
  });

  it.each(sidedStretches)('leaves a switch window between the sides of %s, after saying which side is next', (_label, plan, index) => {
    const planned = plan.stretches[index]!;
    const position = stretches[planned.stretch].position;

    const { segments } = compose(plan, index);

    const switches = segments.flatMap((s, i) => (s.kind === 'pause' && s.phase === 'switch' ? [i] : []));
    expect(switches).toHaveLength(1);
    const at = switches[0]!;
    expect(segments[at]!.seconds).toBe(SWITCH_WINDOW[position]);
    const before = segments.slice(0, at);
    const after = segments.slice(at + 1);
    expect(before.some((s) => s.phase === 'hold' && plan.steps[s.step!]?.side === 'right')).toBe(true);
    expect(before.some((s) => s.phase === 'hold' && plan.steps[s.step!]?.side === 'left')).toBe(false);
    expect(after.some((s) => s.phase === 'hold' && plan.steps[s.step!]?.side === 'right')).toBe(false);
    const namesLeft: unknown = expect.stringContaining('left');
    expect(segments[at - 1]).toMatchObject({ kind: 'speech', text: namesLeft });
  });

  it('gives rolling over on the floor a longer switch window than shifting a standing stance', () => {
    expect([switchSeconds('floor'), switchSeconds('standing'), switchSeconds('seated')]).toEqual([8, 5, 5]);
  });
});

describe('composeStretch: repetitions', () => {
  it.each(repeatedStretches)('counts every repetition after the first aloud in %s', (_label, plan, index) => {
    const planned = plan.stretches[index]!;
    const sides = stretches[planned.stretch].sided ? 2 : 1;

    const spoken = textOf(compose(plan, index).segments);

    const rounds = [...spoken.matchAll(/round (\d+) of (\d+)/gi)].map((m) => `${m[1]}/${m[2]}`);
    const expected = Array.from({ length: sides }, () =>
      Array.from({ length: planned.reps - 1 }, (_, i) => `${i + 2}/${planned.reps}`),
    ).flat();
    expect(rounds).toEqual(expected);
  });

  it('says "round 2 of 2" aloud in the morning hamstring stretch at week 6', () => {
    const plan = buildPlan('morning', { week: 6 });
    const index = plan.stretches.findIndex((s) => s.stretch === 'standingHamstring');

    const spoken = textOf(compose(plan, index).segments);

    expect(plan.stretches[index]!.reps).toBe(2);
    expect(spoken).toContain('Round 2 of 2');
  });
});

describe('composeStretch: getting into position', () => {
  it('allows longer to get to or from the floor than to move between standing stretches', () => {
    expect(readySeconds(undefined, 'floor')).toBe(10);
    expect(readySeconds('standing', 'floor')).toBe(10);
    expect(readySeconds('floor', 'standing')).toBe(10);
    expect(readySeconds('seated', 'floor')).toBe(10);
    expect(readySeconds('standing', 'standing')).toBe(5);
    expect(readySeconds('floor', 'floor')).toBe(5);
    expect(readySeconds(undefined, 'standing')).toBeLessThan(10);
  });

  it('gives the first stretch of the morning, on the floor, a 10 s ready pause and the floor cue', () => {
    const plan = buildPlan('morning', { week: 1 });

    const { segments } = compose(plan, 0);

    expect(stretches[plan.stretches[0]!.stretch].position).toBe('floor');
    expect(segments.find((s) => s.phase === 'ready')).toMatchObject({ kind: 'pause', seconds: 10 });
    expect(en.cue.readyDown.some((line) => textOf(segments).includes(line))).toBe(true);
  });

  it('gives a standing stretch after a standing stretch a 5 s ready pause and no floor cue', () => {
    const plan = buildPlan('evening', { week: 1 });
    const index = 1;
    expect(positionBefore(plan, index)).toBe('standing');
    expect(stretches[plan.stretches[index]!.stretch].position).toBe('standing');

    const { segments } = compose(plan, index);

    expect(segments.find((s) => s.phase === 'ready')).toMatchObject({ kind: 'pause', seconds: 5 });
    expect([...en.cue.readyDown, ...en.cue.readyUp].some((line) => textOf(segments).includes(line))).toBe(false);
  });

  it('gives the move from standing down to the floor a 10 s ready pause', () => {
    const plan = buildPlan('evening', { week: 1 });
    const index = plan.stretches.findIndex((s, i) => i > 0 && stretches[s.stretch].position === 'floor');
    expect(positionBefore(plan, index)).toBe('standing');

    const { segments } = compose(plan, index);

    expect(segments.find((s) => s.phase === 'ready')).toMatchObject({ kind: 'pause', seconds: 10 });
  });

  it.each(everyStretch)('puts exactly one ready pause before the first hold cue in %s', (_label, plan, index) => {
    const { segments } = compose(plan, index);

    const ready = segments.findIndex((s) => s.phase === 'ready');
    const firstHold = segments.findIndex((s) => s.phase === 'hold');
    expect(segments.filter((s) => s.phase === 'ready')).toHaveLength(1);
    expect(ready).toBeGreaterThan(-1);
    expect(ready).toBeLessThan(firstHold);
    expect(segments[ready]!.seconds).toBe(readySeconds(positionBefore(plan, index), stretches[plan.stretches[index]!.stretch].position));
  });
});

describe('composeStretch: setup cues', () => {
  const plan = buildPlan('evening', { week: 1 });
  const index = 2;
  const id = plan.stretches[index]!.stretch;
  // The words name the side being stretched: the first side is the right.
  const onRight = (text: string): string => text.replaceAll('{{side}}', 'right').replaceAll('{{other}}', 'left');
  const setup: readonly string[] = en.stretch[id].setup.map(onRight);
  const short: string = onRight(en.stretch[id].short);

  it('speaks every setup cue, not the short cue, when full cues are asked for', () => {
    const { segments } = compose(plan, index, { fullCues: true });

    const opening = textOf(segments.slice(0, 1));
    for (const cue of setup) expect(opening).toContain(cue);
    expect(opening).not.toContain(short);
  });

  it('speaks only the short cue when the user already knows the stretch', () => {
    const spoken = textOf(compose(plan, index, { fullCues: false }).segments);

    for (const cue of setup) expect(spoken).not.toContain(cue);
    expect(spoken).toContain(short);
  });

  it('makes the short version of a stretch quicker to hear than the full one', () => {
    const seconds = (fullCues: boolean) => compose(plan, index, { fullCues }).segments.reduce((t, s) => t + s.seconds, 0);

    expect(seconds(false)).toBeLessThan(seconds(true));
  });
});

describe('composeStretch: closing', () => {
  it.each(routineIds)('names the next stretch at the end of every response but the last of the %s routine', (routine) => {
    const plan = buildPlan(routine, { week: 1 });

    const responses = composeAll(plan, voice);

    const closings = responses.map((response) => response.segments.at(-1)!);
    const upcoming = plan.stretches.slice(1).map((s) => en.stretch[s.stretch].name);
    expect(closings.map((c) => c.kind)).toEqual(responses.map(() => 'speech'));
    expect(closings.slice(0, -1).map((c, i) => ({ next: upcoming[i], named: textOf([c]).includes(upcoming[i]!) }))).toEqual(
      upcoming.map((next) => ({ next, named: true })),
    );
    expect(responses.map((r) => r.finished)).toEqual([...upcoming.map(() => false), true]);
  });
});

describe('composeStretch: words that fit the move and the moment', () => {
  const lines = { down: en.cue.readyDown, up: en.cue.readyUp, seat: en.cue.readySeat };
  const heardAny = (text: string, list: readonly string[]): boolean => list.some((line) => text.includes(line));

  it.each(everyStretch)('cues the way the user is moving, and never the opposite, in %s', (_label, plan, index) => {
    const before = positionBefore(plan, index);
    const here = stretches[plan.stretches[index]!.stretch].position;
    const text = textOf(compose(plan, index).segments);

    expect(heardAny(text, lines.down)).toBe(here === 'floor' && before !== 'floor');
    expect(heardAny(text, lines.up)).toBe(before === 'floor' && here !== 'floor');
    expect(heardAny(text, lines.seat)).toBe(here === 'seated' && before !== 'seated' && before !== 'floor');
  });

  it('picks the cue from where the user was to where they are going', () => {
    expect(readyCueKey('standing', 'floor')).toBe('cue.readyDown');
    expect(readyCueKey(undefined, 'floor')).toBe('cue.readyDown');
    expect(readyCueKey('floor', 'standing')).toBe('cue.readyUp');
    expect(readyCueKey('floor', 'seated')).toBe('cue.readyUp');
    expect(readyCueKey('standing', 'seated')).toBe('cue.readySeat');
    expect(readyCueKey('floor', 'floor')).toBe('cue.ready');
  });

  it.each(routineIds.flatMap((routine) => [1, 6].map((week) => [routine, week] as const)))(
    'leaves praise to the routine\'s closing line: no stretch response praises (%s, week %i)',
    (routine, week) => {
      const plan = buildPlan(routine, { week });
      const responses = composeAll(plan, voice);
      const praised = (c: (typeof responses)[number]) => heardAny(textOf(c.segments), en.cue.wellDone);

      expect(responses.map(praised)).toEqual(responses.map(() => false));
    },
  );
});

describe('composeStretch: edges written down by hand', () => {
  const said = (segments: readonly Segment[]): string => textOf(segments);

  it('gives six seconds to get ready for a first stretch off the floor, and five between standing and a chair', () => {
    expect(readySeconds(undefined, 'standing')).toBe(6);
    expect(readySeconds(undefined, 'seated')).toBe(6);
    expect(readySeconds('standing', 'seated')).toBe(5);
    expect(readySeconds('seated', 'standing')).toBe(5);
  });

  it('refuses a step outside the plan, naming it', () => {
    const plan = buildPlan('workday', { week: 1 });

    expect(() => composeStretch(plan, 4, { voice, fullCues: true, entry: { kind: 'start' } })).toThrow(new RangeError('step 4 is outside the plan'));
  });

  it('numbers the only stretch of a one-stretch plan "1 of 1" rather than calling it the last', () => {
    const plan: Plan = {
      routine: 'workday',
      stretches: [{ stretch: 'seatedTwist', item: 0, hold: 15, reps: 1, firstStep: 0, stepCount: 2 }],
      steps: [
        { stretchIndex: 0, stretch: 'seatedTwist', side: 'right', rep: 1, reps: 1, hold: 15 },
        { stretchIndex: 0, stretch: 'seatedTwist', side: 'left', rep: 1, reps: 1, hold: 15 },
      ],
    };

    const { segments, finished } = composeStretch(plan, 0, { voice, fullCues: false, entry: { kind: 'start' } });

    expect(said(segments).startsWith('Stretch 1 of 1: the seated twist. Sit on a firm chair. Sit tall, turn your chest to the right.')).toBe(true);
    expect(finished).toBe(true);
  });

  it('cues a twist, and only a twist, to stay well inside comfort with a back injury', () => {
    const plan = buildPlan('morning', { week: 1 });
    // Morning week 1: the half-kneeling hip flexor (0), cat cow (1), the lying spinal twist (2).
    const twist = (conditions: ComposeOptions['conditions']) => said(compose(plan, 2, { conditions }).segments);
    const kneeling = said(compose(plan, 0, { conditions: ['backInjury'] }).segments);
    const backTwist = 'With your back, turn only a little, well inside comfort.';

    expect(twist(['backInjury'])).toContain(`only as far as is comfortable. ${backTwist}`);
    expect(twist(['groinPain'])).not.toContain(backTwist);
    expect(twist(undefined)).not.toContain(backTwist);
    expect(kneeling).not.toContain(backTwist);
  });

  it('introduces a stretch on a start even from its second side; only a resume says "back to"', () => {
    const plan = buildPlan('workday', { week: 1 });
    // Step 1 is the seated twist's left side.
    const from = (entry: ComposeOptions['entry']) => said(composeStretch(plan, 1, { voice, fullCues: false, entry }).segments);

    expect(from({ kind: 'start' }).startsWith('Stretch 1 of 2: the seated twist.')).toBe(true);
    expect(from({ kind: 'resume' }).startsWith('Back to the seated twist, left side.')).toBe(true);
  });
});
