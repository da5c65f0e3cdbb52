// `npm run bench`: Hip Coach against reference skills, side by side, in one run. See docs/PERFORMANCE.md.
//   BENCH_QUICK=1          a smoke run: few rounds, few requests (numbers are not meaningful)
//   --refs-only            reference skills only (no lambda/dist/index.js needed; no goals)
//   --json <file>          also write the raw results
//   BENCH_REAL_BUNDLE=path  measure that bundle as Hip Coach instead of lambda/dist/index.js
// Exit code: 0 all goals met, 1 a goal missed (or a reference failed), 2 Hip Coach could not be measured.
import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions, Metafile } from 'esbuild';
import { buildChild, bundle, bundleSize, composition, deployedOverrides, distDir, realBundle, realEntry, repoRoot } from './build';
import { runBench, type BenchOptions, type SkillSpec } from './harness';
import { evaluateGoals, formatLoads, formatRatios, formatScenarios, formatTable, formatTurns, formatVerdicts, type SkillSizes } from './report';
import { coldScenarios } from './scenarios';

const quick = process.env.BENCH_QUICK === '1';
const refsOnly = process.argv.includes('--refs-only') || process.env.BENCH_REFS_ONLY === '1';
const jsonArg = process.argv.indexOf('--json');
const jsonFile = jsonArg >= 0 ? process.argv[jsonArg + 1] : undefined;

function intEnv(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

/** Everything `npm run bench` measures; the first is the subject, the rest are references. */
interface Reference {
  readonly id: string;
  readonly label: string;
  readonly entry: string;
  readonly overrides?: BuildOptions;
  readonly cold: boolean;
}

const refs = (name: string) => path.join(repoRoot, 'bench', 'refs', name);
const references: readonly Reference[] = [
  { id: 'minimal', label: 'minimal skill (hello + GetItem + PutItem)', entry: refs('minimal.ts'), cold: true },
  // esbuild's default for platform node is main first: the SDK's CommonJS builds.
  { id: 'minimal-default', label: 'minimal, default mainFields', entry: refs('minimal.ts'), overrides: { mainFields: ['main', 'module'] }, cold: true },
  { id: 'hello', label: 'ask-sdk hello-world', entry: refs('hello-world.ts'), cold: true },
  { id: 'floor', label: 'bare SDK GetItem+PutItem (floor)', entry: refs('floor.ts'), cold: true },
];

async function main(): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const child = await buildChild();
  const sizes = new Map<string, SkillSizes>();
  /** The files beside Hip Coach's bundle (words.<language>.json, ask-sdk-model.js), by name. */
  const beside = new Map<string, SkillSizes>();
  const metafiles = new Map<string, Metafile>();
  const skills: SkillSpec[] = [];

  if (!refsOnly) {
    const absent = existsSync(realBundle)
      ? undefined
      : `Hip Coach not measured: ${path.relative(repoRoot, realBundle)} does not exist. Run \`npm run build\` (it needs lambda/src/index.ts).`;
    if (!absent) {
      sizes.set('real', await bundleSize(realBundle));
      const dir = path.dirname(realBundle);
      for (const name of readdirSync(dir).filter((n) => n !== path.basename(realBundle) && /\.(js|json)$/.test(n)).sort()) beside.set(name, await bundleSize(path.join(dir, name)));
      // Same options as `npm run build`, to a scratch file, only for the composition by package.
      if (existsSync(realEntry) && !process.env.BENCH_REAL_BUNDLE) metafiles.set('real', await bundle(realEntry, path.join(distDir, 'real-analysis.js'), await deployedOverrides()));
    }
    skills.push({ id: 'real', label: 'Hip Coach (realistic mix)', bundle: realBundle, cold: true, warm: true, ...(absent ? { absent } : {}) });
  }
  for (const ref of references) {
    const outfile = path.join(distDir, `${ref.id}.js`);
    metafiles.set(ref.id, await bundle(ref.entry, outfile, ref.overrides));
    sizes.set(ref.id, await bundleSize(outfile));
    skills.push({ id: ref.id, label: ref.label, bundle: outfile, cold: ref.cold, warm: true });
  }

  const options: BenchOptions = {
    skills,
    child,
    coldRounds: intEnv('BENCH_COLD_ROUNDS', quick ? 3 : 50),
    warmRequests: intEnv('BENCH_WARM_REQUESTS', quick ? 300 : 10_000),
    warmBlock: intEnv('BENCH_WARM_BLOCK', quick ? 100 : 500),
    warmup: intEnv('BENCH_WARMUP', quick ? 30 : 1_000),
    countPasses: quick ? 1 : 3,
    scenarios: coldScenarios,
    subjectId: 'real',
    minimalId: 'minimal',
    log,
  };
  const started = performance.now();
  const results = await runBench(options);
  const seconds = (performance.now() - started) / 1000;

  const out: string[] = [];
  out.push(`## npm run bench — node ${process.version}, ${process.platform}/${process.arch}${quick ? ', QUICK (smoke only: numbers are not meaningful)' : ''}`);
  out.push(`cold: ${options.coldRounds} fresh processes per skill, interleaved; warm: ${options.warmRequests} requests per skill after ${options.warmup} warm-up, interleaved blocks of ${options.warmBlock}; ${seconds.toFixed(0)} s`);
  out.push('', formatTable(results, sizes));
  const realSize = sizes.get('real');
  const real = results.find((r) => r.spec.id === 'real');
  if (realSize) out.push('', '### What a cold start of Hip Coach loads (index.js and the files beside it that the row read)', '', formatLoads(realSize, beside, sizes.get('minimal'), real, coldScenarios));
  out.push('', '### Cold launch by kind of user (every request carries an API token; Settings API stand-in on 127.0.0.1)', '', formatScenarios(results, coldScenarios, 'real', 'minimal'));
  out.push('', '### Ratios to the minimal skill (warm: difference to the DB floor)', '', formatRatios(results, sizes, 'minimal', 'floor'));
  if (real && !real.spec.absent) out.push('', '### Hip Coach per kind of turn: DynamoDB calls counted at the server, warm latency', '', formatTurns(real));
  const top = (id: string) => (metafiles.has(id) ? composition(metafiles.get(id) as Metafile).slice(0, 8).map((g) => `${g.group} ${(g.bytes / 1024).toFixed(0)} KiB`).join(', ') : undefined);
  out.push('', '### Bundle composition (bytes in output, largest first)', '');
  for (const id of ['real', 'minimal', 'minimal-default']) if (top(id)) out.push(`- ${id}: ${top(id)}`);
  for (const r of results) for (const p of new Set(r.problems)) out.push(`\n! ${r.spec.label}: ${p}`);

  let code = results.some((r) => r.spec.id !== 'real' && r.problems.length) ? 1 : 0;
  if (!refsOnly) {
    if (real?.spec.absent) {
      code = 2;
    } else {
      const verdicts = evaluateGoals(results, sizes, coldScenarios, { subject: 'real', minimal: 'minimal', floor: 'floor' });
      out.push('', '### Goals (issues 18 and 20, and the warm latency of issue 7)', '', formatVerdicts(verdicts));
      const missed = verdicts.filter((v) => !v.pass).length;
      out.push('', missed ? `${missed} goal(s) missed.` : 'All goals met.');
      if (missed) code = Math.max(code, 1);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (jsonFile) await writeFile(jsonFile, JSON.stringify({ options: { ...options, log: undefined }, sizes: Object.fromEntries(sizes), results }, null, 2));
  return code;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
