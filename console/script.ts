/**
 * Conversation scripts for `--script FILE` or piped input. One utterance a line; `#` starts a comment.
 *
 *   open hip coach and start evening routine
 *   (after 25) how long do I hold this   ← said 25 s after the last response began: barge-in if still playing
 *   (after 3 in pause 2) which side      ← said 3 s into the second pause (<break>) of the last response
 *   (wait 12)                              ← 12 s of silence after the response ends (reprompt at 8 s)
 *   (wait 1d) open hip coach               ← a day later; units: ms, s (default), m, h, d
 */

export interface ScriptLine {
  /** Line number in the script, for messages. */
  line: number;
  /** What the user says; undefined for a trailing `(wait …)` that only lets time pass. */
  text?: string;
  /** Silence after the previous response ended before this is said. */
  waitMs: number;
  /** When set, said this long after the previous response began (barge-in if it is still playing). */
  afterMs?: number;
  /** With `afterMs`: counted from the start of this pause (1-based) of the previous response instead. */
  inPause?: number;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/** "12", "12s", "1.5 m", "250ms", "1d" → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|d)?\s*$/i.exec(text);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * (UNIT_MS[(m[2] ?? 's').toLowerCase()] ?? 1000));
}

export class ScriptError extends Error {
  override readonly name = 'ScriptError';
}

/** Parses a script; throws {@link ScriptError} naming the line of a malformed directive. */
export function parseScript(source: string): ScriptLine[] {
  const lines: ScriptLine[] = [];
  let waitMs = 0;
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    let rest = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!rest) return;
    let afterMs: number | undefined;
    let inPause: number | undefined;
    for (let m = /^\((\w+)\s+([^)]*)\)\s*/.exec(rest); m; m = /^\((\w+)\s+([^)]*)\)\s*/.exec(rest)) {
      let argument = m[2] ?? '';
      const pause = /^(.*\S)\s+in\s+pause\s+(\d+)\s*$/i.exec(argument);
      if (pause && m[1]?.toLowerCase() === 'after') {
        argument = pause[1] ?? '';
        inPause = Number(pause[2]);
        if (inPause < 1) throw new ScriptError(`line ${line}: pauses are counted from 1`);
      }
      const duration = parseDuration(argument);
      if (duration === undefined) throw new ScriptError(`line ${line}: cannot read the duration in "${m[0].trim()}"`);
      const directive = (m[1] ?? '').toLowerCase();
      if (directive === 'wait') waitMs += duration;
      else if (directive === 'after') afterMs = duration;
      else throw new ScriptError(`line ${line}: unknown directive "(${m[1]} …)"; use (wait N) or (after N)`);
      rest = rest.slice(m[0].length);
    }
    if (/^\(/.test(rest)) throw new ScriptError(`line ${line}: cannot read "${rest}"; directives look like (wait 12) or (after 10)`);
    if (!rest) {
      if (afterMs !== undefined) throw new ScriptError(`line ${line}: (after N) needs something to say on the same line`);
      return;
    }
    lines.push({ line, text: rest, waitMs, ...(afterMs !== undefined ? { afterMs } : {}), ...(inPause !== undefined ? { inPause } : {}) });
    waitMs = 0;
  });
  if (waitMs > 0) lines.push({ line: source.split(/\r?\n/).length, waitMs });
  return lines;
}
