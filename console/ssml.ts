/**
 * SSML → what a listener hears, in order: sentences with an estimated spoken length, and pauses.
 * The speaking rate matches the skill's own estimate (SECONDS_PER_WORD in lambda/src/speech/timeline.ts, imported here),
 * so the console's clock and the skill's idea of "how far into the hold" agree.
 */
import { SECONDS_PER_WORD } from '../lambda/src/speech/timeline';

export type HeardSegment =
  | { kind: 'speech'; text: string; ms: number }
  | { kind: 'pause'; ms: number }
  | { kind: 'audio'; src: string; ms: number };

export interface HeardSpeech {
  segments: HeardSegment[];
  /** Things Alexa would reject or that the design forbids (breaks over 10 s, breaks side by side, > 8000 chars). */
  warnings: string[];
}

/** The skill's own speaking rate, in milliseconds. */
export const MS_PER_WORD = SECONDS_PER_WORD * 1000;
/** Alexa's longest `<break>`. */
export const MAX_BREAK_MS = 10_000;
/** Alexa's outputSpeech limit. */
export const MAX_SSML_CHARS = 8000;

const STRENGTH_MS: Record<string, number> = { none: 0, 'x-weak': 250, weak: 500, medium: 750, strong: 1000, 'x-strong': 1250 };

export function estimateSpeechMs(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length * MS_PER_WORD;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
}

/** Length of a `<break>` in ms: `time="3s"`, `time="500ms"`, or a strength (default medium). */
export function breakMs(tag: string): number {
  const time = attribute(tag, 'time');
  if (time !== undefined) {
    const m = /^\s*([\d.]+)\s*(ms|s)?\s*$/i.exec(time);
    if (!m) return 0;
    const n = Number(m[1]);
    return Math.round(m[2]?.toLowerCase() === 'ms' ? n : n * 1000);
  }
  return STRENGTH_MS[attribute(tag, 'strength') ?? 'medium'] ?? 750;
}

/** Splits SSML into sentences and pauses as a listener hears them. Plain text (no `<speak>`) works too. */
export function parseSsml(ssml: string): HeardSpeech {
  const segments: HeardSegment[] = [];
  const warnings: string[] = [];
  if (ssml.length > MAX_SSML_CHARS) warnings.push(`speech is ${ssml.length} characters; Alexa refuses more than ${MAX_SSML_CHARS}`);
  let text = '';
  let lastWasBreak = false;
  const flush = () => {
    const clean = decodeEntities(text).replace(/\s+/g, ' ').trim();
    text = '';
    if (!clean) return;
    for (const sentence of clean.split(/(?<=[.!?…])\s+(?=\S)/)) {
      segments.push({ kind: 'speech', text: sentence, ms: estimateSpeechMs(sentence) });
    }
    lastWasBreak = false;
  };
  const tagPattern = /<[^>]+>/g;
  let at = 0;
  for (let m = tagPattern.exec(ssml); m; m = tagPattern.exec(ssml)) {
    text += ssml.slice(at, m.index);
    at = m.index + m[0].length;
    const tag = m[0];
    const name = /^<\/?\s*([\w:-]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (name === 'break') {
      const hadText = decodeEntities(text).trim().length > 0;
      flush();
      const ms = breakMs(tag);
      if (ms > MAX_BREAK_MS) warnings.push(`<break time="${attribute(tag, 'time')}"/> is longer than Alexa's 10 s limit`);
      if (lastWasBreak && !hadText) warnings.push('two <break>s side by side (some engines merge them)');
      segments.push({ kind: 'pause', ms });
      lastWasBreak = true;
    } else if (name === 'audio') {
      flush();
      segments.push({ kind: 'audio', src: attribute(tag, 'src') ?? '', ms: 0 });
      lastWasBreak = false;
    } else if (['p', 's', 'speak'].includes(name)) {
      flush();
    }
  }
  text += ssml.slice(at);
  flush();
  return { segments, warnings };
}

/** Total length of what is heard, in ms. */
export function heardMs(segments: readonly HeardSegment[]): number {
  return segments.reduce((sum, s) => sum + s.ms, 0);
}
