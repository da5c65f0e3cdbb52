import { holdSegments } from '../../src/coach/hold';
import { MAX_PAUSE_SECONDS, totalSeconds, type Segment } from '../../src/speech/timeline';
import { createVoice, type Random } from '../../src/speech/voice';
import { en } from '../../src/speech/resources/en';

/** A small deterministic generator, so phrasings vary from cue to cue but not from run to run. */
function seeded(seed: number): Random {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

const randoms: ReadonlyArray<readonly [string, () => Random]> = [
  ['first phrasings', () => () => 0],
  ['middle phrasings', () => () => 0.5],
  ['last phrasings', () => () => 0.999999],
  ['seeded 7', () => seeded(7)],
  ['seeded 2026', () => seeded(2026)],
];
const lengths = Array.from({ length: 56 }, (_, i) => i + 5);
const tenLeftLines: readonly string[] = en.cue.tenLeft;

function holdOf(seconds: number, random: Random): Segment[] {
  return holdSegments(seconds, createVoice('en-US', random), { step: 0 });
}

describe.each(randoms)('holdSegments with %s', (_label, makeRandom) => {
  it('lasts the hold to within a second for every hold from 5 to 60 s', () => {
    const random = makeRandom();
    for (const seconds of lengths) {
      const total = totalSeconds(holdOf(seconds, random));
      expect({ seconds, close: Math.abs(total - seconds) <= 1, total }).toEqual({ seconds, close: true, total });
    }
  });

  it('never pauses for more than 10 s at a time', () => {
    const random = makeRandom();
    for (const seconds of lengths) {
      const longest = Math.max(...holdOf(seconds, random).filter((s) => s.kind === 'pause').map((s) => s.seconds));
      expect({ seconds, longest, ok: longest <= MAX_PAUSE_SECONDS }).toEqual({ seconds, longest, ok: true });
    }
  });

  it('never puts two pauses side by side', () => {
    const random = makeRandom();
    for (const seconds of lengths) {
      const segments = holdOf(seconds, random);
      const adjacent = segments.some((s, i) => i > 0 && s.kind === 'pause' && segments[i - 1]!.kind === 'pause');
      expect({ seconds, adjacent }).toEqual({ seconds, adjacent: false });
    }
  });

  it('ends every hold with "three, two, one" at one count a second, a short break between the words', () => {
    const random = makeRandom();
    for (const seconds of lengths) {
      const segments = holdOf(seconds, random);
      const tail = segments.slice(-5);
      const onsets: number[] = [];
      let t = totalSeconds(segments) - totalSeconds(tail);
      for (const segment of tail) {
        if (segment.kind === 'speech') onsets.push(t);
        t += segment.seconds;
      }
      const heard = tail.map((s) => (s.kind === 'speech' ? s.text : 'break'));
      expect({ seconds, heard }).toEqual({ seconds, heard: ['Three.', 'break', 'Two.', 'break', 'One.'] });
      expect(onsets[1]! - onsets[0]!).toBeCloseTo(1, 3);
      expect(onsets[2]! - onsets[1]!).toBeCloseTo(1, 3);
      expect(segments.at(-6)?.kind).toBe('pause'); // the hold's own silence runs up to "three"
    }
  });

  it('ends the "ten more seconds" cue exactly ten seconds before the end of holds of 25 s or more', () => {
    const random = makeRandom();
    expect.assertions(2 * 36); // holds of 25 to 60 s
    for (const seconds of lengths.filter((n) => n >= 25)) {
      const segments = holdOf(seconds, random);
      let t = 0;
      const tenLeftEnds: number[] = [];
      for (const segment of segments) {
        t += segment.seconds;
        if (segment.kind === 'speech' && tenLeftLines.includes(segment.text)) tenLeftEnds.push(t);
      }
      expect({ seconds, cues: tenLeftEnds.length }).toEqual({ seconds, cues: 1 });
      expect(totalSeconds(segments) - tenLeftEnds[0]!).toBeCloseTo(10, 2);
    }
  });

  it('marks every segment of the hold as the hold phase of its step', () => {
    const segments = holdSegments(40, createVoice('en-US', makeRandom()), { step: 3 });

    expect(segments.every((s) => s.phase === 'hold' && s.step === 3)).toBe(true);
  });
});

describe('flow holds', () => {
  const flowCues = en.stretch.catCow.flow;

  it('paces a flow hold with its breath cues every few seconds and still lasts the hold', () => {
    const voice = createVoice('en-US', () => 0);
    for (const seconds of [30, 45, 60]) {
      const segments = holdSegments(seconds, voice, { step: 0, flowCues });

      const spoken = segments.flatMap((s) => (s.kind === 'speech' ? [s.text] : []));
      expect(Math.abs(totalSeconds(segments) - seconds)).toBeLessThanOrEqual(1);
      // A cue about every breath and a half: never more than 6 s of silence in a flow hold.
      expect(Math.max(...segments.filter((s) => s.kind === 'pause').map((s) => s.seconds))).toBeLessThanOrEqual(6);
      expect(spoken.filter((text) => flowCues.includes(text as never)).length).toBeGreaterThanOrEqual(2);
    }
  });
});
