// Bundles the Lambda entry into lambda/dist/index.js (the deploy contract in DESIGN.md).
// mainFields module-first lets esbuild take the AWS SDK's ESM builds, which tree-shake better.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const lambdaBuildOptions = {
  bundle: true,
  minify: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  mainFields: ['module', 'main'],
  legalComments: 'none',
  // The SDK loads node:http with import(); as require() it needs no ESM loader at run time
  // (and runs inside jest's VM, where dynamic import is unavailable).
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
};

/**
 * The default credential chain resolved to the environment provider alone: −132 KiB and about 12 ms of
 * module init (docs/PERFORMANCE.md). Only for what runs as the Lambda function; the benchmark's reference
 * skills keep the SDK's default chain.
 */
export const envCredentialsOnly = {
  name: 'env-credentials-only',
  setup(esbuild) {
    const path = fileURLToPath(new URL('./env-credentials.mjs', import.meta.url));
    esbuild.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({ path }));
  },
};

/**
 * No language's words inside the bundle: lambda/src/speech/word-source.ts (the TypeScript resources) is
 * swapped for word-files.ts, which reads words.<language>.json beside the bundle on first use. The words
 * were 133 KiB of a 600 KiB bundle, and a request speaks one language (docs/PERFORMANCE.md).
 */
export const wordsBesideBundle = {
  name: 'words-beside-bundle',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/word-source$/ }, (args) => ({ path: path.join(args.resolveDir, 'word-files.ts') }));
  },
};

/** The options of lambda/dist/index.js: the shared ones, with environment-only credentials and the words beside it. */
export const deployedBuildOptions = { ...lambdaBuildOptions, plugins: [envCredentialsOnly, wordsBesideBundle] };

/**
 * Writes words.<language>.json into `dir` (beside a bundle built with `wordsBesideBundle`): each
 * language's words and its locales' overrides, as word-source.ts builds them from the TypeScript.
 */
export async function writeWordFiles(dir) {
  const speech = fileURLToPath(new URL('../lambda/src/speech/', import.meta.url));
  const { outputFiles } = await build({
    stdin: { contents: "export { LANGUAGES } from './locales'; export { languageBook } from './word-source';", resolveDir: speech, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const { LANGUAGES, languageBook } = module.exports;
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(dir).filter((name) => /^words\.[a-z]+\.json$/.test(name))) rmSync(path.join(dir, stale));
  for (const language of LANGUAGES) writeFileSync(path.join(dir, `words.${language}.json`), JSON.stringify(languageBook(language)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build({
    ...deployedBuildOptions,
    entryPoints: ['lambda/src/index.ts'],
    outfile: 'lambda/dist/index.js',
  });
  await writeWordFiles('lambda/dist');
  // The console's --seed bundle (git-ignored): the same skill, built with a given randomness.
  await build({
    ...deployedBuildOptions,
    entryPoints: ['console/seeded-entry.ts'],
    outfile: 'console/dist/seeded.js',
  });
  await writeWordFiles('console/dist');
}
