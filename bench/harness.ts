// Measures skills side by side in one run: cold starts in fresh processes, warm turns in long-lived ones,
// DynamoDB calls per turn counted at the server. Skills are interleaved so machine noise hits all alike.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { conversation } from './envelopes';
import { countSince, startDynamo, type BenchDynamo, type CallCount } from './dynamo';
import { summarize, type Summary } from './stats';
import type { ChildRequest, ColdResult, ReadyResult, RunResult, StepResult } from './protocol';

/** One skill under test: a bundle exporting `handler`. */
export interface SkillSpec {
  readonly id: string;
  readonly label: string;
  readonly bundle: string;
  /** Measure cold starts (the DB floor has no skill to start, but its cold cost is still informative). */
  readonly cold: boolean;
  readonly warm: boolean;
  /** Why the skill cannot be measured (e.g. the real bundle is not built yet); it is then reported, not run. */
  readonly absent?: string;
}

export interface BenchOptions {
  readonly skills: readonly SkillSpec[];
  /** The child runner (bench/dist/child.cjs). */
  readonly child: string;
  readonly coldRounds: number;
  readonly warmRequests: number;
  readonly warmBlock: number;
  /** Requests per skill before the measured ones, so the JIT and the sockets are warm. */
  readonly warmup: number;
  /** Whole conversations played turn by turn to attribute DynamoDB calls to turns. */
  readonly countPasses: number;
  readonly log?: (line: string) => void;
}

export interface ColdStats {
  readonly bootMs: Summary;
  readonly initMs: Summary;
  readonly firstMs: Summary;
  readonly initFirstMs: Summary;
  readonly sinceStartMs: Summary;
  readonly cpuMs: Summary;
  readonly cpuSinceStartMs: Summary;
  readonly rssBytes: Summary;
  readonly handlerLength: number;
  readonly returnsPromise: boolean;
  readonly failures: number;
  /** DynamoDB calls per cold start (module init + the first LaunchRequest). */
  readonly callsPerStart: CallCount;
}

export interface WarmStats {
  readonly requests: number;
  readonly latencyMs: Summary;
  readonly cpuMicrosPerRequest: number;
  readonly peakRssBytes: number;
  readonly failures: number;
  /** Calls per request, averaged over the measured requests. */
  readonly callsPerRequest: { readonly reads: number; readonly writes: number; readonly other: number };
  /** Latency per kind of turn, in conversation order. */
  readonly byTurn: ReadonlyArray<{ readonly label: string; readonly latencyMs: Summary }>;
}

/** DynamoDB calls seen for one kind of turn, the worst over every time it was played. */
export interface TurnCalls {
  readonly label: string;
  readonly question: boolean;
  readonly plays: number;
  readonly maxReads: number;
  readonly maxWrites: number;
  readonly maxOther: number;
  readonly failures: number;
}

export interface SkillResult {
  readonly spec: SkillSpec;
  readonly cold?: ColdStats;
  readonly warm?: WarmStats;
  readonly turns?: readonly TurnCalls[];
  /** Why the skill was not (fully) measured. */
  readonly problems: string[];
}

const tableOf = (spec: SkillSpec) => `bench-${spec.id}`;

/** A result while the phases fill it in. */
type Draft = { -readonly [K in keyof SkillResult]: SkillResult[K] };

function childEnv(dynamo: BenchDynamo, spec: SkillSpec): NodeJS.ProcessEnv {
  // A clean environment like Lambda's: no developer profile, no NODE_OPTIONS from the harness's own loader,
  // and a HOME without ~/.aws so the SDK's shared-config lookups miss as they do on Lambda.
  const home = path.join(os.tmpdir(), 'hip-coach-bench-home');
  mkdirSync(home, { recursive: true });
  return { PATH: process.env.PATH ?? '', HOME: home, LANG: 'C.UTF-8', BENCH_SKILL: spec.id, ...dynamo.env(tableOf(spec)) };
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const k = items.length ? by % items.length : 0;
  return [...items.slice(k), ...items.slice(0, k)];
}

function runCold(options: BenchOptions, spec: SkillSpec, env: NodeJS.ProcessEnv): Promise<ColdResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [options.child, 'cold', spec.bundle], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (!line) {
        reject(new Error(`cold start of ${spec.id} exited ${code} without a result: ${(err || out).trim().slice(-600)}`));
        return;
      }
      resolve(JSON.parse(line.slice('BENCH_RESULT '.length)) as ColdResult);
    });
  });
}

/** A long-lived child answering `run` and `step` requests one at a time. */
class ServingChild {
  private readonly proc: ChildProcess;
  private stderr = '';
  private waiting?: { resolve: (m: unknown) => void; reject: (e: Error) => void };

  private constructor(readonly spec: SkillSpec, child: string, env: NodeJS.ProcessEnv) {
    this.proc = fork(child, ['serve', spec.bundle], { env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    this.proc.stderr?.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-2000);
    });
    this.proc.on('message', (m) => {
      const w = this.waiting;
      this.waiting = undefined;
      w?.resolve(m);
    });
    this.proc.on('exit', (code) => {
      const w = this.waiting;
      this.waiting = undefined;
      w?.reject(new Error(`${spec.id} child exited ${code}: ${this.stderr.trim().slice(-600)}`));
    });
  }

  static async start(spec: SkillSpec, child: string, env: NodeJS.ProcessEnv): Promise<ServingChild> {
    const c = new ServingChild(spec, child, env);
    await c.next<ReadyResult>();
    return c;
  }

  private next<T>(): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting = { resolve: resolve as (m: unknown) => void, reject };
    });
  }

  request(message: { cmd: 'run'; n: number }): Promise<RunResult>;
  request(message: { cmd: 'step' }): Promise<StepResult>;
  request(message: ChildRequest): Promise<unknown> {
    const reply = this.next<unknown>();
    this.proc.send(message);
    return reply;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.proc.exitCode !== null) { resolve(); return; }
      this.proc.once('exit', () => { resolve(); });
      this.proc.send({ cmd: 'exit' } satisfies ChildRequest);
      setTimeout(() => this.proc.kill(), 5000).unref();
    });
  }
}

async function measureCold(options: BenchOptions, dynamo: BenchDynamo, skills: readonly SkillSpec[], results: Map<string, Draft>): Promise<void> {
  const samples = new Map<string, ColdResult[]>(skills.map((s) => [s.id, []]));
  const calls = new Map<string, CallCount>();
  const failed = new Set<string>();
  for (let round = 0; round < options.coldRounds; round++) {
    for (const spec of rotate(skills, round)) {
      if (failed.has(spec.id)) continue;
      const before = dynamo.count();
      let sample: ColdResult;
      try {
        sample = await runCold(options, spec, childEnv(dynamo, spec));
      } catch (e) {
        // A bundle that cannot even start is reported once and left out of the remaining rounds.
        failed.add(spec.id);
        results.get(spec.id)?.problems.push((e as Error).message);
        continue;
      }
      const delta = countSince(before, dynamo.count());
      const sum = calls.get(spec.id);
      calls.set(spec.id, sum ? { reads: sum.reads + delta.reads, writes: sum.writes + delta.writes, other: sum.other + delta.other, byOperation: {} } : delta);
      samples.get(spec.id)?.push(sample);
      if (sample.error) results.get(spec.id)?.problems.push(`cold start: ${sample.error}`);
    }
    if ((round + 1) % 10 === 0 || round + 1 === options.coldRounds) options.log?.(`  cold round ${round + 1}/${options.coldRounds}`);
  }
  for (const spec of skills) {
    const s = samples.get(spec.id) ?? [];
    if (s.length === 0) continue;
    const n = s.length;
    const c = calls.get(spec.id);
    const first = s[0];
    const result = results.get(spec.id) as Draft;
    result.cold = {
      bootMs: summarize(s.map((x) => x.bootMs)),
      initMs: summarize(s.map((x) => x.initMs)),
      firstMs: summarize(s.map((x) => x.firstMs)),
      initFirstMs: summarize(s.map((x) => x.initMs + x.firstMs)),
      sinceStartMs: summarize(s.map((x) => x.sinceStartMs)),
      cpuMs: summarize(s.map((x) => x.cpuMs)),
      cpuSinceStartMs: summarize(s.map((x) => x.cpuSinceStartMs)),
      rssBytes: summarize(s.map((x) => x.rssBytes)),
      handlerLength: first?.handlerLength ?? -1,
      returnsPromise: first?.returnsPromise ?? false,
      failures: s.filter((x) => !x.ok).length,
      callsPerStart: { reads: (c?.reads ?? 0) / n, writes: (c?.writes ?? 0) / n, other: (c?.other ?? 0) / n, byOperation: {} },
    };
  }
}

async function measureWarm(options: BenchOptions, dynamo: BenchDynamo, skills: readonly SkillSpec[], results: Map<string, Draft>): Promise<void> {
  const children: ServingChild[] = [];
  try {
    const dead = new Set<ServingChild>();
    // A child that cannot start or dies is reported and dropped; the others go on.
    const attempt = async (c: ServingChild | SkillSpec, work: () => Promise<void>) => {
      try {
        await work();
      } catch (e) {
        const id = 'spec' in c ? c.spec.id : c.id;
        results.get(id)?.problems.push(`warm: ${(e as Error).message}`);
        if ('spec' in c) dead.add(c);
      }
    };
    for (const spec of skills) {
      await attempt(spec, async () => {
        children.push(await ServingChild.start(spec, options.child, childEnv(dynamo, spec)));
      });
    }
    for (const c of children) await attempt(c, async () => {
      await c.request({ cmd: 'run', n: options.warmup });
    });
    const latencies = new Map<string, number[]>(skills.map((s) => [s.id, []]));
    const byLabel = new Map<string, Map<string, number[]>>(skills.map((s) => [s.id, new Map()]));
    const cpu = new Map<string, number>();
    const rss = new Map<string, number>();
    const failures = new Map<string, number>();
    const calls = new Map<string, { reads: number; writes: number; other: number }>();
    const blocks = Math.ceil(options.warmRequests / options.warmBlock);
    for (let b = 0; b < blocks; b++) {
      const n = Math.min(options.warmBlock, options.warmRequests - b * options.warmBlock);
      for (const c of rotate(children, b)) {
        if (dead.has(c)) continue;
        const before = dynamo.count();
        let reply: RunResult | undefined;
        await attempt(c, async () => {
          reply = await c.request({ cmd: 'run', n });
        });
        const r = reply;
        if (!r) continue;
        const d = countSince(before, dynamo.count());
        const id = c.spec.id;
        latencies.get(id)?.push(...r.latencies);
        const mine = byLabel.get(id) as Map<string, number[]>;
        r.labels.forEach((label, i) => {
          const list = mine.get(label) ?? [];
          list.push(r.latencies[i] ?? Number.NaN);
          mine.set(label, list);
        });
        cpu.set(id, (cpu.get(id) ?? 0) + r.cpuMicros);
        rss.set(id, Math.max(rss.get(id) ?? 0, r.rssBytes));
        failures.set(id, (failures.get(id) ?? 0) + r.failures);
        const sum = calls.get(id) ?? { reads: 0, writes: 0, other: 0 };
        calls.set(id, { reads: sum.reads + d.reads, writes: sum.writes + d.writes, other: sum.other + d.other });
        if (r.error) results.get(id)?.problems.push(`warm: ${r.error}`);
      }
      if ((b + 1) % 5 === 0 || b + 1 === blocks) options.log?.(`  warm block ${b + 1}/${blocks}`);
    }
    for (const spec of skills) {
      const lat = latencies.get(spec.id) ?? [];
      if (lat.length === 0) continue;
      const c = calls.get(spec.id) ?? { reads: 0, writes: 0, other: 0 };
      const n = lat.length;
      const result = results.get(spec.id) as Draft;
      result.warm = {
        requests: lat.length,
        latencyMs: summarize(lat),
        cpuMicrosPerRequest: (cpu.get(spec.id) ?? 0) / n,
        peakRssBytes: rss.get(spec.id) ?? 0,
        failures: failures.get(spec.id) ?? 0,
        callsPerRequest: { reads: c.reads / n, writes: c.writes / n, other: c.other / n },
        byTurn: [...(byLabel.get(spec.id) ?? new Map<string, number[]>())].map(([label, l]) => ({ label, latencyMs: summarize(l) })),
      };
    }
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}

async function countTurns(options: BenchOptions, dynamo: BenchDynamo, spec: SkillSpec): Promise<TurnCalls[]> {
  const child = await ServingChild.start(spec, options.child, childEnv(dynamo, spec));
  const byLabel = new Map<string, TurnCalls>();
  try {
    for (let i = 0; i < options.countPasses * conversation.length; i++) {
      const before = dynamo.count();
      const step = await child.request({ cmd: 'step' });
      const d = countSince(before, dynamo.count());
      const t = byLabel.get(step.label);
      byLabel.set(step.label, {
        label: step.label,
        question: step.question,
        plays: (t?.plays ?? 0) + 1,
        maxReads: Math.max(t?.maxReads ?? 0, d.reads),
        maxWrites: Math.max(t?.maxWrites ?? 0, d.writes),
        maxOther: Math.max(t?.maxOther ?? 0, d.other),
        failures: (t?.failures ?? 0) + (step.ok ? 0 : 1),
      });
    }
  } finally {
    await child.stop();
  }
  return [...byLabel.values()];
}

/** Runs every phase over every present skill and returns what was measured. */
export async function runBench(options: BenchOptions): Promise<SkillResult[]> {
  const results = new Map<string, Draft>(options.skills.map((spec) => [spec.id, { spec, problems: spec.absent ? [spec.absent] : [] }]));
  const present = options.skills.filter((s) => !s.absent);
  const dynamo = await startDynamo();
  try {
    for (const spec of present) await dynamo.createTable(tableOf(spec));
    options.log?.(`dynalite on ${dynamo.endpoint}; ${present.length} skills`);
    options.log?.('counting DynamoDB calls per turn');
    for (const spec of options.countPasses > 0 ? present : []) {
      try {
        (results.get(spec.id) as Draft).turns = await countTurns(options, dynamo, spec);
      } catch (e) {
        results.get(spec.id)?.problems.push(`turn counting: ${(e as Error).message}`);
      }
    }
    const cold = present.filter((s) => s.cold);
    options.log?.(`cold starts: ${options.coldRounds} rounds × ${cold.length} skills`);
    await measureCold(options, dynamo, cold, results);
    const warm = present.filter((s) => s.warm);
    options.log?.(`warm turns: ${options.warmRequests} requests × ${warm.length} skills, blocks of ${options.warmBlock}`);
    await measureWarm(options, dynamo, warm, results);
  } finally {
    await dynamo.close();
  }
  return options.skills.map((s) => results.get(s.id) as SkillResult);
}
