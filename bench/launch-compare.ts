// A quick side-by-side of cold launches, for comparing bundles between full bench runs (not part of `npm run bench`):
//   npx tsx bench/launch-compare.ts [label=bundle.js ...]      default: Hip Coach's lambda/dist/index.js as `real`
//   LAUNCH_ROUNDS=20 (default 15)  fresh processes per bundle and kind of user, interleaved round by round
//   LAUNCH_USERS=new,returning,new-slow-settings (default new,returning)  the cold rows of bench/scenarios.ts to play;
//                                   `row@locale` plays a row in another locale (new@es-ES, new@fr-FR, returning@en-GB)
//   LAUNCH_PRELOAD=file.js          `node -r file.js` in every child (bench/icu-uses.js counts ICU uses; it skews the times)
//   LAUNCH_NODE_ARGS='--cpu-prof --cpu-prof-dir=dir'  more node flags for every child (a profile of each cold start)
// Every bundle plays the same rows as the bench's cold children (bench/child.ts) against one dynalite and one
// Settings API stand-in per delay; the minimal skill (bench/refs/minimal.ts) is always played as the yardstick.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSettingsApi, type SettingsApi } from '../tools/settings-api';
import { buildChild, bundle, distDir, realBundle, repoRoot } from './build';
import { startDynamo } from './dynamo';
import type { ColdResult } from './protocol';
import { BENCH_TIME_ZONE, returningRecord, scenarioById } from './scenarios';
import { summarize } from './stats';

const rounds = Number(process.env.LAUNCH_ROUNDS ?? 15);
const rows = (process.env.LAUNCH_USERS ?? 'new,returning').split(',').map((spec) => {
  const [id, locale] = spec.split('@') as [string, string | undefined];
  return { ...scenarioById(id), key: spec, locale };
});
const preload = [...(process.env.LAUNCH_PRELOAD ? ['-r', path.resolve(process.env.LAUNCH_PRELOAD)] : []), ...(process.env.LAUNCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [])];

function run(child: string, file: string, env: NodeJS.ProcessEnv): Promise<{ result: ColdResult; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...preload, child, 'cold', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (!line) reject(new Error(`${file} exited ${code}: ${(err || out).slice(-600)}`));
      else resolve({ result: JSON.parse(line.slice('BENCH_RESULT '.length)) as ColdResult, stderr: err });
    });
  });
}

async function main(): Promise<void> {
  const named = process.argv.slice(2).map((arg) => {
    const [label, file] = arg.includes('=') ? (arg.split('=', 2) as [string, string]) : [path.basename(arg), arg];
    return { label, file: path.resolve(file) };
  });
  const child = await buildChild();
  const minimal = path.join(distDir, 'minimal.js');
  await bundle(path.join(repoRoot, 'bench', 'refs', 'minimal.ts'), minimal);
  const skills = [{ label: 'minimal', file: minimal }, ...(named.length ? named : [{ label: 'real', file: realBundle }])];
  const dynamo = await startDynamo();
  const apis = new Map<number, SettingsApi>();
  for (const row of rows) if (!apis.has(row.settingsDelayMs)) apis.set(row.settingsDelayMs, await startSettingsApi({ timeZone: BENCH_TIME_ZONE, delayMs: row.settingsDelayMs }));
  const home = path.join(os.tmpdir(), 'hip-coach-bench-home');
  mkdirSync(home, { recursive: true });
  const samples = new Map<string, number[]>();
  const stderrs = new Map<string, string>();
  /** The files beside each bundle its first request read (words.es.json for a Spanish row): the row played the locale it names. */
  const besides = new Map<string, readonly string[]>();
  try {
    for (let i = 0; i < skills.length; i++) await dynamo.createTable(`launch-${i}`);
    const runs = skills.flatMap((skill, i) => rows.map((row) => ({ skill, table: `launch-${i}`, row })));
    for (let round = 0; round < rounds; round++) {
      const order = [...runs.slice(round % runs.length), ...runs.slice(0, round % runs.length)];
      for (const { skill, table, row } of order) {
        const userId = `amzn1.ask.account.launch-${row.key}-${round}-${process.pid}`;
        if (row.user === 'returning') await dynamo.put(table, returningRecord(userId, Date.now()));
        const api = apis.get(row.settingsDelayMs) as SettingsApi;
        const env = { PATH: process.env.PATH ?? '', HOME: home, LANG: 'C.UTF-8', BENCH_SETTINGS_ENDPOINT: api.endpoint, BENCH_SCENARIO: row.id, ...(row.locale ? { BENCH_LOCALE: row.locale } : {}), BENCH_USER_ID: userId, ...dynamo.env(table) };
        const { result, stderr } = await run(child, skill.file, env);
        if (!result.ok) throw new Error(`${skill.label} ${row.key}: ${result.error ?? 'no response'}`);
        const key = `${skill.label}\0${row.key}`;
        samples.set(key, [...(samples.get(key) ?? []), result.initMs + result.firstMs, result.initMs, result.firstMs, result.cpuMs]);
        if (round === 0) stderrs.set(key, stderr);
        if (round === 0) besides.set(key, result.loaded ?? []);
      }
    }
  } finally {
    await dynamo.close();
    for (const api of apis.values()) await api.stop();
  }
  const column = (key: string, k: number) => (samples.get(key) ?? []).filter((_, i) => i % 4 === k);
  const p50 = (values: number[]) => summarize(values).p50;
  console.log(`${rounds} rounds, node ${process.version}; init + first request p50 (init p50 + first p50), its ratio to the minimal skill's same row; CPU of init + first p50`);
  for (const row of rows) {
    const base = p50(column(`minimal\0${row.key}`, 0));
    for (const skill of skills) {
      const key = `${skill.label}\0${row.key}`;
      const total = p50(column(key, 0));
      const cpu = p50(column(key, 3));
      console.log(`${row.key.padEnd(18)} ${skill.label.padEnd(12)} ${total.toFixed(1).padStart(6)} ms (${p50(column(key, 1)).toFixed(1)} + ${p50(column(key, 2)).toFixed(1)})  ${(total / base).toFixed(3)}×  CPU ${cpu.toFixed(1)} ms${row.locale && skill.label !== 'minimal' ? `  read ${besides.get(key)?.join(', ') || 'nothing beside it'}` : ''}`);
      const err = stderrs.get(key)?.trim();
      if (err && preload.length) console.log(`    ${err.split('\n').join('\n    ')}`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
