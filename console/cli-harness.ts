/** Runs the console as `npm start` does (tsx console/main.ts) in a child process, for the console's tests. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../tools/nlu';
import type { TimedEvent } from './events';

export interface ConsoleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(REPO_ROOT, 'console', 'main.ts');

/** The environment without anything that would point the console at a real table or account. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('AWS_') || key === 'PROGRESS_TABLE_NAME' || key === 'SKILL_ID' || key.startsWith('JEST') || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

export function runConsole(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ConsoleRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN, ...args], { cwd: REPO_ROOT, env: options.env ?? cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => { resolve({ code, stdout, stderr }); });
    child.stdin.end(options.stdin ?? '');
  });
}

/** The events of a `--json` run. */
export function eventsOf(run: ConsoleRun): TimedEvent[] {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as TimedEvent);
}
