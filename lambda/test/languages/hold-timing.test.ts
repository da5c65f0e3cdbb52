import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { holdSegments } from '../../src/coach/hold';
import { toSsml } from '../../src/speech/ssml';
import { totalSeconds } from '../../src/speech/timeline';
import { createVoice } from '../../src/speech/voice';

/**
 * A hold lasts what it says by ear in every language: the hold's SSML (pauses plus cues whose length
 * the engine estimates at the language's speaking rate) is spoken by eSpeak NG's voice for that
 * language, at the one speed where English runs at the engine's 150 words a minute, and the WAV is
 * timed. Alexa plays a break before the first word; where eSpeak NG does not (its 1.51 command line),
 * a hold that opens on a pause has that pause added back. eSpeak NG is the `espeak-ng` npm package (WebAssembly), run by
 * tools/espeak-wav.mjs in one child process for every case, so no system package is needed.
 */
const ESPEAK_SPEED = '142';
const espeakVoice: Record<string, string> = { 'en-US': 'en-us', 'de-DE': 'de', 'es-ES': 'es', 'es-MX': 'es-419', 'fr-FR': 'fr-fr', 'fr-CA': 'fr-fr' };

/** Seconds of audio in a PCM WAV file, from its header (fmt byte rate, data length). */
function wavSeconds(file: string): number {
  const wav = readFileSync(file);
  let at = 12;
  let byteRate = 0;
  while (at + 8 <= wav.length) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(at + 16);
    // eSpeak NG writes 0x7fffffff as the data size when it streams; the rest of the file is the data.
    if (id === 'data') return Math.min(size, wav.length - at - 8) / byteRate;
    at += 8 + size;
  }
  throw new Error(`${file} has no data chunk`);
}

/** Each SSML spoken in its voice: the seconds of audio, in order. */
function spokenSeconds(jobs: readonly { ssml: string; voice: string }[]): number[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'hold-'));
  try {
    const script = path.join(__dirname, '../../../tools/espeak-wav.mjs');
    const input = JSON.stringify(jobs.map((job) => ({ ...job, speed: ESPEAK_SPEED })));
    const run = spawnSync(process.execPath, [script, dir], { input, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`espeak-wav failed: ${run.stderr}`);
    return jobs.map((_, i) => wavSeconds(path.join(dir, `${String(i)}.wav`)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cases = Object.keys(espeakVoice).flatMap((locale) => [0, 0.4, 0.9].map((pick) => [locale, pick] as const));
const holds = cases.map(([locale, pick]) => {
  const segments = holdSegments(30, createVoice(locale, () => pick), { step: 0 });
  const [first] = segments;
  return { segments, unplayed: first?.kind === 'pause' ? first.seconds : 0, ssml: toSsml(segments), voice: espeakVoice[locale] as string };
});
let heard: number[] = [];

beforeAll(() => {
  // Whether this eSpeak NG plays a break before the first word (the WebAssembly build does, the 1.51
  // command line does not): the same word with and without a 2 s break ahead of it.
  const [bare = 0, led = 0, ...spoken] = spokenSeconds([
    { ssml: '<speak>One.</speak>', voice: 'en-us' },
    { ssml: '<speak><break time="2s"/> One.</speak>', voice: 'en-us' },
    ...holds,
  ]);
  const playsLeadingBreak = led - bare > 1;
  heard = spoken.map((seconds, i) => seconds + (playsLeadingBreak ? 0 : (holds[i]?.unplayed ?? 0)));
}, 120_000);

describe('a 30 second hold lasts 30 seconds by ear, in every language', () => {
  it.each(cases.map((c, i) => [...c, i] as const))('%s (phrasings picked at %s)', (_locale, _pick, i) => {
    expect(totalSeconds(holds[i]?.segments ?? [])).toBeCloseTo(30, 2);
    expect(heard).toHaveLength(cases.length);
    expect(Math.abs((heard[i] ?? 0) - 30)).toBeLessThanOrEqual(1);
  });
});
