// Messages between the harness and its child processes (bench/child.ts).

/** What a cold child prints: times in ms from its own process start, as performance.now() sees them. */
export interface ColdResult {
  /** Node's own start-up, before the runner's first line. */
  readonly bootMs: number;
  /** require() of the bundle: module init. */
  readonly initMs: number;
  /** The first request (the cold scenario's, e.g. a new user's LaunchRequest), from after init to the response. */
  readonly firstMs: number;
  /** Process start to the first response. */
  readonly sinceStartMs: number;
  /** CPU time (user + system, all threads) of init + first request: what a fraction of a vCPU stretches. */
  readonly cpuMs: number;
  /** CPU time from process start to the first response. */
  readonly cpuSinceStartMs: number;
  readonly rssBytes: number;
  readonly handlerLength: number;
  readonly returnsPromise: boolean;
  readonly ok: boolean;
  /** The files beside the bundle this cold start read (words.en.json, ask-sdk-model.js…), by name. */
  readonly loaded?: readonly string[];
  readonly error?: string;
}

export type ChildRequest = { readonly cmd: 'run'; readonly n: number } | { readonly cmd: 'step' } | { readonly cmd: 'exit' };

/** Sent once the serving child has loaded the bundle. */
export interface ReadyResult {
  readonly cmd: 'ready';
  readonly handlerLength: number;
}

/** One block of warm requests. */
export interface RunResult {
  readonly cmd: 'run';
  readonly latencies: number[];
  /** The turn label of each latency, for the per-turn breakdown. */
  readonly labels: string[];
  readonly cpuMicros: number;
  readonly rssBytes: number;
  readonly failures: number;
  readonly error?: string;
}

/** One turn played on request, so the harness can attribute the DynamoDB calls it saw to it. */
export interface StepResult {
  readonly cmd: 'step';
  readonly label: string;
  readonly question: boolean;
  /** The number of the session the turn belongs to, for reads per session. */
  readonly session: number;
  readonly ok: boolean;
  readonly error?: string;
}
