// Turns measured results into the printed table, the ratios to the minimal skill and the goal verdicts.
import type { ColdStats, SkillResult } from './harness';
import type { ColdScenario } from './scenarios';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (v: number) => (v < 1 ? `${(v * 1000).toFixed(0)} µs` : `${v.toFixed(v < 10 ? 2 : 1)} ms`);
const us = (v: number) => `${v.toFixed(0)} µs`;
const x = (v: number) => `${v.toFixed(2)}×`;
const dash = '—';

export interface SkillSizes {
  readonly raw: number;
  readonly gzip: number;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The side-by-side table (markdown, so a run can be pasted into docs as is). */
export function formatTable(results: readonly SkillResult[], sizes: ReadonlyMap<string, SkillSizes>): string {
  const head = ['skill', 'bundle raw / gzip', 'init p50 (p90)', 'first request p50 (p90)', 'init + first p50 (p90)', 'process start → 1st response p50', 'CPU init + first p50', 'RSS after 1st', 'warm p50', 'warm p99', 'CPU / request', 'peak RSS (warm)', 'DB calls / request (warm)'];
  const lines = [row(head), row(head.map(() => '---'))];
  for (const r of results) {
    const size = sizes.get(r.spec.id);
    const c = r.cold;
    const w = r.warm;
    if (r.spec.absent) {
      lines.push(row([r.spec.label, ...head.slice(1).map(() => dash)]));
      continue;
    }
    lines.push(
      row([
        r.spec.label,
        size ? `${kb(size.raw)} / ${kb(size.gzip)}` : dash,
        c ? `${ms(c.initMs.p50)} (${ms(c.initMs.p90)})` : dash,
        c ? `${ms(c.firstMs.p50)} (${ms(c.firstMs.p90)})` : dash,
        c ? `${ms(c.initFirstMs.p50)} (${ms(c.initFirstMs.p90)})` : dash,
        c ? ms(c.sinceStartMs.p50) : dash,
        c ? ms(c.cpuMs.p50) : dash,
        c ? mb(c.rssBytes.p50) : dash,
        w ? ms(w.latencyMs.p50) : dash,
        w ? ms(w.latencyMs.p99) : dash,
        w ? us(w.cpuMicrosPerRequest) : dash,
        w ? mb(w.peakRssBytes) : dash,
        w ? `${w.callsPerRequest.reads.toFixed(2)} R + ${w.callsPerRequest.writes.toFixed(2)} W${w.callsPerRequest.other ? ` + ${w.callsPerRequest.other.toFixed(2)} other` : ''}` : dash,
      ]),
    );
  }
  return lines.join('\n');
}

/**
 * What a cold start of Hip Coach loads: lambda/dist/index.js (the bundle goal is judged on it alone), and
 * index.js plus the words file of the request's language (words.<language>.json, read on first use).
 * Gzip is each file's own gzip -9, added.
 */
export function formatLoads(bundle: SkillSizes, beside: ReadonlyMap<string, SkillSizes>, minimal: SkillSizes | undefined, subject?: SkillResult, scenarios: readonly ColdScenario[] = []): string {
  const head = ['what a cold start loads', 'raw', 'gzip', 'vs the minimal skill\'s bundle (raw / gzip)'];
  const lines = [row(head), row(head.map(() => '---'))];
  const versus = (raw: number, gzip: number) => (minimal ? `${x(raw / minimal.raw)} / ${x(gzip / minimal.gzip)}` : dash);
  lines.push(row(['index.js alone (the bundle goal)', kb(bundle.raw), kb(bundle.gzip), versus(bundle.raw, bundle.gzip)]));
  const sizeOf = (files: readonly string[]) => files.reduce((sum, name) => ({ raw: sum.raw + (beside.get(name)?.raw ?? 0), gzip: sum.gzip + (beside.get(name)?.gzip ?? 0) }), { raw: bundle.raw, gzip: bundle.gzip });
  const named = (files: readonly string[]) => ['index.js', ...files.map((name) => `${name} (${kb(beside.get(name)?.raw ?? 0)} / ${kb(beside.get(name)?.gzip ?? 0)})`)].join(' + ');
  // What each cold row read, as its child saw it (bench/child.ts); then every language's words, for the other locales.
  for (const sc of scenarios) {
    const loaded = subject?.coldBy?.[sc.id]?.loaded;
    if (!loaded) continue;
    const { raw, gzip } = sizeOf(loaded);
    lines.push(row([`${sc.label}: ${named(loaded)}`, kb(raw), kb(gzip), versus(raw, gzip)]));
  }
  for (const name of [...beside.keys()].filter((n) => /^words\.[a-z]+\.json$/.test(n))) {
    const { raw, gzip } = sizeOf([name]);
    const language = name.split('.')[1] ?? name;
    lines.push(row([`a request in ${language}: ${named([name])}`, kb(raw), kb(gzip), versus(raw, gzip)]));
    // A turn that describes a feeling in that language also reads its safety words (feeling.<language>.json).
    const feeling = `feeling.${language}.json`;
    if (beside.has(feeling)) {
      const withFeeling = sizeOf([name, feeling]);
      lines.push(row([`a feeling described in ${language}: ${named([name, feeling])}`, kb(withFeeling.raw), kb(withFeeling.gzip), versus(withFeeling.raw, withFeeling.gzip)]));
    }
  }
  return lines.join('\n');
}

/** Each skill's cost against the minimal skill (cold, size, memory) and the DB floor (warm). */
export function formatRatios(results: readonly SkillResult[], sizes: ReadonlyMap<string, SkillSizes>, minimalId: string, floorId: string): string {
  const minimal = results.find((r) => r.spec.id === minimalId);
  const floor = results.find((r) => r.spec.id === floorId);
  const ms0 = sizes.get(minimalId);
  const head = ['skill', 'bundle raw', 'gzip', 'init', 'first request', 'init + first', 'peak RSS', 'warm p50 − floor', 'warm p99 − floor', 'CPU − floor'];
  const lines = [row(head), row(head.map(() => '---'))];
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? x(a / b) : dash);
  const delta = (a: number | undefined, b: number | undefined, f: (v: number) => string) => (a !== undefined && b !== undefined ? `${a - b >= 0 ? '+' : '−'}${f(Math.abs(a - b))}` : dash);
  for (const r of results) {
    if (r.spec.id === minimalId || r.spec.absent) continue;
    const s = sizes.get(r.spec.id);
    lines.push(
      row([
        r.spec.label,
        ratio(s?.raw, ms0?.raw),
        ratio(s?.gzip, ms0?.gzip),
        ratio(r.cold?.initMs.p50, minimal?.cold?.initMs.p50),
        ratio(r.cold?.firstMs.p50, minimal?.cold?.firstMs.p50),
        ratio(r.cold?.initFirstMs.p50, minimal?.cold?.initFirstMs.p50),
        ratio(r.warm?.peakRssBytes, minimal?.warm?.peakRssBytes),
        r.spec.id === floorId ? dash : delta(r.warm?.latencyMs.p50, floor?.warm?.latencyMs.p50, ms),
        r.spec.id === floorId ? dash : delta(r.warm?.latencyMs.p99, floor?.warm?.latencyMs.p99, ms),
        r.spec.id === floorId ? dash : delta(r.warm?.cpuMicrosPerRequest, floor?.warm?.cpuMicrosPerRequest, us),
      ]),
    );
  }
  return lines.join('\n');
}

/**
 * The cold rows with real-shaped envelopes (API token and endpoint; the Settings API stand-in), Hip Coach
 * and the minimal skill side by side, each Hip Coach row as a ratio to the minimal skill's `versus` row.
 */
export function formatScenarios(results: readonly SkillResult[], scenarios: readonly ColdScenario[], subjectId: string, minimalId: string): string {
  const head = ['cold start', 'init p50', 'first request p50 (p90)', 'init + first p50 (p90)', 'CPU init + first p50', 'Settings lookups / start (answer p50)', 'DB calls / start', 'init + first vs minimal'];
  const lines = [row(head), row(head.map(() => '---'))];
  const subject = results.find((r) => r.spec.id === subjectId);
  const minimal = results.find((r) => r.spec.id === minimalId);
  for (const sc of scenarios) {
    for (const r of [subject, minimal]) {
      const c = r?.coldBy?.[sc.id];
      if (!r || !c) continue;
      const versus = r === subject ? minimal?.coldBy?.[sc.versus] : undefined;
      lines.push(
        row([
          `${r.spec.label}: ${sc.label}`,
          ms(c.initMs.p50),
          `${ms(c.firstMs.p50)} (${ms(c.firstMs.p90)})`,
          `${ms(c.initFirstMs.p50)} (${ms(c.initFirstMs.p90)})`,
          ms(c.cpuMs.p50),
          `${c.lookupsPerStart.toFixed(2)}${c.settingsAnswerMs ? ` (${ms(c.settingsAnswerMs.p50)})` : ''}${c.remindersSetPerStart ? `; reminders set ${c.remindersSetPerStart.toFixed(2)}` : ''}`,
          `${c.callsPerStart.reads.toFixed(2)} R + ${c.callsPerStart.writes.toFixed(2)} W`,
          versus ? x(c.initFirstMs.p50 / versus.initFirstMs.p50) : dash,
        ]),
      );
    }
  }
  return lines.join('\n');
}

/** Per kind of turn: DynamoDB calls (the worst seen, counted at the server) and warm latency. */
export function formatTurns(result: SkillResult): string {
  const head = ['turn', 'reads (max)', 'writes (max)', 'other (max)', 'Settings lookups (max)', 'failed', 'warm p50', 'warm p99', 'share of warm requests'];
  const lines = [row(head), row(head.map(() => '---'))];
  const total = result.warm?.requests ?? 0;
  for (const t of result.turns ?? []) {
    const w = result.warm?.byTurn.find((b) => b.label === t.label)?.latencyMs;
    lines.push(
      row([
        `${t.label}${t.question ? ' (question)' : ''}`,
        String(t.maxReads),
        String(t.maxWrites),
        String(t.maxOther),
        String(t.maxLookups),
        String(t.failures),
        w ? ms(w.p50) : dash,
        w ? ms(w.p99) : dash,
        w && total ? `${((w.n / total) * 100).toFixed(0)} %` : dash,
      ]),
    );
  }
  return lines.join('\n');
}

export interface Verdict {
  readonly goal: string;
  readonly actual: string;
  readonly pass: boolean;
}

/**
 * The goals for `subject` against the minimal skill and the DB floor measured in the same run: issue 18
 * (size, cold start, memory, warm CPU, DynamoDB calls), issue 20 (the Settings API lookup, per cold
 * scenario) and what is left of issue 7 (warm latency over the floor, a well-formed handler).
 */
export function evaluateGoals(
  results: readonly SkillResult[],
  sizes: ReadonlyMap<string, SkillSizes>,
  scenarios: readonly ColdScenario[],
  ids: { readonly subject: string; readonly minimal: string; readonly floor: string },
): Verdict[] {
  const subject = results.find((r) => r.spec.id === ids.subject);
  const minimal = results.find((r) => r.spec.id === ids.minimal);
  const floor = results.find((r) => r.spec.id === ids.floor);
  const verdicts: Verdict[] = [];
  const ratioGoal = (goal: string, a: number | undefined, b: number | undefined, limit: number) => {
    const ok = a !== undefined && b !== undefined && b > 0;
    // Three decimals: a ratio printed as 1.00× may be just under or just over its limit.
    verdicts.push({ goal: `${goal} ≤ ${limit.toFixed(2)}×`, actual: ok ? `${(a / b).toFixed(3)}×` : 'not measured', pass: ok && a / b <= limit });
  };
  const floorGoal = (goal: string, a: number | undefined, b: number | undefined, slack: number, f: (v: number) => string) => {
    const ok = a !== undefined && b !== undefined;
    verdicts.push({ goal: `${goal} ≤ floor${slack ? ` + ${f(slack)}` : ''}`, actual: ok ? `floor ${a - b >= 0 ? '+' : '−'} ${f(Math.abs(a - b))}` : 'not measured', pass: ok && a - b <= slack });
  };
  const s = sizes.get(ids.subject);
  const m = sizes.get(ids.minimal);
  ratioGoal('#18 bundle raw', s?.raw, m?.raw, 1.0);
  ratioGoal('#18 bundle gzip', s?.gzip, m?.gzip, 1.0);
  const coldOf = (r: SkillResult | undefined, id: string): ColdStats | undefined => r?.coldBy?.[id];
  for (const sc of scenarios) {
    for (const g of sc.goals) {
      ratioGoal(`${g.issue} cold init + first (p50), ${sc.label}`, coldOf(subject, sc.id)?.initFirstMs.p50, coldOf(minimal, sc.versus)?.initFirstMs.p50, g.limit);
    }
    if (sc.api === 'reminders') {
      // The row measures a reminder being set only if each start created one at the Reminders API fake.
      const set = coldOf(subject, sc.id)?.remindersSetPerStart;
      verdicts.push({ goal: `${sc.label}: 1 reminder set per start`, actual: set === undefined ? 'not measured' : set.toFixed(2), pass: set === 1 });
    }
    if (sc.extraOver) {
      // The first request alone: module init is the same code in both rows, and only adds noise to a difference.
      const a = coldOf(subject, sc.id)?.firstMs.p50;
      const b = coldOf(subject, sc.extraOver.scenario)?.firstMs.p50;
      // On a loaded machine the stand-in itself answers late: the limit is its delay or, if longer, the time it really took.
      const held = coldOf(subject, sc.id)?.settingsAnswerMs?.p50;
      const limit = Math.max(sc.extraOver.maxMs, held ?? 0);
      const ok = a !== undefined && b !== undefined;
      verdicts.push({
        goal: `${sc.extraOver.issue} ${sc.label}: first request (p50) over the ${sc.extraOver.scenario} row ≤ ${ms(sc.extraOver.maxMs)} (or the stand-in's measured answer time, if longer)`,
        actual: ok ? `${a - b >= 0 ? '+' : '−'}${ms(Math.abs(a - b))} (stand-in answered in ${held === undefined ? '—' : ms(held)} p50)` : 'not measured',
        pass: ok && a - b <= limit,
      });
    }
  }
  ratioGoal('#18 peak RSS (warm)', subject?.warm?.peakRssBytes, minimal?.warm?.peakRssBytes, 1.0);
  floorGoal('#18 warm CPU per request', subject?.warm?.cpuMicrosPerRequest, floor?.warm?.cpuMicrosPerRequest, 0, us);
  floorGoal('#7 warm p50', subject?.warm?.latencyMs.p50, floor?.warm?.latencyMs.p50, 0.3, ms);
  floorGoal('#7 warm p99', subject?.warm?.latencyMs.p99, floor?.warm?.latencyMs.p99, 1.5, ms);
  const turns = subject?.turns ?? [];
  const counted = turns.length > 0;
  const maxOf = (list: typeof turns, f: (t: (typeof turns)[number]) => number) => (list.length ? Math.max(...list.map(f)) : Number.NaN);
  // Each kind of turn's worst play: a session's turns together stay within one lookup only if they sum to at most 1.
  const lookups = turns.reduce((n, t) => n + t.maxLookups, 0);
  const returningLookups = coldOf(subject, 'returning')?.lookupsPerStart;
  verdicts.push({
    goal: "#20 the zone is looked up once: ≤ 1 lookup per conversation, 0 on a returning user's launch",
    actual: counted && returningLookups !== undefined ? `${lookups} per conversation, ${returningLookups.toFixed(2)} per returning cold start` : 'not measured',
    pass: counted && lookups <= 1 && returningLookups === 0,
  });
  const reads = subject?.sessionReads;
  verdicts.push({ goal: '#18 ≤ 1 read per session', actual: reads ? `max ${reads.maxReads} over ${reads.sessions} sessions` : 'not measured', pass: !!reads && reads.sessions > 0 && reads.maxReads <= 1 });
  verdicts.push({ goal: '#18 ≤ 1 write per turn', actual: counted ? `max ${maxOf(turns, (t) => t.maxWrites)}` : 'not measured', pass: counted && maxOf(turns, (t) => t.maxWrites) <= 1 });
  const questions = turns.filter((t) => t.question);
  const questionCalls = maxOf(questions, (t) => t.maxReads + t.maxWrites + t.maxOther);
  verdicts.push({ goal: '#18 0 DynamoDB calls on questions', actual: questions.length ? `max ${questionCalls}` : 'not measured', pass: questions.length > 0 && questionCalls === 0 });
  const c = subject?.cold;
  verdicts.push({
    goal: 'handler is async (event, context)',
    actual: c ? `length ${c.handlerLength}, ${c.returnsPromise ? 'returns a Promise' : 'returns no Promise'}` : 'not measured',
    pass: !!c && c.handlerLength === 2 && c.returnsPromise,
  });
  const coldFailures = Object.values(subject?.coldBy ?? {}).reduce((n, stats) => n + stats.failures, 0);
  const failed = coldFailures + (subject?.warm?.failures ?? 0) + turns.reduce((n, t) => n + t.failures, 0);
  const measured = !!c && !!subject.warm && counted;
  verdicts.push({ goal: 'every request answered with a response', actual: measured ? `${failed} failed` : 'not measured', pass: measured && failed === 0 });
  return verdicts;
}

export function formatVerdicts(verdicts: readonly Verdict[]): string {
  const lines = [row(['goal', 'measured', 'result']), row(['---', '---', '---'])];
  for (const v of verdicts) lines.push(row([v.goal, v.actual, v.pass ? 'PASS' : 'FAIL']));
  return lines.join('\n');
}
