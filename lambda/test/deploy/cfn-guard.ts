import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';

/** @cdklabs/cdk-validator-cfnguard ships cfn-guard 3 as static binaries and AWS Control Tower's rules. */
const PACKAGE = dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json'));

const PLATFORM_DIR: Partial<Record<NodeJS.Platform, string>> = { linux: 'ubuntu', darwin: 'macos' };
const ARCH_DIR: Partial<Record<NodeJS.Architecture, string>> = { x64: 'x86_64', arm64: 'aarch64' };

function binary(): string {
  const platform = PLATFORM_DIR[process.platform];
  const arch = ARCH_DIR[process.arch];
  if (platform === undefined || arch === undefined) {
    throw new Error(`@cdklabs/cdk-validator-cfnguard ships no cfn-guard for ${process.platform}/${process.arch}`);
  }
  return join(PACKAGE, 'bin', platform, arch, 'cfn-guard');
}

/** The Control Tower proactive controls, one .guard file per control, by service. */
export const CONTROL_TOWER_RULES = join(PACKAGE, 'rules', 'control-tower', 'cfn-guard');

export interface FailedRule {
  rule: string;
  /** The Control Tower control id (e.g. CT.LAMBDA.PR.3) its message names, for bundled rules. */
  control?: string;
}

export interface GuardFileResult {
  passed: string[];
  failed: FailedRule[];
}

interface StructuredReport {
  name: string;
  compliant: string[];
  not_compliant: Array<{ Rule: { name: string } }>;
}

/** cfn-guard's exit codes: 0 every rule passed, 19 some rule failed; anything else is an error. */
const EXIT_PASS = 0;
const EXIT_FAIL = 19;

/**
 * Runs cfn-guard once over every data file with every rules file or directory, and returns, per
 * data file path, the rules that passed and the rules that failed.
 */
export function runCfnGuard(dataFiles: readonly string[], rules: readonly string[]): Map<string, GuardFileResult> {
  const args = ['validate', '--structured', '--output-format', 'json', '--show-summary', 'none'];
  for (const file of dataFiles) args.push('--data', file);
  for (const rule of rules) args.push('--rules', rule);
  const run = spawnSync(binary(), args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== EXIT_PASS && run.status !== EXIT_FAIL) {
    throw new Error(`cfn-guard exited ${String(run.status)}: ${run.stderr}`);
  }
  const reports = JSON.parse(run.stdout) as StructuredReport[];
  const results = new Map<string, GuardFileResult>();
  for (const report of reports) {
    const result = results.get(report.name) ?? { passed: [], failed: [] };
    result.passed.push(...report.compliant);
    for (const { Rule } of report.not_compliant) {
      const control = /\[(CT\.[A-Z0-9]+\.PR\.\d+)\]/.exec(JSON.stringify(Rule))?.[1];
      result.failed.push(control === undefined ? { rule: Rule.name } : { rule: Rule.name, control });
    }
    results.set(report.name, result);
  }
  for (const file of dataFiles) {
    if (!results.has(file)) throw new Error(`cfn-guard reported nothing for ${file}`);
  }
  return results;
}
