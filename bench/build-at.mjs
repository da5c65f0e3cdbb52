// Builds lambda/dist as it was at an earlier commit, to measure a cold start against "before" side by side
// (not part of `npm run bench`):
//   node bench/build-at.mjs <commit> [outDir]     writes <outDir>/index.js and the files beside it (default outDir: bench/dist/at-<commit>)
// then, e.g. against the build before the eleven locales (issue 14):
//   LAUNCH_ROUNDS=30 LAUNCH_USERS=new,returning,new-de npx tsx bench/launch-compare.ts before=bench/dist/at-b9a2d48/index.js now=lambda/dist/index.js
// The commit is checked out into a temporary detached worktree that borrows this clone's node_modules (the
// runtime dependencies have the same versions since the first wave), built with that commit's own
// `node tools/build.mjs`, copied out, and the worktree removed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [commit, outArg] = process.argv.slice(2);
if (!commit) {
  process.stderr.write('usage: node bench/build-at.mjs <commit> [outDir]\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.resolve(outArg ?? path.join(root, 'bench', 'dist', `at-${commit}`));
const tree = path.join(mkdtempSync(path.join(os.tmpdir(), 'hip-coach-at-')), 'tree');
const git = (...args) => execFileSync('git', ['-C', root, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
git('worktree', 'add', '--detach', tree, commit);
try {
  symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['tools/build.mjs'], { cwd: tree, stdio: 'inherit' });
  rmSync(out, { recursive: true, force: true });
  cpSync(path.join(tree, 'lambda', 'dist'), out, { recursive: true });
  process.stdout.write(`${path.join(out, 'index.js')}\n`);
} finally {
  git('worktree', 'remove', '--force', tree);
  rmSync(path.dirname(tree), { recursive: true, force: true });
}
