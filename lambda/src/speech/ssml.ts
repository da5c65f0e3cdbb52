import { MAX_PAUSE_SECONDS, type Segment } from './timeline';

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for SSML, so slot values and any other words can never break the markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => xmlEscapes[c] ?? c);
}

/**
 * Renders a timeline as SSML: speech escaped, pauses as `<break>` of at most 10 s, never two
 * breaks side by side (an engine bug if it happens, so it throws).
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html#break
 */
export function toSsml(segments: readonly Segment[]): string {
  const parts: string[] = [];
  let previous: Segment['kind'] | undefined;
  for (const segment of segments) {
    if (segment.kind === 'pause') {
      if (previous === 'pause') throw new Error('two breaks side by side');
      const ms = Math.round(segment.seconds * 1000);
      if (ms > MAX_PAUSE_SECONDS * 1000) throw new RangeError(`break of ${ms} ms is over Alexa's 10 s limit`);
      if (ms > 0) parts.push(`<break time="${ms}ms"/>`);
    } else {
      parts.push(escapeXml(segment.text));
    }
    previous = segment.kind;
  }
  return `<speak>${parts.join(' ')}</speak>`;
}

/** Plain sentences as SSML (a reprompt, an apology). */
export function sentencesSsml(...sentences: readonly string[]): string {
  return `<speak>${escapeXml(sentences.filter((s) => s.length > 0).join(' '))}</speak>`;
}
