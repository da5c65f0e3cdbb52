/**
 * `npm run understanding` (after `npm run build`): how well Hip Coach understands everyday
 * phrasings nobody wrote into the model on purpose, per half of the corpus, through the exact
 * resolver and a statistical stand-in for Alexa's NLU, each answer judged by ear.
 * Options: --locale L (default en-US; its model, its corpus, judged in its words),
 * --half tuning|dev|held-out, --resolver exact|statistical, --no-failures, --held-out-failures,
 * --set <corpus file> (a new blind set measured alone, as the dev half, before it is tuned for).
 * Failures are printed for the tuning and dev halves only: the held-out half reports figures, and
 * its failing texts only when asked for by name, so nobody tunes against it by accident.
 */
import path from 'node:path';
import { categoryOf } from '../lambda/test/understanding/corpus/phrasing';
import type { Phrasing } from '../lambda/test/understanding/corpus/phrasing';
import { corpusFor, statisticalSpeaks } from './understanding/corpora';
import { measureUnderstanding, type Figures, type Group, type Half, type Outcome, type ResolverName, type Tally } from './understanding/measure';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const onlyHalf = option('half') as Half | undefined;
const onlyResolver = option('resolver') as ResolverName | undefined;
const locale = option('locale') ?? 'en-US';
let corpus: Readonly<Record<Half, readonly Phrasing[]>>;
try {
  corpus = corpusFor(locale);
  const set = option('set');
  if (set) corpus = { tuning: [], 'held-out': [], dev: blindSet(set) };
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
/** The one array of phrasings a corpus file exports (a blind set not yet in the dev half). */
function blindSet(file: string): readonly Phrasing[] {
  if (/held-out/.test(file)) throw new Error('a held-out half is only ever run whole, with --half held-out');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a corpus file chosen at run time
  const exported = Object.values(require(path.resolve(file)) as Record<string, unknown>).filter(Array.isArray);
  if (exported.length !== 1) throw new Error(`${file} should export one array of phrasings, not ${String(exported.length)}`);
  return exported[0] as readonly Phrasing[];
}
const resolverNames: ResolverName[] = onlyResolver ? [onlyResolver] : statisticalSpeaks(locale) ? ['exact', 'statistical'] : ['exact'];
const halfNames: Half[] = onlyHalf ? [onlyHalf] : (['tuning', 'dev', 'held-out'] as const).filter((half) => corpus[half].length > 0);

const pct = (part: number, n: number): string => (n === 0 ? '   -' : `${String(Math.round((100 * part) / n)).padStart(3)}%`);
const cells = (t: Tally): string => `${pct(t.intentHits, t.n)} ${pct(t.byEar, t.n)}`;

function printHalf(figures: Figures, half: Half): void {
  const categories = [...new Set(corpus[half].map((p) => categoryOf(p.expect)))];
  const head = resolverNames.map((r) => r.padEnd(11)).join('  ');
  console.log(`\n=== ${locale} ${half} half (${String(corpus[half].length)} phrasings) ===`);
  console.log(`${'category'.padEnd(32)}   n   ${head}`);
  console.log(`${''.padEnd(38)}${resolverNames.map(() => 'intent  ear  ').join('')}`);
  for (const category of categories) {
    const row = resolverNames.map((resolver) => cells(figures.tally({ half, resolver, category })));
    console.log(`${category.padEnd(32)} ${String(figures.tally({ half, category, resolver: resolverNames[0] }).n).padStart(3)}   ${row.join('  ')}`);
  }
  console.log('-'.repeat(38 + 13 * resolverNames.length));
  const groups: Group[] = ['everyday', 'warning', 'pain', 'cramp'];
  for (const group of groups) {
    const row = resolverNames.map((resolver) => cells(figures.tally({ half, resolver, group })));
    console.log(`${group.toUpperCase().padEnd(32)} ${String(figures.tally({ half, group, resolver: resolverNames[0] }).n).padStart(3)}   ${row.join('  ')}`);
  }
  for (const resolver of resolverNames) {
    const all = figures.tally({ half, resolver });
    console.log(`${resolver}: safety phrasings told to go on: ${String(all.toldToGoOn)}; referral-level signs given emergency advice: ${String(all.overTriaged)}`);
  }
}

function printFailures(figures: Figures, half: Half): void {
  // A referral-level sign given emergency advice passes (it is safe) but is listed too, marked OVER.
  const failed = figures.outcomes.filter((o: Outcome) => o.half === half && (!o.intentHit || !o.verdict.pass || (o.group === 'warning' && o.verdict.overTriaged)));
  console.log(`\n--- ${half} failures (${String(failed.length)}) ---`);
  if (half === 'held-out') console.log('(held-out: for engineers to see; never copy these phrasings, or near-copies, into the model)');
  for (const o of failed) {
    const ear = !o.verdict.pass ? 'EAR' : o.verdict.overTriaged ? 'OVER' : '   ';
    const marks = `${o.intentHit ? '     ' : 'INTENT'} ${ear}`;
    console.log(`${o.resolver.padEnd(11)} ${marks} [${o.category} @${o.phrasing.context}] "${o.phrasing.text}" -> ${o.heardAs}${o.verdict.pass && !o.verdict.overTriaged ? '' : ` | heard: ${o.verdict.heard}`}`);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const figures = await measureUnderstanding({ halves: halfNames, resolvers: resolverNames, locale, corpus });
  if (!statisticalSpeaks(locale)) console.log('(the statistical stand-in is trained for English only: this language is measured with the exact resolver)');
  console.log('Understanding: intent = the resolver read the right intent; ear = the built skill answered right, judged by what is heard.');
  for (const half of halfNames) printHalf(figures, half);
  if (!args.includes('--no-failures')) {
    for (const half of halfNames) if (half !== 'held-out' || args.includes('--held-out-failures')) printFailures(figures, half);
  }
  console.log(`\n(${String(figures.outcomes.length)} outcomes in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
