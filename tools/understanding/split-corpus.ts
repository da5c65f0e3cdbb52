/**
 * Deals a corpus directory's phrasings between its tuning and held-out halves by the rule the
 * English corpus documents, so a split is reproducible rather than hand-picked:
 * per category (categoryOf), phrasings ordered by context then by the FNV-1a hash of the text
 * (32-bit, over UTF-8 bytes), dealt alternately, tuning first; a text already dealt (the same words
 * in another category or context) goes to the half it went to before and does not move the deal on.
 *
 *   npx tsx tools/understanding/split-corpus.ts lambda/test/understanding/corpus/de          # re-deal and rewrite
 *   npx tsx tools/understanding/split-corpus.ts lambda/test/understanding/corpus/de --check  # exit 1 if not dealt so
 *
 * It reads both halves and rewrites only the array bodies (each file keeps its own header).
 * --check prints counts only, never a held-out text, so it can be run on any corpus.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { categoryOf, type Phrasing } from '../../lambda/test/understanding/corpus/phrasing';

export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export interface Halves {
  readonly tuning: readonly Phrasing[];
  readonly heldOut: readonly Phrasing[];
}

export function splitCorpus(phrasings: readonly Phrasing[]): Halves {
  const byCategory = new Map<string, Phrasing[]>();
  for (const p of phrasings) {
    const category = categoryOf(p.expect);
    byCategory.set(category, [...(byCategory.get(category) ?? []), p]);
  }
  const halfOfText = new Map<string, 'tuning' | 'heldOut'>();
  const tuning: Phrasing[] = [];
  const heldOut: Phrasing[] = [];
  for (const group of byCategory.values()) {
    const ordered = [...group].sort((a, b) => (a.context === b.context ? fnv1a(a.text) - fnv1a(b.text) : a.context < b.context ? -1 : 1));
    let dealt = 0;
    for (const p of ordered) {
      let half = halfOfText.get(p.text);
      if (half === undefined) {
        half = dealt % 2 === 0 ? 'tuning' : 'heldOut';
        dealt += 1;
        halfOfText.set(p.text, half);
      }
      (half === 'tuning' ? tuning : heldOut).push(p);
    }
  }
  return { tuning, heldOut };
}

const quote = (text: string): string => (text.includes("'") ? JSON.stringify(text) : `'${text}'`);

function expectationSource(p: Phrasing): string {
  const e = p.expect;
  if ('intent' in e) return e.routine === undefined ? `{ intent: '${e.intent}' }` : `{ intent: '${e.intent}', routine: '${e.routine}' }`;
  if ('sign' in e) return `{ sign: '${e.sign}', urgency: '${e.urgency}' }`;
  return `{ feeling: '${e.feeling}' }`;
}

const line = (p: Phrasing): string => `  { text: ${quote(p.text)}, expect: ${expectationSource(p)}, context: '${p.context}' },`;

/** The file with its array body replaced; everything up to the `= [` line is kept as written. */
function withBody(source: string, phrasings: readonly Phrasing[]): string {
  const open = source.indexOf('= [\n');
  if (open < 0) throw new Error('no "= [" line to replace after');
  return `${source.slice(0, open + 4)}${phrasings.map(line).join('\n')}\n];\n`;
}

function sameTexts(a: readonly Phrasing[], b: readonly Phrasing[]): boolean {
  const key = (p: Phrasing): string => `${p.text}\u0000${categoryOf(p.expect)}\u0000${p.context}`;
  const sorted = (list: readonly Phrasing[]): string => list.map(key).sort().join('\n');
  return sorted(a) === sorted(b);
}

async function main(): Promise<void> {
  const [dirArg, flag] = process.argv.slice(2);
  if (dirArg === undefined) throw new Error('usage: split-corpus.ts <corpus-dir> [--check]');
  const dir = resolve(dirArg);
  const tuningFile = join(dir, 'tuning.ts');
  const heldOutFile = join(dir, 'held-out.ts');
  const { tuningPhrasings } = (await import(tuningFile)) as { tuningPhrasings: readonly Phrasing[] };
  const { heldOutPhrasings } = (await import(heldOutFile)) as { heldOutPhrasings: readonly Phrasing[] };
  const dealt = splitCorpus([...tuningPhrasings, ...heldOutPhrasings]);
  if (flag === '--check') {
    const ok = sameTexts(dealt.tuning, tuningPhrasings) && sameTexts(dealt.heldOut, heldOutPhrasings);
    console.log(`${dirArg}: ${String(tuningPhrasings.length)} tuning, ${String(heldOutPhrasings.length)} held-out; rule gives ${String(dealt.tuning.length)}/${String(dealt.heldOut.length)}: ${ok ? 'dealt by the rule' : 'NOT dealt by the rule'}`);
    if (!ok) process.exitCode = 1;
    return;
  }
  writeFileSync(tuningFile, withBody(readFileSync(tuningFile, 'utf8'), dealt.tuning));
  writeFileSync(heldOutFile, withBody(readFileSync(heldOutFile, 'utf8'), dealt.heldOut));
  console.log(`${dirArg}: ${String(dealt.tuning.length)} tuning, ${String(dealt.heldOut.length)} held-out`);
}

if (require.main === module) void main();
