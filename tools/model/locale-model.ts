/**
 * Builds a non-English locale's interaction model from its generator (tools/model/de.ts, es.ts,
 * fr.ts): the intents, slots and slot types (with their value ids) are en-US's, read from its
 * JSON, so every locale's model asks the same questions of the same handlers; the words are the
 * language's own. A generator that misses an intent or a slot value, or names a slot the intent
 * lacks, fails here rather than on Alexa's model build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { InvocationGrammar } from '../nlu/languages';
import { withoutWrappedSamples } from './prune';

const MODELS = path.resolve(__dirname, '../../skill-package/interactionModels/custom');
export const localeModelPath = (locale: string): string => path.join(MODELS, `${locale}.json`);

export interface SlotValue {
  readonly id: string;
  readonly name: { readonly value: string; readonly synonyms: string[] };
}
export interface ModelIntent {
  name: string;
  slots?: Array<{ name: string; type: string }>;
  samples?: string[];
}
export interface InteractionModelJson {
  interactionModel: { languageModel: { invocationName: string; intents: ModelIntent[]; types?: Array<{ name: string; values: SlotValue[] }> } };
}

/** A language's words for the model: samples per intent, and for each slot type, each value id's words (first is the value). */
export interface LocaleWords {
  readonly invocationName: string;
  readonly samples: Readonly<Record<string, readonly string[]>>;
  readonly types: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /**
   * The resolver's grammar for the language, when its generator crosses fillers in freely: a sample
   * that is another of its intent's samples wrapped in those fillers is then left out (prune.ts),
   * since the resolver drops them itself. Without it every sample is kept.
   */
  readonly fillers?: InvocationGrammar;
}

const spaces = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every combination of the parts, joined by single spaces (an empty string drops out). */
export function cross(...parts: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const part of parts) out = out.flatMap((a) => part.map((b) => `${a} ${b}`));
  return out.map(spaces);
}

export function cat(...lists: readonly (readonly string[])[]): string[] {
  return lists.flat();
}

/** In this order a phrase belongs to the first intent that claims it: safety before navigation (as in author.ts). */
const PRIORITY = ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'PainIntent', 'WarningSignIntent', 'ConditionIntent',
  'AMAZON.PauseIntent', 'AMAZON.ResumeIntent', 'AMAZON.NextIntent', 'SkipIntent', 'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent', 'AMAZON.StartOverIntent', 'HoldDurationIntent', 'HowManyLeftIntent',
  'WhichSideIntent', 'WhatDoesThisStretchIntent', 'TellMeMoreIntent', 'EasierIntent', 'HarderIntent',
  'ProgressIntent', 'DeleteDataIntent', 'AMAZON.HelpIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent',
  'StartRoutineIntent', 'DescribeFeelingIntent'];

/** Intents Alexa fills itself: a model may leave them without samples. */
const NO_SAMPLES = new Set(['AMAZON.FallbackIntent', 'AMAZON.NavigateHomeIntent']);

/** Characters Alexa accepts in a sample: letters (any script), digits, spaces, apostrophes, periods, hyphens ("celui-ci"), slot braces. */
const SAMPLE_CHARS = /^[\p{L}\p{N} '.{}-]+$/u;

/** The locale's model text, from en-US's model (its structure) and the language's words. */
export function buildLocaleModel(enUsText: string, words: LocaleWords): string {
  const base = JSON.parse(enUsText) as InteractionModelJson;
  const lm = base.interactionModel.languageModel;
  const problems: string[] = [];
  const known = new Set(lm.intents.map((i) => i.name));
  for (const name of Object.keys(words.samples)) if (!known.has(name)) problems.push(`no intent ${name} in en-US`);
  const owner = new Set<string>();
  const byName = new Map(lm.intents.map((i) => [i.name, i]));
  const order = [...PRIORITY, ...lm.intents.map((i) => i.name).filter((n) => !PRIORITY.includes(n))];
  const samplesOf = new Map<string, string[]>();
  for (const name of order) {
    const intent = byName.get(name);
    if (!intent) continue;
    const slots = new Set((intent.slots ?? []).map((s) => s.name));
    const kept: string[] = [];
    for (const raw of words.samples[name] ?? []) {
      const sample = spaces(raw.replace(/[^{}]+(?=\{|$)/g, (t) => t.toLowerCase()));
      if (sample === '') continue;
      const refs = [...sample.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
      if (refs.some((r) => !slots.has(r))) problems.push(`${name}: "${sample}" names a slot ${name} lacks`);
      if (!SAMPLE_CHARS.test(sample)) problems.push(`${name}: "${sample}" has characters Alexa refuses`);
      if (owner.has(sample) || refs.length !== new Set(refs).size) continue;
      owner.add(sample);
      kept.push(sample);
    }
    if (kept.length === 0 && !NO_SAMPLES.has(name)) problems.push(`${name} has no samples`);
    samplesOf.set(name, kept);
  }
  let intents = lm.intents.map((i) => ({ ...i, samples: samplesOf.get(i.name) ?? [] }));
  const types = (lm.types ?? []).map((t) => {
    const own = words.types[t.name];
    if (!own) {
      problems.push(`no words for slot type ${t.name}`);
      return t;
    }
    const ids = t.values.map((v) => v.id);
    for (const id of Object.keys(own)) if (!ids.includes(id)) problems.push(`${t.name} has no value ${id} in en-US`);
    return {
      name: t.name,
      values: ids.map((id) => {
        const [value, ...synonyms] = [...new Set((own[id] ?? []).map((w) => spaces(w.toLowerCase())))];
        if (!value) problems.push(`${t.name}.${id} has no words`);
        return { id, name: { value: value ?? id, synonyms } };
      }),
    };
  });
  if (problems.length > 0) throw new Error(`the ${words.invocationName} model is not buildable:\n  ${problems.slice(0, 30).join('\n  ')}`);
  if (words.fillers) {
    const kept = withoutWrappedSamples(intents, types, { samples: [], synonyms: [] }, words.fillers);
    intents = intents.map((i) => ({ ...i, samples: kept.get(i.name) ?? i.samples }));
  }
  const model: InteractionModelJson = { interactionModel: { languageModel: { invocationName: words.invocationName, intents, types } } };
  return `${JSON.stringify(model, null, 2)}\n`;
}

export const enUsModelText = (): string => readFileSync(localeModelPath('en-US'), 'utf8');

/** Writes a locale's model and prints its sample counts. */
export function writeModel(locale: string, text: string): void {
  writeFileSync(localeModelPath(locale), text);
  const { intents } = (JSON.parse(text) as InteractionModelJson).interactionModel.languageModel;
  const samples = intents.reduce((n, i) => n + (i.samples?.length ?? 0), 0);
  process.stdout.write(`${locale.padEnd(6)} ${String(intents.length)} intents, ${String(samples)} samples\n`);
}
