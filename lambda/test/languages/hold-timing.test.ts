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
 * the engine estimates at the language's speaking rate) is spoken by espeak-ng's voice for that
 * language, at the one speed where English runs at the engine's 150 words a minute, and the WAV is
 * timed. espeak-ng plays no silence before the first word (Alexa does), so a hold that opens on a
 * pause has that pause added back. Where espeak-ng is missing the test says how to get it rather
 * than pass silently.
 */
const ESPEAK_SPEED = '142';
const espeakVoice: Record<string, string> = { 'en-US': 'en-us', 'de-DE': 'de', 'es-ES': 'es', 'es-MX': 'es-419', 'fr-FR': 'fr-fr', 'fr-CA': 'fr-fr' };
const hasEspeak = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' }).status === 0;

/** Seconds of audio in a PCM WAV file, from its header (fmt byte rate, data length). */
function wavSeconds(file: string): number {
  const wav = readFileSync(file);
  let at = 12;
  let byteRate = 0;
  while (at + 8 <= wav.length) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'fmt ') byteRate = wav.readUInt32LE(at + 16);
    // espeak-ng writes 0x7fffffff as the data size when it streams; the rest of the file is the data.
    if (id === 'data') return Math.min(size, wav.length - at - 8) / byteRate;
    at += 8 + size;
  }
  throw new Error(`${file} has no data chunk`);
}

function spokenSeconds(ssml: string, voice: string): number {
  const dir = mkdtempSync(path.join(tmpdir(), 'hold-'));
  try {
    const file = path.join(dir, 'hold.wav');
    const run = spawnSync('espeak-ng', ['-m', '-v', voice, '-s', ESPEAK_SPEED, '-w', file, ssml], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`espeak-ng failed: ${run.stderr}`);
    return wavSeconds(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cases = Object.keys(espeakVoice).flatMap((locale) => [0, 0.4, 0.9].map((pick) => [locale, pick] as const));

describe('a 30 second hold lasts 30 seconds by ear, in every language', () => {
  it.each(cases)('%s (phrasings picked at %s)', (locale, pick) => {
    const voice = createVoice(locale, () => pick);
    const segments = holdSegments(30, voice, { step: 0 });
    expect(totalSeconds(segments)).toBeCloseTo(30, 2);
    const [first] = segments;
    const unplayed = first?.kind === 'pause' ? first.seconds : 0;
    const heard = hasEspeak ? spokenSeconds(toSsml(segments), espeakVoice[locale] as string) + unplayed : undefined;
    expect(heard === undefined ? 'espeak-ng missing: apt-get install espeak-ng' : Math.abs(heard - 30) <= 1).toBe(true);
  });
});
