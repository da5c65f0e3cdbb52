// Warm CPU of several bundles side by side (not part of `npm run bench`): one serving child each (bench/child.ts
// serve, the bench's warm mix), 1,000 warm-up requests, then AB_REQUESTS (default 4000) in interleaved blocks of 500.
//   AB_REQUESTS=4000 npx tsx bench/warm-compare.ts a.js b.js   (prints CPU per request and peak RSS; a bundle named index.js is shown by its folder)
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSettingsApi } from '../tools/settings-api';
import { buildChild } from './build';
import { startDynamo } from './dynamo';
import type { RunResult } from './protocol';

async function main() {
  const bundles = process.argv.slice(2);
  const child = await buildChild();
  const dynamo = await startDynamo();
  const api = await startSettingsApi({ timeZone: 'America/Los_Angeles' });
  const home = path.join(os.tmpdir(), 'hip-coach-bench-home'); mkdirSync(home, { recursive: true });
  const procs: ChildProcess[] = [];
  for (const [i, b] of bundles.entries()) {
    await dynamo.createTable(`ab-${i}`);
    const env = { PATH: process.env.PATH ?? '', HOME: home, LANG: 'C.UTF-8', BENCH_SKILL: `ab${i}`, BENCH_SETTINGS_ENDPOINT: api.endpoint, ...dynamo.env(`ab-${i}`) };
    const p = fork(child, ['serve', b], { env, stdio: ['ignore', 'ignore', 'ignore', 'ipc'], execArgv: [] });
    await new Promise((r) => p.once('message', r));
    procs.push(p);
  }
  const run = (p: ChildProcess, n: number) =>
    new Promise<RunResult>((resolve) => {
      p.once('message', (m) => {
        resolve(m as RunResult);
      });
      p.send({ cmd: 'run', n });
    });
  for (const p of procs) await run(p, 1000);
  const cpu = bundles.map(() => 0);
  const rss = bundles.map(() => 0);
  const n = Number(process.env.AB_REQUESTS ?? 4000);
  const block = 500;
  for (let done = 0; done < n; done += block) {
    for (const [i, p] of procs.entries()) {
      const r = await run(p, block);
      cpu[i] = (cpu[i] ?? 0) + r.cpuMicros;
      rss[i] = Math.max(rss[i] ?? 0, r.rssBytes);
      if (r.failures) console.log(`${bundles[i] ?? ''}: ${r.failures} failed (${r.error ?? ''})`);
    }
  }
  bundles.forEach((b, i) => {
    const name = path.basename(b) === 'index.js' ? path.basename(path.dirname(b)) : path.basename(b);
    console.log(`${name.padEnd(20)} ${((cpu[i] ?? 0) / n).toFixed(0)} µs CPU / request, peak RSS ${((rss[i] ?? 0) / 1048576).toFixed(1)} MiB`);
  });
  for (const p of procs) p.send({ cmd: 'exit' });
  await api.stop();
  await dynamo.close();
}
main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
