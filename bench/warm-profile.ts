// A CPU profile of warm turns (not part of `npm run bench`): the bench's warm mix in one long-lived child, as
// the warm harness plays it, under `node --cpu-prof`, with Hip Coach built unminified so the profile names
// functions.
//   npx tsx bench/warm-profile.ts [requests=5000] [out-dir=bench/dist/profile]
// Prints the self time by function (top 40) and writes the .cpuprofile (open it in Chrome DevTools).
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSettingsApi } from '../tools/settings-api';
import { buildChild, bundle, deployedOverrides, distDir, realEntry } from './build';
import { startDynamo } from './dynamo';
import type { ChildRequest, RunResult } from './protocol';
import { BENCH_TIME_ZONE } from './scenarios';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
}

async function main(): Promise<void> {
  const requests = Number(process.argv[2] ?? 5000);
  const outDir = path.resolve(process.argv[3] ?? path.join(distDir, 'profile'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const child = await buildChild();
  const unminified = path.join(distDir, 'real-unminified.js');
  await bundle(realEntry, unminified, { ...(await deployedOverrides()), minify: false });
  const dynamo = await startDynamo();
  const api = await startSettingsApi({ timeZone: BENCH_TIME_ZONE });
  await dynamo.createTable('bench-profile');
  const home = path.join(os.tmpdir(), 'hip-coach-bench-home');
  mkdirSync(home, { recursive: true });
  const env = { PATH: process.env.PATH ?? '', HOME: home, LANG: 'C.UTF-8', BENCH_SKILL: 'profile', BENCH_SETTINGS_ENDPOINT: api.endpoint, ...dynamo.env('bench-profile') };
  const proc = fork(child, ['serve', unminified], { env, execArgv: ['--cpu-prof', `--cpu-prof-dir=${outDir}`], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const next = () => new Promise<unknown>((resolve) => proc.once('message', resolve));
  await next();
  const run = async (n: number) => {
    const reply = next();
    proc.send({ cmd: 'run', n } satisfies ChildRequest);
    return (await reply) as RunResult;
  };
  await run(1000);
  const measured = await run(requests);
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.send({ cmd: 'exit' } satisfies ChildRequest);
  await exited;
  await api.stop();
  await dynamo.close();
  console.log(`${requests} warm requests: ${(measured.cpuMicros / requests).toFixed(0)} µs CPU per request, ${measured.failures} failed`);

  const file = readdirSync(outDir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const profile = JSON.parse(readFileSync(path.join(outDir, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (const id of profile.samples) {
    const frame = byId.get(id)?.callFrame;
    const where = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*\/node_modules\//, '').replace(/.*\//, '')}:${frame.lineNumber + 1}` : '?';
    self.set(where, (self.get(where) ?? 0) + 1);
  }
  const total = profile.samples.length;
  for (const [where, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((100 * n) / total).toFixed(1).padStart(5)} %  ${where}`);
  console.log(`profile: ${path.join(outDir, file)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
