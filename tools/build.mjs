// Bundles the Lambda entry into lambda/dist/index.js (the deploy contract in DESIGN.md).
// mainFields module-first lets esbuild take the AWS SDK's ESM builds, which tree-shake better.
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

if (import.meta.url === `file://${process.argv[1]}`) {
  await build({
    ...lambdaBuildOptions,
    entryPoints: ['lambda/src/index.ts'],
    outfile: 'lambda/dist/index.js',
  });
  // The console's --seed bundle (git-ignored): the same skill, built with a given randomness.
  await build({
    ...lambdaBuildOptions,
    entryPoints: ['console/seeded-entry.ts'],
    outfile: 'console/dist/seeded.js',
  });
}
