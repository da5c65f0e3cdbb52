import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDuration, parseScript, ScriptError } from './script';

describe('parseScript', () => {
  it('reads one utterance a line, skipping blank lines and comments', () => {
    expect(parseScript('open hip coach\n\n# a comment\nstart evening routine  # trailing comment\n')).toEqual([
      { line: 1, text: 'open hip coach', waitMs: 0 },
      { line: 4, text: 'start evening routine', waitMs: 0 },
    ]);
  });

  it('adds (wait N) lines to the silence before the next utterance, and keeps a trailing wait', () => {
    expect(parseScript('open hip coach\n(wait 12)\n(wait 3) next\n(wait 1d)')).toEqual([
      { line: 1, text: 'open hip coach', waitMs: 0 },
      { line: 3, text: 'next', waitMs: 15_000 },
      { line: 4, waitMs: 86_400_000 },
    ]);
  });

  it('reads (after N) as said N seconds after the previous response began', () => {
    expect(parseScript('(after 10) how long do I hold this')).toEqual([{ line: 1, text: 'how long do I hold this', waitMs: 0, afterMs: 10_000 }]);
  });

  it('reads (after N in pause K) as said N seconds into the K-th pause of the previous response', () => {
    expect(parseScript('(after 3 in pause 2) which side am I on')).toEqual([{ line: 1, text: 'which side am I on', waitMs: 0, afterMs: 3000, inPause: 2 }]);
    expect(() => parseScript('(after 3 in pause 0) next')).toThrow(/counted from 1/);
  });

  it('names the line of a directive it cannot read', () => {
    expect(() => parseScript('open hip coach\n(wait soon) next')).toThrow(new ScriptError('line 2: cannot read the duration in "(wait soon)"'));
    expect(() => parseScript('(sleep 3) next')).toThrow(/line 1: unknown directive/);
    expect(() => parseScript('(after 3)')).toThrow(/needs something to say/);
  });
});

describe('parseDuration', () => {
  it.each([
    ['12', 12_000],
    ['1.5s', 1500],
    ['250ms', 250],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1d', 86_400_000],
  ])('%s → %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('rejects what is not a duration', () => {
    expect(parseDuration('soon')).toBeUndefined();
  });
});

describe('console/demo.txt', () => {
  it('is a valid script that barges into a hold', () => {
    const lines = parseScript(readFileSync(join(__dirname, 'demo.txt'), 'utf8'));
    expect(lines[0]?.text).toBe('open hip coach');
    expect(lines.some((l) => l.inPause !== undefined)).toBe(true);
  });
});
