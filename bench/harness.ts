// Measures skills side by side in one run: cold starts in fresh processes, warm turns in long-lived ones,
// DynamoDB calls per turn counted at the server. Skills are interleaved so machine noise hits all alike.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeReminders, type FakeReminders } from '../tools/fake-reminders';
import { startSettingsApi, type SettingsApi } from '../tools/settings-api';
import { conversation } from './envelopes';
import { countSince, startDynamo, type BenchDynamo, type CallCount } from './dynamo';
import { BENCH_TIME_ZONE, coldScenarios, returningRecord, type ColdScenario } from './scenarios';
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
  /** The cold rows (default: bench/scenarios.ts). The first is each skill's `cold`. */
  readonly scenarios?: readonly ColdScenario[];
  /** The skill under test and the minimal skill: the two sides of the 'pair' and 'subject' scenarios. */
  readonly subjectId?: string;
  readonly minimalId?: string;
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
  /** Settings API lookups per cold start, counted at the stand-in. */
  readonly lookupsPerStart: number;
  /** How long the stand-in held the lookups it answered during these starts (its delay plus the machine's lateness). */
  readonly settingsAnswerMs?: Summary;
  /** Reminders created at the Reminders API fake per cold start (the rows whose `api` is 'reminders'). */
  readonly remindersSetPerStart: number;
  /** Every file beside the bundle that any of these starts read (words.en.json, ask-sdk-model.js…), by name. */
  readonly loaded: readonly string[];
}

export interface WarmStats {
  readonly requests: number;
  readonly latencyMs: Summary;
  readonly cpuMicrosPerRequest: number;
  readonly peakRssBytes: number;
  readonly failures: number;
  /** Calls per request, averaged over the measured requests. */
  readonly callsPerRequest: { readonly reads: number; readonly writes: number; readonly other: number };
  /** Settings API lookups per request, counted at the stand-in. */
  readonly lookupsPerRequest: number;
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
  /** Settings API lookups, the most seen in one play. */
  readonly maxLookups: number;
  readonly failures: number;
}

/** The most DynamoDB reads any one session made while the conversations were counted. */
export interface SessionReads {
  readonly sessions: number;
  readonly maxReads: number;
}

export interface SkillResult {
  readonly spec: SkillSpec;
  /** The first cold scenario's figures (a new user's launch). */
  readonly cold?: ColdStats;
  /** Every cold scenario this skill played, by scenario id. */
  readonly coldBy?: Readonly<Record<string, ColdStats>>;
  readonly warm?: WarmStats;
  readonly turns?: readonly TurnCalls[];
  readonly sessionReads?: SessionReads;
  /** Why the skill was not (fully) measured. */
  readonly problems: string[];
}

const tableOf = (spec: SkillSpec) => `bench-${spec.id}`;

/** A result while the phases fill it in. */
type Draft = { -readonly [K in keyof SkillResult]: SkillResult[K] };

/**
 * The Settings API stand-ins, one per delay the scenarios ask for (the instant one serves warm turns), and
 * the Reminders API fake when a scenario sets a reminder.
 */
class SettingsApis {
  private constructor(
    private readonly byDelay: ReadonlyMap<number, SettingsApi>,
    private readonly fakeReminders: FakeReminders | undefined,
  ) {}

  static async start(scenarios: readonly ColdScenario[]): Promise<SettingsApis> {
    const byDelay = new Map<number, SettingsApi>();
    for (const delayMs of new Set([0, ...scenarios.map((sc) => sc.settingsDelayMs)])) byDelay.set(delayMs, await startSettingsApi({ timeZone: BENCH_TIME_ZONE, delayMs }));
    const reminders = scenarios.some((sc) => sc.api === 'reminders') ? await startFakeReminders({ timeZone: BENCH_TIME_ZONE }) : undefined;
    return new SettingsApis(byDelay, reminders);
  }

  /** Where a scenario's device reaches Alexa's APIs. */
  endpointFor(scenario: ColdScenario): string {
    if (scenario.api !== 'reminders') return this.api(scenario.settingsDelayMs).endpoint;
    if (!this.fakeReminders) throw new Error('the Reminders API fake is not started');
    return this.fakeReminders.endpoint;
  }

  /** Reminders created at the Reminders API fake so far (0 without one). */
  remindersSet(): number {
    return this.fakeReminders?.created.length ?? 0;
  }

  api(delayMs = 0): SettingsApi {
    const api = this.byDelay.get(delayMs);
    if (!api) throw new Error(`no Settings API stand-in with a ${delayMs} ms delay`);
    return api;
  }

  /** Lookups received by every stand-in. */
  calls(): number {
    let n = 0;
    for (const api of this.byDelay.values()) n += api.calls;
    return n;
  }

  async stop(): Promise<void> {
    await Promise.all([...[...this.byDelay.values()].map((api) => api.stop()), this.fakeReminders?.stop()]);
  }
}

function childEnv(dynamo: BenchDynamo, spec: SkillSpec, apiEndpoint: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // A clean environment like Lambda's: no developer profile, no NODE_OPTIONS from the harness's own loader,
  // and a HOME without ~/.aws so the SDK's shared-config lookups miss as they do on Lambda.
  const home = path.join(os.tmpdir(), 'hip-coach-bench-home');
  mkdirSync(home, { recursive: true });
  return { PATH: process.env.PATH ?? '', HOME: home, LANG: 'C.UTF-8', BENCH_SKILL: spec.id, BENCH_SETTINGS_ENDPOINT: apiEndpoint, ...extra, ...dynamo.env(tableOf(spec)) };
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

/** The scenarios `spec` plays: every skill the 'all' ones, the subject and the minimal skill the 'pair' ones, the subject the rest. */
function scenariosOf(options: BenchOptions, spec: SkillSpec): ColdScenario[] {
  const role = spec.id === options.subjectId ? 'subject' : spec.id === options.minimalId ? 'minimal' : 'other';
  return (options.scenarios ?? coldScenarios).filter((sc) => sc.skills === 'all' || (sc.skills === 'pair' && role !== 'other') || (sc.skills === 'subject' && role === 'subject'));
}

function coldStats(s: readonly ColdResult[], c: CallCount | undefined, lookups: number, answers: readonly number[], remindersSet: number): ColdStats {
  const n = s.length;
  const first = s[0];
  return {
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
    lookupsPerStart: lookups / n,
    ...(answers.length ? { settingsAnswerMs: summarize(answers) } : {}),
    remindersSetPerStart: remindersSet / n,
    loaded: [...new Set(s.flatMap((x) => x.loaded ?? []))].sort(),
  };
}

async function measureCold(options: BenchOptions, dynamo: BenchDynamo, settings: SettingsApis, skills: readonly SkillSpec[], results: Map<string, Draft>): Promise<void> {
  // Every (skill, scenario) pair is one cold row; the rows take turns within each round.
  const runs = skills.flatMap((spec) => scenariosOf(options, spec).map((scenario) => ({ spec, scenario, key: `${spec.id}\0${scenario.id}` })));
  const samples = new Map<string, ColdResult[]>(runs.map((r) => [r.key, []]));
  const calls = new Map<string, CallCount>();
  const lookups = new Map<string, number>();
  const answers = new Map<string, number[]>();
  const remindersSet = new Map<string, number>();
  const failed = new Set<string>();
  for (let round = 0; round < options.coldRounds; round++) {
    for (const { spec, scenario, key } of rotate(runs, round)) {
      if (failed.has(spec.id)) continue;
      const userId = `amzn1.ask.account.cold-${scenario.id}-${round}`;
      const api = settings.api(scenario.settingsDelayMs);
      let sample: ColdResult;
      let before = dynamo.count();
      let lookupsBefore = settings.calls();
      let answersBefore = api.answerMs.length;
      let remindersBefore = settings.remindersSet();
      try {
        if (scenario.user === 'returning') await dynamo.put(tableOf(spec), returningRecord(userId, Date.now()));
        before = dynamo.count();
        lookupsBefore = settings.calls();
        answersBefore = api.answerMs.length;
        remindersBefore = settings.remindersSet();
        sample = await runCold(options, spec, childEnv(dynamo, spec, settings.endpointFor(scenario), { BENCH_SCENARIO: scenario.id, BENCH_USER_ID: userId }));
      } catch (e) {
        // A bundle that cannot even start is reported once and left out of the remaining rounds.
        failed.add(spec.id);
        results.get(spec.id)?.problems.push((e as Error).message);
        continue;
      }
      const delta = countSince(before, dynamo.count());
      const sum = calls.get(key);
      calls.set(key, sum ? { reads: sum.reads + delta.reads, writes: sum.writes + delta.writes, other: sum.other + delta.other, byOperation: {} } : delta);
      lookups.set(key, (lookups.get(key) ?? 0) + settings.calls() - lookupsBefore);
      answers.set(key, [...(answers.get(key) ?? []), ...api.answerMs.slice(answersBefore)]);
      remindersSet.set(key, (remindersSet.get(key) ?? 0) + settings.remindersSet() - remindersBefore);
      samples.get(key)?.push(sample);
      if (sample.error) results.get(spec.id)?.problems.push(`cold start (${scenario.id}): ${sample.error}`);
    }
    if ((round + 1) % 10 === 0 || round + 1 === options.coldRounds) options.log?.(`  cold round ${round + 1}/${options.coldRounds}`);
  }
  for (const spec of skills) {
    const by: Record<string, ColdStats> = {};
    for (const { scenario, key } of runs.filter((r) => r.spec.id === spec.id)) {
      const s = samples.get(key) ?? [];
      if (s.length > 0) by[scenario.id] = coldStats(s, calls.get(key), lookups.get(key) ?? 0, answers.get(key) ?? [], remindersSet.get(key) ?? 0);
    }
    const result = results.get(spec.id) as Draft;
    const firstScenario = scenariosOf(options, spec)[0];
    if (firstScenario && by[firstScenario.id]) result.cold = by[firstScenario.id];
    if (Object.keys(by).length > 0) result.coldBy = by;
  }
}

async function measureWarm(options: BenchOptions, dynamo: BenchDynamo, settings: SettingsApis, skills: readonly SkillSpec[], results: Map<string, Draft>): Promise<void> {
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
        children.push(await ServingChild.start(spec, options.child, childEnv(dynamo, spec, settings.api().endpoint)));
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
    const lookups = new Map<string, number>();
    const blocks = Math.ceil(options.warmRequests / options.warmBlock);
    for (let b = 0; b < blocks; b++) {
      const n = Math.min(options.warmBlock, options.warmRequests - b * options.warmBlock);
      for (const c of rotate(children, b)) {
        if (dead.has(c)) continue;
        const before = dynamo.count();
        const lookupsBefore = settings.calls();
        let reply: RunResult | undefined;
        await attempt(c, async () => {
          reply = await c.request({ cmd: 'run', n });
        });
        const r = reply;
        if (!r) continue;
        const d = countSince(before, dynamo.count());
        const id = c.spec.id;
        lookups.set(id, (lookups.get(id) ?? 0) + settings.calls() - lookupsBefore);
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
        lookupsPerRequest: (lookups.get(spec.id) ?? 0) / n,
        byTurn: [...(byLabel.get(spec.id) ?? new Map<string, number[]>())].map(([label, l]) => ({ label, latencyMs: summarize(l) })),
      };
    }
  } finally {
    await Promise.all(children.map((c) => c.stop()));
  }
}

async function countTurns(options: BenchOptions, dynamo: BenchDynamo, settings: SettingsApis, spec: SkillSpec): Promise<{ turns: TurnCalls[]; sessionReads: SessionReads }> {
  const child = await ServingChild.start(spec, options.child, childEnv(dynamo, spec, settings.api().endpoint));
  const byLabel = new Map<string, TurnCalls>();
  const readsBySession = new Map<number, number>();
  try {
    for (let i = 0; i < options.countPasses * conversation.length; i++) {
      const before = dynamo.count();
      const lookupsBefore = settings.calls();
      const step = await child.request({ cmd: 'step' });
      const d = countSince(before, dynamo.count());
      const looked = settings.calls() - lookupsBefore;
      readsBySession.set(step.session, (readsBySession.get(step.session) ?? 0) + d.reads);
      const t = byLabel.get(step.label);
      byLabel.set(step.label, {
        label: step.label,
        question: step.question,
        plays: (t?.plays ?? 0) + 1,
        maxReads: Math.max(t?.maxReads ?? 0, d.reads),
        maxWrites: Math.max(t?.maxWrites ?? 0, d.writes),
        maxOther: Math.max(t?.maxOther ?? 0, d.other),
        maxLookups: Math.max(t?.maxLookups ?? 0, looked),
        failures: (t?.failures ?? 0) + (step.ok ? 0 : 1),
      });
    }
  } finally {
    await child.stop();
  }
  return { turns: [...byLabel.values()], sessionReads: { sessions: readsBySession.size, maxReads: Math.max(0, ...readsBySession.values()) } };
}

/** Runs every phase over every present skill and returns what was measured. */
export async function runBench(options: BenchOptions): Promise<SkillResult[]> {
  const results = new Map<string, Draft>(options.skills.map((spec) => [spec.id, { spec, problems: spec.absent ? [spec.absent] : [] }]));
  const present = options.skills.filter((s) => !s.absent);
  const dynamo = await startDynamo();
  const settings = await SettingsApis.start(options.scenarios ?? coldScenarios);
  try {
    for (const spec of present) await dynamo.createTable(tableOf(spec));
    options.log?.(`dynalite on ${dynamo.endpoint}, Settings API stand-in on ${settings.api().endpoint}; ${present.length} skills`);
    options.log?.('counting DynamoDB calls per turn');
    for (const spec of options.countPasses > 0 ? present : []) {
      try {
        const counted = await countTurns(options, dynamo, settings, spec);
        const draft = results.get(spec.id) as Draft;
        draft.turns = counted.turns;
        draft.sessionReads = counted.sessionReads;
      } catch (e) {
        results.get(spec.id)?.problems.push(`turn counting: ${(e as Error).message}`);
      }
    }
    const cold = present.filter((s) => s.cold);
    options.log?.(`cold starts: ${options.coldRounds} rounds × ${cold.reduce((n, spec) => n + scenariosOf(options, spec).length, 0)} rows`);
    await measureCold(options, dynamo, settings, cold, results);
    const warm = present.filter((s) => s.warm);
    options.log?.(`warm turns: ${options.warmRequests} requests × ${warm.length} skills, blocks of ${options.warmBlock}`);
    await measureWarm(options, dynamo, settings, warm, results);
  } finally {
    await settings.stop();
    await dynamo.close();
  }
  return options.skills.map((s) => results.get(s.id) as SkillResult);
}
