// Bundles the Lambda entry into lambda/dist/index.js (the deploy contract in DESIGN.md).
// mainFields module-first lets esbuild take the AWS SDK's ESM builds, which tree-shake better.
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

/** The options of lambda/dist/index.js: the shared ones, with environment-only credentials. */
export const deployedBuildOptions = { ...lambdaBuildOptions, plugins: [envCredentialsOnly] };

if (import.meta.url === `file://${process.argv[1]}`) {
  await build({
    ...deployedBuildOptions,
    entryPoints: ['lambda/src/index.ts'],
    outfile: 'lambda/dist/index.js',
  });
  // The console's --seed bundle (git-ignored): the same skill, built with a given randomness.
  await build({
    ...deployedBuildOptions,
    entryPoints: ['console/seeded-entry.ts'],
    outfile: 'console/dist/seeded.js',
  });
}
