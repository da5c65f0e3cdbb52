// `tsx bench/proposals.ts`: measures changes proposed for lambda/src without editing it. Each proposal is a
// text patch applied while bundling (an esbuild onLoad plugin); a patch that no longer applies is reported,
// not guessed. Hip Coach as is and patched run side by side with the minimal skill and the DB floor.
//   BENCH_COLD_ROUNDS (default 30), BENCH_WARM_REQUESTS (default 5000), BENCH_QUICK=1
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { buildChild, bundle, bundleSize, distDir, realEntry, repoRoot } from './build';
import { runBench, type SkillSpec } from './harness';
import { evaluateGoals, formatRatios, formatTable, formatTurns, formatVerdicts, type SkillSizes } from './report';

export interface Patch {
  /** Repository-relative path of the source file. */
  readonly file: string;
  readonly find: string;
  readonly replace: string;
}

interface Proposal {
  readonly id: string;
  readonly label: string;
  readonly patches: readonly Patch[];
  /** Replace @aws-sdk/credential-provider-node by the env provider (a tools/build.mjs change). */
  readonly envOnlyCredentials?: boolean;
}

/** voice.ts: count a key's phrasings once per locale instead of one extra i18next lookup on every say/list. */
export const cacheVariantCounts: Patch[] = [
  {
    file: 'lambda/src/speech/voice.ts',
    find: 'let shared: i18n | undefined;',
    replace: 'let shared: i18n | undefined;\nconst variantCounts = new Map<string, number>();',
  },
  {
    file: 'lambda/src/speech/voice.ts',
    find: `  const variants = (key: PhraseKey): number => {
    const raw: unknown = t(key, { returnObjects: true });
    return Array.isArray(raw) ? raw.length : 0;
  };`,
    replace: `  const variants = (key: PhraseKey): number => {
    const cacheKey = locale + '\\u0000' + key;
    let count = variantCounts.get(cacheKey);
    if (count === undefined) {
      const raw: unknown = t(key, { returnObjects: true });
      count = Array.isArray(raw) ? raw.length : 0;
      variantCounts.set(cacheKey, count);
    }
    return count;
  };`,
  },
];

/**
 * voice.ts: i18next copies its whole options object on every t() call (getFixedT's selectorOpts), and
 * V8 ends up allocating those copies straight into the old generation. Words without params never
 * change: look each one up once per container.
 */
export const cachePlainWords: Patch[] = [
  {
    file: 'lambda/src/speech/voice.ts',
    find: 'let shared: i18n | undefined;',
    replace: 'let shared: i18n | undefined;\nconst plainWords = new Map<string, string>();',
  },
  {
    file: 'lambda/src/speech/voice.ts',
    find: '  const t = translator().getFixedT(locale);',
    replace: `  const fixed = translator().getFixedT(locale);
  const t = ((key: string, params?: Record<string, unknown>) => {
    if (params !== undefined) return fixed(key, params);
    const cacheKey = locale + '\\u0000' + key;
    let text = plainWords.get(cacheKey);
    if (text === undefined) {
      text = fixed(key) as string;
      plainWords.set(cacheKey, text);
    }
    return text;
  }) as typeof fixed;`,
  },
];

/** length.ts: a routine's spoken length is a pure function of its plan; compose it once, not at every start. */
export const memoizeRoutineSeconds: Patch[] = [
  {
    file: 'lambda/src/coach/length.ts',
    find: `export function routineSeconds(plan: Plan, voice: Voice, fromStretch = 0): number {
  return composeAll(plan, voice, fromStretch).reduce((sum, c) => sum + totalSeconds(c.segments), 0);
}`,
    replace: `const secondsCache = new Map<string, number>();
export function routineSeconds(plan: Plan, voice: Voice, fromStretch = 0): number {
  const key = JSON.stringify([plan.routine, plan.stretches, fromStretch]);
  let seconds = secondsCache.get(key);
  if (seconds === undefined) {
    seconds = composeAll(plan, voice, fromStretch).reduce((sum, c) => sum + totalSeconds(c.segments), 0);
    if (secondsCache.size >= 256) secondsCache.clear();
    secondsCache.set(key, seconds);
  }
  return seconds;
}`,
  },
];

const proposals: readonly Proposal[] = [
  { id: 'as-is', label: 'Hip Coach as is (built from lambda/src)', patches: [] },
  { id: 'variants', label: 'P1 cache phrasing counts (voice.ts)', patches: cacheVariantCounts },
  { id: 'seconds', label: 'P2 memoize routineSeconds (length.ts)', patches: memoizeRoutineSeconds },
  { id: 'both', label: 'P1 + P2', patches: [...cacheVariantCounts, ...memoizeRoutineSeconds] },
  { id: 'words', label: 'P1 + P2 + P4 cache words without params (voice.ts)', patches: [...cacheVariantCounts, ...memoizeRoutineSeconds, ...cachePlainWords] },
  { id: 'all', label: 'P1 + P2 + P4 + P3 env-only credentials (build)', patches: [...cacheVariantCounts, ...memoizeRoutineSeconds, ...cachePlainWords], envOnlyCredentials: true },
];

export function patchPlugin(patches: readonly Patch[]): Plugin {
  const byFile = new Map<string, Patch[]>();
  for (const p of patches) byFile.set(path.join(repoRoot, p.file), [...(byFile.get(path.join(repoRoot, p.file)) ?? []), p]);
  return {
    name: 'bench-patches',
    setup(b) {
      b.onLoad({ filter: /lambda\/src\/.*\.ts$/ }, async (args) => {
        const todo = byFile.get(args.path);
        if (!todo) return undefined;
        let text = await readFile(args.path, 'utf8');
        for (const p of todo) {
          if (!text.includes(p.find)) throw new Error(`patch for ${p.file} no longer applies: ${p.find.split('\n')[0]}`);
          text = text.replace(p.find, p.replace);
        }
        return { contents: text, loader: 'ts' };
      });
    },
  };
}

const envOnlyCredentials: Plugin = {
  name: 'env-only-credentials',
  setup(b) {
    b.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({ path: path.join(repoRoot, 'bench', 'refs', 'env-credentials.ts') }));
  },
};

async function main(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  const child = await buildChild();
  const skills: SkillSpec[] = [];
  const sizes = new Map<string, SkillSizes>();
  for (const p of proposals) {
    const outfile = path.join(distDir, 'proposals', `${p.id}.js`);
    try {
      await bundle(realEntry, outfile, { plugins: [patchPlugin(p.patches), ...(p.envOnlyCredentials ? [envOnlyCredentials] : [])] });
    } catch (e) {
      process.stderr.write(`! ${p.label}: ${(e as Error).message.split('\n')[0]}\n`);
      continue;
    }
    sizes.set(p.id, await bundleSize(outfile));
    skills.push({ id: p.id, label: p.label, bundle: outfile, cold: true, warm: true });
  }
  for (const ref of ['minimal', 'floor']) {
    const outfile = path.join(distDir, 'proposals', `${ref}.js`);
    await bundle(path.join(repoRoot, 'bench', 'refs', `${ref}.ts`), outfile);
    sizes.set(ref, await bundleSize(outfile));
    skills.push({ id: ref, label: ref === 'minimal' ? 'minimal skill' : 'bare SDK floor', bundle: outfile, cold: ref === 'minimal', warm: true });
  }
  const options = {
    skills,
    child,
    coldRounds: Number(process.env.BENCH_COLD_ROUNDS) || (quick ? 3 : 30),
    warmRequests: Number(process.env.BENCH_WARM_REQUESTS) || (quick ? 300 : 5000),
    warmBlock: quick ? 100 : 500,
    warmup: quick ? 30 : 1000,
    countPasses: 1,
    log: (l: string) => process.stderr.write(`${l}\n`),
  };
  const results = await runBench(options);
  const out = [
    `## Proposed changes to lambda/src, measured — node ${process.version}; cold ${options.coldRounds} rounds, warm ${options.warmRequests} requests`,
    '',
    formatTable(results, sizes),
    '',
    formatRatios(results, sizes, 'minimal', 'floor'),
  ];
  for (const p of proposals.filter((x) => sizes.has(x.id))) {
    const verdicts = evaluateGoals(results, sizes, p.id, 'minimal', 'floor');
    const result = results.find((r) => r.spec.id === p.id);
    out.push('', `### ${p.label}`, '', formatVerdicts(verdicts), '', ...(result ? [formatTurns(result)] : []));
  }
  for (const r of results) for (const problem of new Set(r.problems)) out.push(`\n! ${r.spec.label}: ${problem}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
