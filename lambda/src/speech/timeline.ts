import { languageOf, type Language } from './locales';

/**
 * A response as the user hears it: speech and pauses in order, each with its length,
 * and which step and phase of the routine it belongs to.
 */

/** What part of a stretch a stretch of time is: questions mid-routine are answered from this. */
export type Phase = 'talk' | 'ready' | 'hold' | 'rest' | 'switch';

export interface SpeechSegment {
  readonly kind: 'speech';
  readonly text: string;
  /** Estimated spoken length at the language's speaking rate (150 words a minute in English). */
  readonly seconds: number;
  readonly step?: number;
  readonly phase: Phase;
}

export interface PauseSegment {
  readonly kind: 'pause';
  /** At most 10 s: Alexa's `<break>` limit. */
  readonly seconds: number;
  readonly step?: number;
  readonly phase: Phase;
}

export type Segment = SpeechSegment | PauseSegment;

/** Alexa refuses a `<break>` longer than 10 s. */
export const MAX_PAUSE_SECONDS = 10;

/**
 * Words a minute each language is spoken at, which the engine assumes for cue length (a hold's cues
 * are subtracted from it). The same voice speed says fewer German words a minute (they are longer)
 * and a few more French ones: measured with espeak-ng's en-us, de, es and fr-fr voices at one speed
 * (-s 142, where English runs at 150) over the hold cues and setup lines, 0.5 % apart or closer
 * (lambda/test/languages/hold-timing.test.ts plays 30 s holds through espeak-ng to check it).
 */
export const WORDS_PER_MINUTE: Readonly<Record<Language, number>> = { en: 150, de: 133, es: 150, fr: 156 };

/** The speaking rate the engine assumes for English cue length: 150 words a minute. */
export const SECONDS_PER_WORD = 60 / WORDS_PER_MINUTE.en;

export function secondsPerWord(locale: string): number {
  return 60 / WORDS_PER_MINUTE[languageOf(locale)];
}

export function estimateSpeechSeconds(text: string, locale = 'en-US'): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words * secondsPerWord(locale);
}

/** A line of speech, timed at the speaking rate of `locale`'s language (English when not given). */
export function speech(text: string, phase: Phase, step?: number, locale = 'en-US'): SpeechSegment {
  return { kind: 'speech', text, seconds: estimateSpeechSeconds(text, locale), phase, step };
}

export function pause(seconds: number, phase: Phase, step?: number): PauseSegment {
  return { kind: 'pause', seconds: Math.round(seconds * 1000) / 1000, phase, step };
}

export function totalSeconds(segments: readonly Segment[]): number {
  return segments.reduce((sum, s) => sum + s.seconds, 0);
}

/** A phase of one step as a span of seconds from the start of the response. */
export interface Mark {
  readonly step: number;
  readonly phase: Phase;
  readonly start: number;
  readonly end: number;
}

/** Collapses a timeline into spans of (step, phase), which is all a question needs to find its place. */
export function marksOf(segments: readonly Segment[]): Mark[] {
  const marks: Mark[] = [];
  let t = 0;
  for (const s of segments) {
    const last = marks[marks.length - 1];
    const end = t + s.seconds;
    if (s.step !== undefined) {
      // Follows on exactly: `t` is the previous segment's `end`, so no tolerance is needed.
      if (last && last.step === s.step && last.phase === s.phase && last.end === t) {
        marks[marks.length - 1] = { ...last, end };
      } else {
        marks.push({ step: s.step, phase: s.phase, start: t, end });
      }
    }
    t = end;
  }
  return marks.map((m) => ({ ...m, start: round1(m.start), end: round1(m.end) }));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
