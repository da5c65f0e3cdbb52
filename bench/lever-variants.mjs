// Builds lambda/dist/index.js once per build lever left out, to measure each lever against the build as it is
// (not part of `npm run bench`; run `npm run build` first, the files beside the bundle are copied from lambda/dist):
//   node bench/lever-variants.mjs [outDir]     writes <outDir>/<variant>/index.js (default outDir: bench/dist/levers)
// then, side by side with the minimal skill:
//   LAUNCH_ROUNDS=20 LAUNCH_USERS=new,returning,new-de npx tsx bench/launch-compare.ts built=<outDir>/built/index.js es-inside=<outDir>/es-inside/index.js …
//   AB_REQUESTS=3000 npx tsx bench/warm-compare.ts $PWD/bench/dist/minimal.js <outDir>/built/index.js …
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { deployedBuildOptions } from '../tools/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(root, 'bench', 'dist', 'levers'));
const dist = path.join(root, 'lambda', 'dist');
/** Each variant: the plugins of tools/build.mjs it leaves out. */
const variants = {
  built: [],
  'es-inside': ['no-event-streams'],
  'model-inside': ['ask-sdk-model-beside-bundle'],
  'feeling-inside': ['feeling-words-beside-bundle'],
};
for (const [name, left] of Object.entries(variants)) {
  const dir = path.join(out, name);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dist)) if (file !== 'index.js') cpSync(path.join(dist, file), path.join(dir, file));
  await build({
    ...deployedBuildOptions,
    plugins: deployedBuildOptions.plugins.filter((plugin) => !left.includes(plugin.name)),
    entryPoints: [path.join(root, 'lambda', 'src', 'index.ts')],
    outfile: path.join(dir, 'index.js'),
  });
  process.stdout.write(`${path.join(dir, 'index.js')}\n`);
}
