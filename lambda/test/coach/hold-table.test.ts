import { countdownSegments, holdSegments } from '../../src/coach/hold';
import type { Segment } from '../../src/speech/timeline';
import { createVoice } from '../../src/speech/voice';

/**
 * Holds as the user hears them, written out by hand (issue 21). With the first phrasings the
 * filler is "Breathe." (1 word, 0.4 s at 0.4 s a word), "Ten seconds." is 0.8 s,
 * "Halfway there." 0.8 s (only from 60 s), and the countdown "Three. Two. One." is three
 * 0.4 s words a second apart (2.4 s). Silence between cues is shared out evenly, at most 10 s
 * (6 s for flow stretches), and the whole lasts the hold.
 */
const first = createVoice('en-US', () => 0);
const last = createVoice('en-US', () => 0.999999);

const heard = (segments: readonly Segment[]): string[] => segments.map((s) => (s.kind === 'speech' ? s.text : `break ${s.seconds}`));

const BREATHE = 'Breathe.';
const TEN = 'Ten seconds.';
const COUNTDOWN = ['Three.', 'break 0.6', 'Two.', 'break 0.6', 'One.'];

describe('static holds, first phrasings', () => {
  it.each([
    // 17.6 s before the countdown: one filler, two breaks of (17.6 - 0.4) / 2.
    [20, ['break 8.6', BREATHE, 'break 8.6', ...COUNTDOWN]],
    // 25 s: "ten seconds" ends at 15 s: (14.2 - 0.4) / 2 before it, 7.6 s after it.
    [25, ['break 6.9', BREATHE, 'break 6.9', TEN, 'break 7.6', ...COUNTDOWN]],
    [30, ['break 9.4', BREATHE, 'break 9.4', TEN, 'break 7.6', ...COUNTDOWN]],
    // 40 s: no halfway below 60 s; 29.2 s to ten-left takes two fillers, (29.2 - 0.8) / 3 each.
    [40, ['break 9.467', BREATHE, 'break 9.467', BREATHE, 'break 9.467', TEN, 'break 7.6', ...COUNTDOWN]],
    // 45 s: 34.2 s to ten-left: two fillers leave 11.13 s breaks, so three, (34.2 - 1.2) / 4.
    [45, ['break 8.25', BREATHE, 'break 8.25', BREATHE, 'break 8.25', BREATHE, 'break 8.25', TEN, 'break 7.6', ...COUNTDOWN]],
    // 60 s: halfway ends at 30 s; 29.2 s to it takes two fillers, (29.2 - 0.8) / 3 each; 19.2 s on to ten-left, one.
    [60, ['break 9.467', BREATHE, 'break 9.467', BREATHE, 'break 9.467', 'Halfway there.', 'break 9.4', BREATHE, 'break 9.4', TEN, 'break 7.6', ...COUNTDOWN]],
  ] as const)('a %s s hold', (seconds, expected) => {
    expect(heard(holdSegments(seconds, first, { step: 0 }))).toEqual(expected);
  });

  it('has no "ten more seconds" below 25 s and no "halfway" below 60 s', () => {
    // 21.6 s before the countdown: one filler would leave 10.6 s breaks, so two.
    expect(heard(holdSegments(24, first, { step: 0 }))).toEqual(['break 6.933', BREATHE, 'break 6.933', BREATHE, 'break 6.933', ...COUNTDOWN]);
    // 28.2 s before ten-left: one filler would leave 13.9 s breaks, so two, (28.2 - 0.8) / 3.
    expect(heard(holdSegments(39, first, { step: 0 }))).toEqual(['break 9.133', BREATHE, 'break 9.133', BREATHE, 'break 9.133', TEN, 'break 7.6', ...COUNTDOWN]);
    // 59 s: 48.2 s to ten-left, no halfway: four fillers, (48.2 - 1.6) / 5.
    expect(heard(holdSegments(59, first, { step: 0 })).filter((h) => !h.startsWith('break'))).toEqual([BREATHE, BREATHE, BREATHE, BREATHE, TEN, 'Three.', 'Two.', 'One.']);
  });

  it('a gap of exactly 10 s is one break; just over takes a filler', () => {
    // 12.4 s hold: 10 s before the countdown.
    expect(heard(holdSegments(12.4, first, { step: 0 }))).toEqual(['break 10', ...COUNTDOWN]);
    expect(heard(holdSegments(12.5, first, { step: 0 }))).toEqual(['break 4.85', BREATHE, 'break 4.85', ...COUNTDOWN]);
  });

  it('uses the phrasing chosen for each cue', () => {
    expect(heard(holdSegments(30, last, { step: 0 }))).toEqual([
      'break 9.4',
      'Still.',
      'break 9.4',
      'Last ten.',
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

  it('a 20 s flow hold: breaks of at most 6 s between the breath cues', () => {
    // 17.6 s before the countdown: one cue leaves 8.4 s breaks, so two cues (1.6 s) leave three breaks of 5.333 s.
    expect(heard(holdSegments(20, first, { step: 0, flowCues }))).toEqual([
      'break 5.333',
      'Breathe in.',
      'break 5.333',
      'Breathe out.',
      'break 5.333',
      ...COUNTDOWN,
    ]);
  });

  it('a 40 s flow hold has no "halfway" and no "ten more seconds", only breath cues', () => {
    const spoken = heard(holdSegments(40, first, { step: 0, flowCues })).filter((h) => !h.startsWith('break'));
    // 37.6 s before the countdown: four cues leave 6.88 s breaks, so five.
    expect(spoken).toEqual(['Breathe in.', 'Breathe out.', 'Breathe in.', 'Breathe out.', 'Breathe in.', 'Three.', 'Two.', 'One.']);
  });

  it('a 7.4 s flow hold: 5 s is one break', () => {
    expect(heard(holdSegments(7.4, first, { step: 0, flowCues }))).toEqual(['break 5', ...COUNTDOWN]);
    // Exactly 6 s is still one break.
    expect(heard(holdSegments(8.4, first, { step: 0, flowCues }))).toEqual(['break 6', ...COUNTDOWN]);
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
