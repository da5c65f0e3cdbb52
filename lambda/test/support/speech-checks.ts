import type { ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';

/** Alexa refuses outputSpeech of 8,000 characters or more (markup included). */
export const MAX_SPEECH_CHARS = 8000;
/** Alexa refuses a `<break>` longer than 10 s. */
export const MAX_BREAK_MS = 10_000;

/** What would make Alexa refuse (or mangle) this SSML; an empty list when it is fine. */
export async function ssmlProblems(ssml: string): Promise<string[]> {
  const problems: string[] = [];
  const errors = await check(ssml, { platform: 'amazon' });
  for (const e of errors ?? []) problems.push(`ssml-check: ${JSON.stringify(e)}`);
  if (/<break\b[^>]*\/>\s*<break\b/.test(ssml)) problems.push('two <break>s side by side');
  for (const m of ssml.matchAll(/<break\b[^>]*\btime="(\d+(?:\.\d+)?)(ms|s)"/g)) {
    const ms = Number(m[1]) * (m[2] === 's' ? 1000 : 1);
    if (ms > MAX_BREAK_MS) problems.push(`break of ${ms} ms`);
  }
  if (ssml.length >= MAX_SPEECH_CHARS) problems.push(`${ssml.length} characters`);
  return problems;
}

/**
 * Problems in every response's outputSpeech and reprompt, keyed by the response's position,
 * plus any open session without a reprompt: `{}` when every response is fine.
 */
export async function responseProblems(responses: readonly ResponseEnvelope[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const [index, envelope] of responses.entries()) {
    const { outputSpeech, reprompt, shouldEndSession } = envelope.response;
    const problems: string[] = [];
    if (outputSpeech?.type === 'SSML') problems.push(...(await ssmlProblems(outputSpeech.ssml)));
    const repromptSpeech = reprompt?.outputSpeech;
    if (repromptSpeech?.type === 'SSML') problems.push(...(await ssmlProblems(repromptSpeech.ssml)).map((p) => `reprompt: ${p}`));
    if (shouldEndSession === false && !repromptSpeech) problems.push('session left open without a reprompt');
    if (problems.length > 0) found[`response ${index + 1}`] = problems;
  }
  return found;
}
