import type { LanguageModel, SlotType } from './model';
import { BUILT_IN_PHRASINGS } from './builtins';
import { phraseKeys, spokenWords, wordKey } from './normalize';

/** One word of a compiled sample, or a slot that takes one or more words. */
type Part = { word: string } | { slot: string };

interface CompiledSample {
  intent: string;
  text: string;
  parts: Part[];
  /** Model samples outrank the built-in phrasings of this module. */
  fromModel: boolean;
  order: number;
}

interface TypeIndex {
  /** Normalised value or synonym → the values it names (a synonym may be shared). */
  byKey: Map<string, { name: string; id: string }[]>;
}

/** A model compiled once for matching. */
export interface CompiledModel {
  invocationKeys: string[];
  samples: CompiledSample[];
  intentSlots: Map<string, { name: string; type: string }[]>;
  types: Map<string, TypeIndex>;
  intentNames: Set<string>;
  /** How a word's key is compared, when the language folds it further (Spanish: accents dropped). */
  fold?: (key: string) => string;
}

/** A slot filled by a match. `words` are as said (apostrophes kept); `values` is empty when nothing resolved. */
export interface SlotFill {
  name: string;
  type: string;
  words: string[];
  values: { name: string; id: string }[];
  /** False for a custom type whose values do not include what was said (ER_SUCCESS_NO_MATCH). */
  resolved: boolean;
  /** True for AMAZON.* slot types, whose values the console cannot know. */
  builtInType: boolean;
}

export interface Match {
  intent: string;
  sample: string;
  slots: SlotFill[];
  fromModel: boolean;
  literalWords: number;
  order: number;
}

const same = (key: string): string => key;

function compileSample(intent: string, text: string, fromModel: boolean, order: number, fold: (key: string) => string = same): CompiledSample {
  const parts: Part[] = [];
  for (const piece of text.split(/(\{[^}]+\})/)) {
    const slot = /^\{([^}]+)\}$/.exec(piece);
    if (slot?.[1]) parts.push({ slot: slot[1].trim() });
    else for (const word of phraseKeys(piece)) parts.push({ word: fold(word) });
  }
  return { intent, text, parts, fromModel, order };
}

function indexType(type: SlotType, fold: (key: string) => string = same): TypeIndex {
  const byKey = new Map<string, { name: string; id: string }[]>();
  for (const value of type.values) {
    const entry = { name: value.name.value, id: value.id ?? value.name.value };
    for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
      const key = phraseKeys(phrase).map(fold).join(' ');
      const list = byKey.get(key) ?? [];
      if (!list.some((v) => v.id === entry.id)) list.push(entry);
      byKey.set(key, list);
    }
  }
  return { byKey };
}

/** Compiles the samples, built-in phrasings and slot types of a language model for {@link matchAll}. */
export function compileModel(model: LanguageModel, builtInPhrasings: Readonly<Record<string, readonly string[]>> = BUILT_IN_PHRASINGS, fold?: (key: string) => string): CompiledModel {
  const samples: CompiledSample[] = [];
  const intentSlots = new Map<string, { name: string; type: string }[]>();
  const intentNames = new Set<string>();
  let order = 0;
  for (const intent of model.intents) {
    intentNames.add(intent.name);
    intentSlots.set(intent.name, intent.slots ?? []);
    for (const sample of intent.samples ?? []) samples.push(compileSample(intent.name, sample, true, order++, fold));
  }
  for (const intent of model.intents) {
    for (const phrase of builtInPhrasings[intent.name] ?? []) samples.push(compileSample(intent.name, phrase, false, order++, fold));
  }
  const types = new Map<string, TypeIndex>();
  for (const type of model.types ?? []) types.set(type.name, indexType(type, fold));
  return { invocationKeys: phraseKeys(model.invocationName), samples, intentSlots, types, intentNames, ...(fold ? { fold } : {}) };
}

/** Every way the parts can cover the words exactly; slots take one word or more. */
function* assignments(parts: Part[], keys: string[], p = 0, w = 0, spans: [string, number, number][] = []): Generator<[string, number, number][]> {
  if (p === parts.length) {
    if (w === keys.length) yield spans;
    return;
  }
  const part = parts[p];
  if (part === undefined) return;
  if ('word' in part) {
    if (keys[w] === part.word) yield* assignments(parts, keys, p + 1, w + 1, spans);
    return;
  }
  // A slot needs at least one word and leaves one word for each later literal or slot part.
  const minRest = parts.length - p - 1;
  for (let end = w + 1; end <= keys.length - minRest; end++) {
    yield* assignments(parts, keys, p + 1, end, [...spans, [part.slot, w, end]]);
  }
}

/** All samples that match the whole utterance, with their slots filled and resolved. */
export function matchAll(compiled: CompiledModel, text: string): Match[] {
  const words = spokenWords(text);
  const keys = words.map((w) => (compiled.fold ?? same)(wordKey(w)));
  const matches: Match[] = [];
  for (const sample of compiled.samples) {
    if (sample.parts.length > keys.length) continue;
    const declared = compiled.intentSlots.get(sample.intent) ?? [];
    for (const spans of assignments(sample.parts, keys)) {
      const slots: SlotFill[] = spans.map(([name, from, to]) => {
        const type = declared.find((s) => s.name === name)?.type ?? 'AMAZON.SearchQuery';
        const said = words.slice(from, to);
        const builtInType = type.startsWith('AMAZON.');
        const values = builtInType ? [] : (compiled.types.get(type)?.byKey.get(keys.slice(from, to).join(' ')) ?? []);
        return { name, type, words: said, values, resolved: builtInType || values.length > 0, builtInType };
      });
      matches.push({
        intent: sample.intent,
        sample: sample.text,
        slots,
        fromModel: sample.fromModel,
        literalWords: sample.parts.filter((part) => 'word' in part).length,
        order: sample.order,
      });
    }
  }
  return matches;
}

/**
 * Alexa does not route just any words into a slot: a match whose slot words resolve to nothing counts only
 * when the sample's own words carry at least as much of the utterance ("start banana routine" yes,
 * "I like trains" through "I {symptom}" no).
 */
function plausible(match: Match): boolean {
  const unresolvedWords = match.slots.filter((s) => !s.resolved).reduce((n, s) => n + s.words.length, 0);
  if (unresolvedWords === 0) return true;
  return match.literalWords >= 1 && match.literalWords >= unresolvedWords;
}

/**
 * Orders matches best first: exact samples, then built-in phrasings, then slot samples whose custom values
 * resolve, then samples that lean on a catch-all built-in slot (AMAZON.SearchQuery…), then the rest.
 */
export function rank(a: Match, b: Match): number {
  const tier = (m: Match) => {
    if (m.slots.length === 0) return m.fromModel ? 0 : 1;
    if (m.slots.some((s) => !s.resolved)) return 4;
    return m.slots.some((s) => s.builtInType) ? 3 : 2;
  };
  const unresolved = (m: Match) => m.slots.filter((s) => !s.resolved).length;
  return tier(a) - tier(b) || unresolved(a) - unresolved(b) || b.literalWords - a.literalWords || a.order - b.order;
}

/** The best plausible match of an utterance, or undefined when nothing in the model fits. */
export function bestMatch(compiled: CompiledModel, text: string): Match | undefined {
  return matchAll(compiled, text).filter(plausible).sort(rank)[0];
}
