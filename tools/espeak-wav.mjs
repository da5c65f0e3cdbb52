// Speaks SSML with eSpeak NG compiled to WebAssembly (the `espeak-ng` npm package), so the hold-timing
// test needs no system package: `npm ci` brings it. The package is an ES module that reads
// import.meta, which jest's CommonJS transform cannot load, so the test runs this script in a child
// process.
//   node tools/espeak-wav.mjs <out-dir> < jobs.json      jobs: [{ "voice": "de", "speed": "142", "ssml": "<speak>…</speak>" }]
// Writes <out-dir>/<index>.wav for each job, in order.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ESpeakNg from 'espeak-ng';

const [outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node tools/espeak-wav.mjs <out-dir> < jobs.json');
  process.exit(2);
}
const jobs = JSON.parse(readFileSync(0, 'utf8'));
for (const [index, job] of jobs.entries()) {
  const espeak = await ESpeakNg({ arguments: ['-m', '-v', job.voice, '-s', job.speed, '-w', 'out.wav', job.ssml] });
  writeFileSync(path.join(outDir, `${String(index)}.wav`), espeak.FS.readFile('out.wav'));
}
