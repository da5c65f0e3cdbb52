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

/**
 * The SDK's event-stream codec left out: @smithy/core's HttpProtocol loads it with import() only for an
 * operation that streams events, and DynamoDB has none. −19 KB raw, −7.5 KB gzip (docs/PERFORMANCE.md).
 * Should the client ever reach for it, the stand-in throws rather than answer wrongly.
 */
export const noEventStreams = {
  name: 'no-event-streams',
  setup(esbuild) {
    const path = fileURLToPath(new URL('./no-event-streams.mjs', import.meta.url));
    esbuild.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, () => ({ path }));
  },
};

/**
 * ask-sdk-model (62 KB, one CommonJS file, all of Alexa's service clients) beside the bundle, not in it:
 * ask-sdk-core's CustomSkill needs only its ServiceClientFactory, which the stand-in gives, loading
 * ask-sdk-model.js from the bundle's folder the first time a turn asks it for a client (a reminder turn).
 * The time-zone lookup calls the Settings API itself (lambda/src/time-zone.ts), so no launch loads it.
 */
export const askSdkModelBesideBundle = {
  name: 'ask-sdk-model-beside-bundle',
  setup(esbuild) {
    const path = fileURLToPath(new URL('./ask-sdk-model-beside.mjs', import.meta.url));
    esbuild.onResolve({ filter: /^ask-sdk-model$/ }, () => ({ path }));
  },
};

/**
 * No language's safety vocabulary inside the bundle: lambda/src/coach/feeling-vocabulary.ts (German, Spanish and
 * French words for the body, and the regional English rewrites) is swapped for feeling-vocabulary-files.ts, which
 * reads feeling.<language>.json beside the bundle when a request in that language first describes a feeling.
 */
export const feelingWordsBesideBundle = {
  name: 'feeling-words-beside-bundle',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/feeling-vocabulary$/ }, (args) => ({ path: path.join(args.resolveDir, 'feeling-vocabulary-files.ts') }));
  },
};

/** The options of lambda/dist/index.js: the shared ones, with environment-only credentials and the words beside it. */
export const deployedBuildOptions = { ...lambdaBuildOptions, plugins: [envCredentialsOnly, wordsBesideBundle, feelingWordsBesideBundle, noEventStreams, askSdkModelBesideBundle] };

/** Writes ask-sdk-model.js into `dir`, beside a bundle built with `askSdkModelBesideBundle`. */
export async function writeAskSdkModel(dir) {
  await build({
    ...lambdaBuildOptions,
    entryPoints: [createRequire(import.meta.url).resolve('ask-sdk-model')],
    outfile: path.join(dir, 'ask-sdk-model.js'),
  });
}

/**
 * Writes words.<language>.json into `dir` (beside a bundle built with `wordsBesideBundle`): each
 * language's words and its locales' overrides, as word-source.ts builds them from the TypeScript.
 */
export async function writeWordFiles(dir) {
  const { LANGUAGES, languageBook } = await loadSource("export { LANGUAGES } from './locales'; export { languageBook } from './word-source';", '../lambda/src/speech/');
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(dir).filter((name) => /^words\.[a-z]+\.json$/.test(name))) rmSync(path.join(dir, stale));
  for (const language of LANGUAGES) writeFileSync(path.join(dir, `words.${language}.json`), JSON.stringify(languageBook(language)));
}

/** Writes feeling.<language>.json into `dir` (beside a bundle built with `feelingWordsBesideBundle`), as feeling-vocabulary.ts gives them. */
export async function writeFeelingFiles(dir) {
  const { LANGUAGES, feelingBook } = await loadSource("export { LANGUAGES } from '../speech/locales'; export { feelingBook } from './feeling-vocabulary';", '../lambda/src/coach/');
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(dir).filter((name) => /^feeling\.[a-z]+\.json$/.test(name))) rmSync(path.join(dir, stale));
  for (const language of LANGUAGES) writeFileSync(path.join(dir, `feeling.${language}.json`), JSON.stringify(feelingBook(language)));
}

/** Bundles TypeScript `contents` (its imports resolved from `folder`, relative to tools/) and runs it: what it exports. */
async function loadSource(contents, folder) {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL(folder, import.meta.url)), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build({
    ...deployedBuildOptions,
    entryPoints: ['lambda/src/index.ts'],
    outfile: 'lambda/dist/index.js',
  });
  await writeWordFiles('lambda/dist');
  await writeFeelingFiles('lambda/dist');
  await writeAskSdkModel('lambda/dist');
  // The console's --seed bundle (git-ignored): the same skill, built with a given randomness.
  await build({
    ...deployedBuildOptions,
    entryPoints: ['console/seeded-entry.ts'],
    outfile: 'console/dist/seeded.js',
  });
  await writeWordFiles('console/dist');
  await writeFeelingFiles('console/dist');
  await writeAskSdkModel('console/dist');
}
