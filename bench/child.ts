// Runs inside a fresh `node` process (bundled to bench/dist/child.cjs so no TypeScript loader skews the cold start).
//   node child.cjs cold <bundle>   require the bundle, answer the first request of the cold scenario BENCH_SCENARIO (in BENCH_LOCALE, if set)
//                                  for the user BENCH_USER_ID, print one BENCH_RESULT line
//   fork(child.cjs, ['serve', <bundle>])  stay up and answer the parent's `run`/`step` messages over IPC
// Times come from performance.now(), whose origin is the start of this process.
import fs from 'node:fs';
import path from 'node:path';
import { ConversationPlayer, lambdaContext, realDevice } from './envelopes';
import { scenarioById, scenarioEnvelope } from './scenarios';
import type { ChildRequest, ColdResult, ReadyResult, RunResult, StepResult } from './protocol';
import { useLambdaConsole } from './lambda-console';

const bootMs = performance.now();
// As on Lambda, console writes synchronously to a descriptor: no stdout stream is built for a log line.
useLambdaConsole();

type Handler = (event: unknown, context: unknown) => unknown;

function maxRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** A response counts as good when it is a response envelope; skills that fail usually throw or return nothing. */
function isResponse(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'response' in value;
}

/** Where the Alexa APIs answer for this child: the harness's Settings API stand-in. */
function apiEndpoint(): string {
  const endpoint = process.env.BENCH_SETTINGS_ENDPOINT;
  if (!endpoint) throw new Error('BENCH_SETTINGS_ENDPOINT is not set');
  return endpoint;
}

/**
 * Records the files beside `bundle` that this process reads (words.<language>.json, ask-sdk-model.js…), so the
 * bench can say what each cold start loads. Every skill's child does the same; the wrapper costs a string check.
 */
function watchFilesBeside(bundle: string): () => string[] {
  const dir = path.dirname(path.resolve(bundle));
  const read = new Set<string>();
  const original = fs.readFileSync;
  fs.readFileSync = function (this: unknown, file: unknown, ...rest: unknown[]) {
    if (typeof file === 'string' && path.dirname(path.resolve(file)) === dir) read.add(path.basename(file));
    return (original as (...a: unknown[]) => unknown).call(this, file, ...rest);
  } as typeof fs.readFileSync;
  return () => {
    for (const file of Object.keys(require.cache)) if (path.dirname(file) === dir) read.add(path.basename(file));
    read.delete(path.basename(bundle));
    return [...read].sort();
  };
}

async function cold(bundle: string): Promise<void> {
  const loadedBeside = watchFilesBeside(bundle);
  const row = scenarioById(process.env.BENCH_SCENARIO ?? 'new');
  // BENCH_LOCALE plays the row in another locale (launch-compare's `new@es-ES`).
  const scenario = process.env.BENCH_LOCALE ? { ...row, locale: process.env.BENCH_LOCALE } : row;
  const event = scenarioEnvelope(scenario, process.env.BENCH_USER_ID ?? `amzn1.ask.account.cold-${process.pid}-${Date.now()}`, apiEndpoint(), Date.now());
  const context = lambdaContext(0);
  const cpuBefore = process.cpuUsage();
  const beforeRequire = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle path is only known at run time and its require() is the init being timed
  const handler = (require(bundle) as { handler: Handler }).handler;
  const afterRequire = performance.now();
  let error: string | undefined;
  let ok = false;
  let returnsPromise = false;
  try {
    const pending = handler(event, context);
    returnsPromise = pending instanceof Promise;
    ok = isResponse(await pending);
  } catch (e) {
    error = describe(e);
  }
  const afterFirst = performance.now();
  const cpu = process.cpuUsage();
  const result: ColdResult = {
    bootMs,
    initMs: afterRequire - beforeRequire,
    firstMs: afterFirst - afterRequire,
    sinceStartMs: afterFirst,
    cpuMs: (cpu.user + cpu.system - cpuBefore.user - cpuBefore.system) / 1000,
    cpuSinceStartMs: (cpu.user + cpu.system) / 1000,
    rssBytes: maxRssBytes(),
    handlerLength: handler.length,
    returnsPromise,
    ok,
    loaded: loadedBeside(),
    ...(error ? { error } : {}),
  };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

function serve(bundle: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle path is only known at run time
  const handler = (require(bundle) as { handler: Handler }).handler;
  const player = new ConversationPlayer(`${process.env.BENCH_SKILL ?? 'skill'}-${process.pid}`, realDevice(apiEndpoint()));
  let seq = 0;
  const send = (message: ReadyResult | RunResult | StepResult) => process.send?.(message);

  const onMessage = async (message: ChildRequest): Promise<void> => {
    if (message.cmd === 'exit') {
      process.disconnect();
      return;
    }
    if (message.cmd === 'step') {
      const { turn, event, session } = player.next();
      let ok = false;
      let error: string | undefined;
      try {
        const response = await handler(event, lambdaContext(++seq));
        ok = isResponse(response);
        player.answer(response);
      } catch (e) {
        error = describe(e);
      }
      send({ cmd: 'step', label: turn.label, question: turn.question, session, ok, ...(error ? { error } : {}) });
      return;
    }
    const latencies = new Float64Array(message.n);
    const labels: string[] = [];
    let failures = 0;
    let firstError: string | undefined;
    const cpuBefore = process.cpuUsage();
    for (let i = 0; i < message.n; i++) {
      const { turn, event } = player.next();
      labels.push(turn.label);
      const context = lambdaContext(++seq);
      const start = performance.now();
      try {
        const response = await handler(event, context);
        latencies[i] = performance.now() - start;
        if (!isResponse(response)) failures += 1;
        player.answer(response);
      } catch (e) {
        latencies[i] = performance.now() - start;
        failures += 1;
        firstError ??= describe(e);
      }
    }
    const cpu = process.cpuUsage(cpuBefore);
    send({ cmd: 'run', latencies: Array.from(latencies), labels, cpuMicros: cpu.user + cpu.system, rssBytes: maxRssBytes(), failures, ...(firstError ? { error: firstError } : {}) });
  };
  process.on('message', (message: ChildRequest) => {
    void onMessage(message);
  });
  send({ cmd: 'ready', handlerLength: handler.length });
}

const [mode, bundle] = process.argv.slice(2);
if (!bundle) throw new Error('usage: child.cjs cold|serve <bundle>');
if (mode === 'cold') {
  cold(bundle).catch((e: unknown) => {
    process.stderr.write(`${describe(e)}\n`);
    process.exitCode = 1;
  });
} else {
  serve(bundle);
}
