import { countdownSegments, holdSegments } from '../../src/coach/hold';
import type { Segment } from '../../src/speech/timeline';
import { createVoice } from '../../src/speech/voice';

/**
 * Holds as the user hears them, written out by hand (issue 21). With the first phrasings the
 * filler is "Breathe out slowly and let it soften." (7 words, 2.8 s at 0.4 s a word), "Ten more
 * seconds." is 1.2 s, "Halfway there." 0.8 s, and the countdown "Three. Two. One." is three
 * 0.4 s words a second apart (2.4 s). Silence between cues is shared out evenly, at most 10 s
 * (5 s for flow stretches), and the whole lasts the hold.
 */
const first = createVoice('en-US', () => 0);
const last = createVoice('en-US', () => 0.999999);

const heard = (segments: readonly Segment[]): string[] => segments.map((s) => (s.kind === 'speech' ? s.text : `break ${s.seconds}`));

const BREATHE = 'Breathe out slowly and let it soften.';
const COUNTDOWN = ['Three.', 'break 0.6', 'Two.', 'break 0.6', 'One.'];

describe('static holds, first phrasings', () => {
  it.each([
    // 17.6 s before the countdown: one filler, two breaks of (17.6 - 2.8) / 2.
    [20, ['break 7.4', BREATHE, 'break 7.4', ...COUNTDOWN]],
    // 25 s: "ten more seconds" ends at 15 s: (13.8 - 2.8) / 2 before it, 7.6 s after it.
    [25, ['break 5.5', BREATHE, 'break 5.5', 'Ten more seconds.', 'break 7.6', ...COUNTDOWN]],
    [30, ['break 8', BREATHE, 'break 8', 'Ten more seconds.', 'break 7.6', ...COUNTDOWN]],
    // 40 s: halfway ends at 20 s, ten-left at 30 s.
    [40, ['break 8.2', BREATHE, 'break 8.2', 'Halfway there.', 'break 8.8', 'Ten more seconds.', 'break 7.6', ...COUNTDOWN]],
    // 45 s: halfway at 23 s (22.5 rounded); 10.8 s to ten-left needs a filler of its own.
    [45, ['break 9.7', BREATHE, 'break 9.7', 'Halfway there.', 'break 4', BREATHE, 'break 4', 'Ten more seconds.', 'break 7.6', ...COUNTDOWN]],
    // 60 s: 29.2 s to halfway takes two fillers, (29.2 - 5.6) / 3 each.
    [60, ['break 7.867', BREATHE, 'break 7.867', BREATHE, 'break 7.867', 'Halfway there.', 'break 8', BREATHE, 'break 8', 'Ten more seconds.', 'break 7.6', ...COUNTDOWN]],
  ] as const)('a %s s hold', (seconds, expected) => {
    expect(heard(holdSegments(seconds, first, { step: 0 }))).toEqual(expected);
  });

  it('has no "ten more seconds" below 25 s and no "halfway" below 40 s', () => {
    expect(heard(holdSegments(24, first, { step: 0 }))).toEqual(['break 9.4', BREATHE, 'break 9.4', ...COUNTDOWN]);
    // 27.8 s before ten-left: one filler would leave 12.5 s breaks, so two.
    expect(heard(holdSegments(39, first, { step: 0 }))).toEqual(['break 7.4', BREATHE, 'break 7.4', BREATHE, 'break 7.4', 'Ten more seconds.', 'break 7.6', ...COUNTDOWN]);
  });

  it('a gap of exactly 10 s is one break; just over takes a filler', () => {
    // 12.4 s hold: 10 s before the countdown.
    expect(heard(holdSegments(12.4, first, { step: 0 }))).toEqual(['break 10', ...COUNTDOWN]);
    expect(heard(holdSegments(12.5, first, { step: 0 }))).toEqual(['break 3.65', BREATHE, 'break 3.65', ...COUNTDOWN]);
  });

  it('uses the phrasing chosen for each cue', () => {
    expect(heard(holdSegments(30, last, { step: 0 }))).toEqual([
      'break 8',
      'Let your jaw and shoulders go soft.',
      'break 8',
      'Last ten seconds.',
      'break 7.6',
      ...COUNTDOWN,
    ]);
  });

  it('marks every segment as the hold of its step', () => {
    const segments = holdSegments(45, first, { step: 6 });
    expect(segments.map((s) => `${s.phase} ${s.step}`)).toEqual(Array.from({ length: 14 }, () => 'hold 6'));
  });
});

describe('the countdown', () => {
  it('is three words a second apart, ending on "one"', () => {
    expect(countdownSegments(first, 2)).toStrictEqual([
      { kind: 'speech', text: 'Three.', seconds: 0.4, phase: 'hold', step: 2 },
      { kind: 'pause', seconds: 0.6, phase: 'hold', step: 2 },
      { kind: 'speech', text: 'Two.', seconds: 0.4, phase: 'hold', step: 2 },
      { kind: 'pause', seconds: 0.6, phase: 'hold', step: 2 },
      { kind: 'speech', text: 'One.', seconds: 0.4, phase: 'hold', step: 2 },
    ]);
  });
});

describe('holds too short for their cues', () => {
  it.each([
    // Room for the countdown and a half-second break before it.
    [2.9, ['break 0.5', ...COUNTDOWN]],
    // Less than half a second spare: no break, the countdown starts at once.
    [2.8, COUNTDOWN],
    // Exactly the countdown's length: the countdown alone.
    [2.4, COUNTDOWN],
    // No room for the countdown: the hold is silence rather than running over.
    [2, ['break 2']],
    [0.5, ['break 0.5']],
    [0.4, []],
  ] as const)('a %s s hold', (seconds, expected) => {
    expect(heard(holdSegments(seconds, first, { step: 0 }))).toEqual(expected);
  });
});

describe('flow holds: a breath cue every few seconds, in order, round again', () => {
  const flowCues = ['Breathe in.', 'Breathe out.'];

  it('a 20 s flow hold: breaks of at most 5 s between the breath cues', () => {
    // 17.6 s before the countdown: three cues (2.4 s) leave four breaks of 3.8 s.
    expect(heard(holdSegments(20, first, { step: 0, flowCues }))).toEqual([
      'break 3.8',
      'Breathe in.',
      'break 3.8',
      'Breathe out.',
      'break 3.8',
      'Breathe in.',
      'break 3.8',
      ...COUNTDOWN,
    ]);
  });

  it('a 40 s flow hold has no "halfway" and no "ten more seconds", only breath cues', () => {
    const spoken = heard(holdSegments(40, first, { step: 0, flowCues })).filter((h) => !h.startsWith('break'));
    expect(spoken).toEqual(['Breathe in.', 'Breathe out.', 'Breathe in.', 'Breathe out.', 'Breathe in.', 'Breathe out.', 'Three.', 'Two.', 'One.']);
  });

  it('a 7.4 s flow hold: exactly 5 s is one break', () => {
    expect(heard(holdSegments(7.4, first, { step: 0, flowCues }))).toEqual(['break 5', ...COUNTDOWN]);
  });

  it('a breath cue too long for its gap is left out rather than run the hold over', () => {
    const long = ['Breathe in through your nose and out through your mouth, slowly, and let your back soften now.']; // 17 words, 6.8 s
    expect(heard(holdSegments(9.4, first, { step: 0, flowCues: long }))).toEqual(['break 7', ...COUNTDOWN]);
  });

  it('a breath cue that leaves under half a second either side is left out', () => {
    const cue = ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen']; // 6 s
    // 6.5 s before the countdown: with the cue, two breaks of 0.25 s, too short to be worth a break.
    expect(heard(holdSegments(8.9, first, { step: 0, flowCues: cue }))).toEqual(['break 6.5', ...COUNTDOWN]);
  });

  it('a breath cue that leaves exactly half a second either side is kept', () => {
    const cue = ['one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen']; // 6 s
    expect(heard(holdSegments(9.4, first, { step: 0, flowCues: cue }))).toEqual(['break 0.5', cue[0], 'break 0.5', ...COUNTDOWN]);
  });
});
