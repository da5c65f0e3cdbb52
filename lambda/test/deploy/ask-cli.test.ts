import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides?: Record<string, string>;
};

/** Runs the project's own ask-cli the way the README tells deployers to, with usage metrics off. */
function npxAsk(...args: string[]): string {
  return execFileSync('npx', ['--no-install', 'ask', ...args], {
    cwd: ROOT,
    env: { ...process.env, ASK_SHARE_USAGE: 'false' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('ask-cli, the deploy tool', () => {
  it('is pinned as a devDependency, with antlr4ts held at the release that lets it start', () => {
    expect(packageJson.devDependencies['ask-cli']).toBe('2.30.7');
    // npm otherwise resolves antlr4ts@0.5.0-dev, and ask-cli dies with "Class extends value undefined".
    expect(packageJson.overrides?.antlr4ts).toBe('0.5.0-alpha.4');
  });

  it('is what `npm run deploy` runs, after the build', () => {
    expect(packageJson.scripts.deploy).toBe('npm run build && npx ask deploy');
  });

  it('starts and reports version 2.30.7 through npx', () => {
    expect(npxAsk('--version').trim()).toBe('2.30.7');
  });

  it('loads its deploy command (which pulls in the antlr4ts-based parser)', () => {
    expect(npxAsk('deploy', '--help')).toContain('--ignore-hash');
  });
});
