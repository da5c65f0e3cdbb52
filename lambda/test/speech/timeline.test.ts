import { MAX_PAUSE_SECONDS, SECONDS_PER_WORD, estimateSpeechSeconds, marksOf, pause, speech, totalSeconds } from '../../src/speech/timeline';

/**
 * The timeline is how the coach knows how long the user has heard something (issue 21): every
 * expected number below is worked out by hand at 150 words a minute (0.4 s a word).
 */
describe('the engine speaks at 150 words a minute and pauses at most 10 s', () => {
  it('uses Alexa\'s break limit and 0.4 s a word', () => {
    expect(MAX_PAUSE_SECONDS).toBe(10);
    expect(SECONDS_PER_WORD).toBe(0.4);
  });

  it.each([
    ['Three.', 0.4],
    ['Ten more seconds.', 1.2],
    ['Breathe out slowly and let it soften.', 2.8],
    // Only words count: a dash or an ellipsis between spaces is not said.
    ['Stop — now …', 0.8],
    // Runs of spaces, tabs and newlines are one gap.
    ['  one   two\tthree\nfour  ', 1.6],
    // Numbers and letters outside English are words too.
    ['Hold for 30 seconds', 1.6],
    ['Très bien, ça va', 1.6],
    ['', 0],
    ['   ', 0],
    ['...', 0],
  ])('"%s" takes %s s', (text, seconds) => {
    expect(estimateSpeechSeconds(text)).toBeCloseTo(seconds, 9);
  });
});

describe('segments', () => {
  it('a line of speech carries its text, its length, its phase and its step', () => {
    expect(speech('Halfway there.', 'hold', 3)).toStrictEqual({ kind: 'speech', text: 'Halfway there.', seconds: 0.8, phase: 'hold', step: 3 });
    expect(speech('Welcome back.', 'talk')).toStrictEqual({ kind: 'speech', text: 'Welcome back.', seconds: 0.8, phase: 'talk', step: undefined });
  });

  it('a pause is kept to the millisecond', () => {
    expect(pause(7.25, 'rest', 2)).toStrictEqual({ kind: 'pause', seconds: 7.25, phase: 'rest', step: 2 });
    expect(pause(1.23456, 'hold', 0)).toStrictEqual({ kind: 'pause', seconds: 1.235, phase: 'hold', step: 0 });
    expect(pause(2.0004, 'switch')).toStrictEqual({ kind: 'pause', seconds: 2, phase: 'switch', step: undefined });
  });

  it('a timeline lasts the sum of its segments', () => {
    expect(totalSeconds([])).toBe(0);
    expect(totalSeconds([speech('Ten more seconds.', 'hold', 0), pause(8.8, 'hold', 0), speech('One.', 'hold', 0)])).toBeCloseTo(10.4, 9);
  });
});

describe('marks: where each step and phase sits in a response', () => {
  it('joins what follows on in the same step and phase, and starts a new mark when either changes', () => {
    const segments = [
      speech('Next up: the frog stretch.', 'talk', 0), // 0 to 2
      pause(1, 'talk', 0), // 2 to 3
      speech('Ease in.', 'ready', 0), // 3 to 3.8
      pause(9, 'hold', 0), // 3.8 to 12.8
      speech('One.', 'hold', 0), // 12.8 to 13.2
      pause(5, 'rest', 0), // 13.2 to 18.2
      speech('Other side.', 'switch', 1), // 18.2 to 19
      pause(4, 'hold', 1), // 19 to 23
    ];
    expect(marksOf(segments)).toEqual([
      { step: 0, phase: 'talk', start: 0, end: 3 },
      { step: 0, phase: 'ready', start: 3, end: 3.8 },
      { step: 0, phase: 'hold', start: 3.8, end: 13.2 },
      { step: 0, phase: 'rest', start: 13.2, end: 18.2 },
      { step: 1, phase: 'switch', start: 18.2, end: 19 },
      { step: 1, phase: 'hold', start: 19, end: 23 },
    ]);
  });

  it('the same phase in the next step is a new mark', () => {
    expect(marksOf([pause(3, 'hold', 0), pause(4, 'hold', 1)])).toEqual([
      { step: 0, phase: 'hold', start: 0, end: 3 },
      { step: 1, phase: 'hold', start: 3, end: 7 },
    ]);
  });

  it('a segment of no step takes time but no mark, and splits the marks either side of it', () => {
    const segments = [speech('Welcome back.', 'talk'), pause(2, 'hold', 4), speech('Any question?', 'talk'), pause(3, 'hold', 4)];
    expect(marksOf(segments)).toEqual([
      { step: 4, phase: 'hold', start: 0.8, end: 2.8 },
      { step: 4, phase: 'hold', start: 3.6, end: 6.6 },
    ]);
  });

  it('gives starts and ends to a tenth of a second', () => {
    expect(marksOf([pause(1.234, 'talk', 0), pause(2.26, 'hold', 0)])).toEqual([
      { step: 0, phase: 'talk', start: 0, end: 1.2 },
      { step: 0, phase: 'hold', start: 1.2, end: 3.5 },
    ]);
  });

  it('has no marks for nothing said', () => {
    expect(marksOf([])).toEqual([]);
  });
});
