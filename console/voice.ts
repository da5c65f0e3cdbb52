import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Voice } from './conversation';

export const ESPEAK_HINT = 'espeak-ng is not installed; get it with `sudo apt-get install espeak-ng` (or `brew install espeak-ng`).';

export function hasEspeak(): boolean {
  const probe = spawnSync('espeak-ng', ['--version'], { stdio: 'ignore' });
  return probe.status === 0;
}

const KEPT_TAGS = new Set(['speak', 'break', 'p', 's', 'prosody', 'emphasis', 'say-as', 'sub']);

/** SSML espeak-ng understands: Alexa-only tags (amazon:*, audio, lang, voice, phoneme…) are dropped, their words kept. */
export function espeakSsml(ssml: string): string {
  const body = ssml.replace(/<\/?\s*([\w:-]+)[^>]*>/g, (tag, name: string) => (KEPT_TAGS.has(name.toLowerCase()) ? tag : ' '));
  return /^\s*<speak[\s>]/.test(body) ? body : `<speak>${body}</speak>`;
}

function voiceFor(locale: string): string {
  const [language, region] = locale.toLowerCase().split('-');
  // espeak-ng's voices: American and British English by name, Latin American Spanish as es-419, French of France.
  if (language === 'en') return region === 'gb' || region === 'au' || region === 'in' ? 'en-gb' : 'en-us';
  if (language === 'es') return region === 'es' ? 'es' : 'es-419';
  if (language === 'fr') return 'fr-fr';
  return language ?? 'en';
}

/** Speaks through espeak-ng (`-m`: SSML, so breaks are real silences) and/or writes one WAV per response. */
export class EspeakVoice implements Voice {
  private current: ChildProcess | undefined;
  private failed = false;

  constructor(
    private readonly options: { locale: string; speak: boolean; wavDir?: string; onError: (message: string) => void },
  ) {
    if (options.wavDir) mkdirSync(options.wavDir, { recursive: true });
  }

  play(ssml: string): void {
    if (!this.options.speak || this.failed) return;
    this.stop();
    // Detached: without a controlling terminal, the audio library cannot scribble on the console.
    const child = spawn('espeak-ng', ['-m', '-v', voiceFor(this.options.locale), espeakSsml(ssml)], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString('utf8')));
    child.on('error', (error) => {
      this.failed = true;
      this.options.onError(`cannot speak: ${error.message}`);
    });
    child.on('exit', (code) => {
      if (code === 0 || code === null || this.failed) return;
      this.failed = true;
      this.options.onError(`espeak-ng cannot play audio here (${errors.trim().split('\n').pop() ?? `exit ${code}`}); try --wav DIR instead.`);
    });
    this.current = child;
  }

  stop(): void {
    this.current?.kill();
    this.current = undefined;
  }

  async save(ssml: string, name: string): Promise<void> {
    const dir = this.options.wavDir;
    if (!dir) return;
    const file = join(dir, `${name}.wav`);
    await new Promise<void>((resolve) => {
      const child = spawn('espeak-ng', ['-m', '-v', voiceFor(this.options.locale), '-w', file, espeakSsml(ssml)], { stdio: 'ignore' });
      child.on('error', (error) => {
        this.options.onError(`cannot write ${file}: ${error.message}`);
        resolve();
      });
      child.on('exit', () => { resolve(); });
    });
  }
}
