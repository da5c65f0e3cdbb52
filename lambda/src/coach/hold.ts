import type { Voice } from '../speech/phrase-key';
import { MAX_PAUSE_SECONDS, pause, speech, totalSeconds, type Segment } from '../speech/timeline';

export interface HoldOptions {
  readonly step: number;
  /** Flow stretches move with the breath: a cue every few seconds from these lines. */
  readonly flowCues?: readonly string[];
}

/** Shortest pause worth a `<break>`; shorter gaps are left as speech running on. */
const MIN_PAUSE = 0.5;
/** Flow cues come every few seconds, about a breath and a half. */
const FLOW_PAUSE = 6;

/**
 * A hold of `seconds`, as pauses of at most 10 s separated by short cues, never two pauses
 * side by side. Cue speech counts toward the hold, so the whole lasts `seconds` (to the
 * engine's speech estimate). Ends with a countdown at a count a second; "ten seconds" lands when ten remain.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html#break
 */
export function holdSegments(seconds: number, voice: Voice, options: HoldOptions): Segment[] {
  const { step, flowCues } = options;
  const out: Segment[] = [];
  const cue = (text: string): Segment[] => [speech(text, 'hold', step, voice.locale)];
  const fixed: Array<{ endsAt: number; parts: Segment[] }> = [];
  fixed.push({ endsAt: seconds, parts: countdownSegments(voice, step) });
  if (!flowCues && seconds >= 25) fixed.push({ endsAt: seconds - 10, parts: cue(voice.say('cue.tenLeft')) });
  // "Halfway" only in a long hold: elsewhere a one-word breath cue separates the pauses for less talk.
  if (!flowCues && seconds >= 60) fixed.push({ endsAt: Math.round(seconds / 2), parts: cue(voice.say('cue.halfway')) });
  fixed.sort((a, b) => a.endsAt - b.endsAt);

  const maxPause = flowCues ? FLOW_PAUSE : MAX_PAUSE_SECONDS;
  let fillerIndex = 0;
  const nextFiller = (): string =>
    flowCues ? (flowCues[fillerIndex++ % flowCues.length] as string) : voice.say('cue.breathe');

  let t = 0;
  for (const { endsAt, parts } of fixed) {
    const startsAt = endsAt - totalSeconds(parts);
    if (startsAt < t) continue; // no room: the cue would overlap the one before
    fillGap(out, startsAt - t, maxPause, nextFiller, step, voice.locale);
    out.push(...parts);
    t = endsAt;
  }
  // Only when the countdown found no room is any of the hold left (fillGap skips what is too short).
  fillGap(out, seconds - t, maxPause, nextFiller, step, voice.locale);
  return out;
}

/** One count a second: each word starts a second after the one before. */
const COUNT_SECONDS = 1;

/**
 * "Three… two… one", a count a second: each word then a short break to fill its second, the hold
 * ending on "one". A break only ever sits between two words, so none is next to another.
 */
export function countdownSegments(voice: Voice, step: number): Segment[] {
  const words = voice.list('cue.countdown');
  return words.flatMap((word, i) => {
    const said = speech(word, 'hold', step, voice.locale);
    const last = i === words.length - 1;
    return last ? [said] : [said, pause(COUNT_SECONDS - said.seconds, 'hold', step)];
  });
}

/** Fills `gap` seconds with pauses of at most `maxPause`, separated by filler cues. */
function fillGap(out: Segment[], gap: number, maxPause: number, filler: () => string, step: number, locale: string): void {
  if (gap < MIN_PAUSE) return;
  const fillers: Segment[] = [];
  let silent = gap;
  while (silent / (fillers.length + 1) > maxPause) {
    const cue = speech(filler(), 'hold', step, locale);
    fillers.push(cue);
    silent -= cue.seconds;
  }
  if (silent < MIN_PAUSE * (fillers.length + 1)) {
    // Only reachable for tiny gaps with long fillers; speak less rather than overrun.
    fillers.length = 0;
    silent = gap;
  }
  const each = silent / (fillers.length + 1);
  for (let i = 0; i <= fillers.length; i++) {
    out.push(pause(each, 'hold', step));
    const f = fillers[i];
    if (f) out.push(f);
  }
}
