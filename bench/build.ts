// Builds the reference skills and the child runner with the real build's esbuild options (tools/build.mjs).
import { mkdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

export const repoRoot = path.resolve(__dirname, '..');
export const distDir = path.join(repoRoot, 'bench', 'dist');
/** The deployed bundle `npm run build` writes; BENCH_REAL_BUNDLE measures another file in its place. */
export const realBundle = path.resolve(process.env.BENCH_REAL_BUNDLE ?? path.join(repoRoot, 'lambda', 'dist', 'index.js'));
export const realEntry = path.join(repoRoot, 'lambda', 'src', 'index.ts');

/** The exact options `npm run build` uses for lambda/dist/index.js. */
export async function lambdaBuildOptions(): Promise<BuildOptions> {
  const mod = (await import(pathToFileURL(path.join(repoRoot, 'tools', 'build.mjs')).href)) as { lambdaBuildOptions: BuildOptions };
  return mod.lambdaBuildOptions;
}

/** The extra the deployed bundle gets over `lambdaBuildOptions` (environment-only credentials); references do without. */
export async function deployedOverrides(): Promise<BuildOptions> {
  const mod = (await import(pathToFileURL(path.join(repoRoot, 'tools', 'build.mjs')).href)) as { deployedBuildOptions: BuildOptions };
  return { plugins: mod.deployedBuildOptions.plugins ?? [] };
}

/**
 * Bundles `entry` (a file, or TypeScript source resolved from bench/refs) to `outfile` with the real build's
 * options, plus `overrides` (e.g. esbuild's default mainFields).
 */
export async function bundle(entry: string | { readonly contents: string; readonly name: string }, outfile: string, overrides: BuildOptions = {}): Promise<Metafile> {
  const options = await lambdaBuildOptions();
  const input: BuildOptions =
    typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: path.join(repoRoot, 'bench', 'refs'), sourcefile: entry.name, loader: 'ts' } };
  const result = await build({ ...options, ...overrides, ...input, outfile, metafile: true, logLevel: 'error' });
  return result.metafile;
}

/** The child runner: plain CommonJS so a cold child pays nothing for TypeScript. */
export async function buildChild(): Promise<string> {
  const outfile = path.join(distDir, 'child.cjs');
  await mkdir(distDir, { recursive: true });
  await build({
    entryPoints: [path.join(repoRoot, 'bench', 'child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
  });
  return outfile;
}

export interface BundleSize {
  readonly raw: number;
  readonly gzip: number;
}

export async function bundleSize(file: string): Promise<BundleSize> {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Bytes in the output per package (or per lambda/src folder), largest first. */
export function composition(metafile: Metafile): Array<{ group: string; bytes: number }> {
  const groups = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
    }
  }
  return [...groups].map(([group, bytes]) => ({ group, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function groupOf(input: string): string {
  const nm = input.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = input.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? input);
  }
  const src = input.match(/lambda\/src\/([^/]+)\//);
  return src ? `lambda/src/${src[1]}/` : input;
}
