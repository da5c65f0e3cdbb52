/**
 * Drops the samples the resolver never needs: a sample that is another sample of the same intent
 * wrapped in words that carry no meaning ("okay next one", "next one please" beside "next one").
 * The exact resolver drops those words itself when nothing fits the utterance whole
 * (tools/nlu/index.ts), so the wrapped sample only costs model size. A sample stays whenever
 * something else could claim it whole: a slot sample whose slot resolves ("can we do {routine}"
 * with a routine's name), any slot sample a region adds ("right {feeling}" in en-GB, whose
 * fillers are dropped in another order), an Alexa built-in phrasing of another intent, or a
 * regional sample with the same words. A model's own carrier that claims it only through a
 * catch-all or an unresolved value ("sorry {feeling}") does not keep it: the resolver drops the
 * fillers whenever only such a loose reading fits the words whole, and the fillers' sample wins.
 * The words it leaves are then read exactly as before.
 */
import { BUILT_IN_PHRASINGS } from '../nlu/builtins';
import { fillerStages, loose, withoutFillers } from '../nlu/index';
import type { InvocationGrammar } from '../nlu/languages';
import { bestMatch, compileModel, type CompiledModel, type Match } from '../nlu/matcher';
import type { LanguageModel } from '../nlu/model';
import { phraseKey, phraseKeys } from '../nlu/normalize';
import type { ModelIntent, SlotValue } from './locale-model';

export interface RegionalAdditions {
  /** Every sample a region adds, by intent. */
  readonly samples: readonly { readonly intent: string; readonly sample: string }[];
  /** Slot type → value id → synonyms a region adds. */
  readonly synonyms: readonly { readonly type: string; readonly id: string; readonly synonyms: readonly string[] }[];
}

const hasSlot = (sample: string): boolean => /\{[^}]+\}/.test(sample);
/** A reading the resolver takes as it is, without trying the words with their fillers dropped. */
const tight = (match: Match | undefined): boolean => match !== undefined && !loose(match);

/** The samples with a slot, of en-US and of every region, with the regions' synonyms: all that could claim a wrapped sample whole. */
function slotSamplesOf(intents: readonly ModelIntent[], types: readonly { name: string; values: SlotValue[] }[], regional: RegionalAdditions,
  ownSamples = true): CompiledModel {
  const withSlots = new Map<string, string[]>();
  for (const intent of intents) withSlots.set(intent.name, ownSamples ? (intent.samples ?? []).filter(hasSlot) : []);
  for (const { intent, sample } of regional.samples) if (hasSlot(sample)) withSlots.get(intent)?.push(sample);
  const widened = types.map((t) => ({
    name: t.name,
    values: t.values.map((v) => {
      const more = regional.synonyms.filter((s) => s.type === t.name && s.id === v.id).flatMap((s) => s.synonyms);
      return { ...v, name: { value: v.name.value, synonyms: [...v.name.synonyms, ...more] } };
    }),
  }));
  const lm: LanguageModel = {
    invocationName: 'hip coach',
    intents: intents.map((i) => ({ name: i.name, ...(i.slots ? { slots: i.slots } : {}), samples: withSlots.get(i.name) ?? [] })),
    types: widened,
  };
  return compileModel(lm, {});
}

/**
 * The intents with every wrapped sample left out that the resolver reads the same without. Pure.
 * `grammar` is the language's own (its fillers and built-in phrasings); English when not given.
 */
export function withoutWrappedSamples(intents: readonly ModelIntent[], types: readonly { name: string; values: SlotValue[] }[], regional: RegionalAdditions,
  grammar?: InvocationGrammar): Map<string, string[]> {
  const slotModel = slotSamplesOf(intents, types, regional);
  const regionalSlotModel = slotSamplesOf(intents, types, regional, false);
  const declared = new Set(intents.map((i) => i.name));
  const phrasingOwner = new Map<string, string>();
  for (const [intent, phrasings] of Object.entries(grammar?.builtInPhrasings ?? BUILT_IN_PHRASINGS)) {
    if (declared.has(intent)) for (const p of phrasings) phrasingOwner.set(phraseKey(p), intent);
  }
  const regionalKeys = new Set(regional.samples.map((s) => phraseKey(s.sample)));
  const literalOwner = new Map<string, string>();
  for (const intent of intents) for (const s of intent.samples ?? []) if (!hasSlot(s)) literalOwner.set(phraseKey(s), intent.name);
  /** On the way to what is left, every shorter form is read by nothing else. */
  const clearOnTheWay = (sample: string, intent: string): boolean =>
    fillerStages(sample, grammar).slice(0, -1).every((stage) => {
      const owner = literalOwner.get(phraseKey(stage)) ?? phrasingOwner.get(phraseKey(stage));
      return (owner === undefined || owner === intent) && bestMatch(slotModel, stage) === undefined;
    });
  const kept = new Map<string, string[]>();
  for (const intent of intents) {
    const samples = intent.samples ?? [];
    const literal = new Set(samples.filter((s) => !hasSlot(s)).map(phraseKey));
    kept.set(intent.name, samples.filter((sample) => {
      if (hasSlot(sample)) return true;
      const key = phraseKey(sample);
      const rest = withoutFillers(sample, grammar);
      if (phraseKey(rest) === key || phraseKeys(rest).length === 0 || !literal.has(phraseKey(rest))) return true;
      const owner = phrasingOwner.get(key);
      if ((owner !== undefined && owner !== intent.name) || regionalKeys.has(key)) return true;
      return tight(bestMatch(slotModel, sample)) || bestMatch(regionalSlotModel, sample) !== undefined || !clearOnTheWay(sample, intent.name);
    }));
  }
  return kept;
}
