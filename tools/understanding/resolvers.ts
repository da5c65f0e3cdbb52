/**
 * Two ways of turning words into the request Alexa would send the skill:
 * - exact: the project's resolver, Alexa-style matching of the interaction model's samples;
 * - statistical: an NLP.js classifier trained from the same model, as a stand-in for Alexa's
 *   statistical NLU, which generalises beyond the samples (and misreads differently).
 */
import type { Intent, Slot } from 'ask-sdk-model';
import { LangEn } from '@nlpjs/lang-en-min';
import { Nlp } from '@nlpjs/nlp';
import { SKILL_ID } from '../envelopes';
import { BUILT_IN_PHRASINGS, DISFLUENCIES, resolve, spokenWords, type InteractionModel, type Resolution } from './project-nlu';

export type Heard = Resolution;

export interface Resolver {
  readonly name: string;
  hear(text: string): Promise<Heard>;
}

export function exactResolver(model: InteractionModel, locale = 'en-US'): Resolver {
  return { name: 'exact', hear: (text) => Promise.resolve(resolve(model, text, { skillId: SKILL_ID, locale })) };
}

const FALLBACK = 'AMAZON.FallbackIntent';
/** Below this classifier score the stand-in answers FallbackIntent, as Alexa does when unsure. */
export const STATISTICAL_THRESHOLD = 0.7;
/** Slot values substituted into each sample that has a slot: enough that every value is seen, few enough to train in a second. */
const EXPANSIONS_PER_SAMPLE = 4;

type LanguageModel = InteractionModel['interactionModel']['languageModel'];

/** "ask hip coach to …", "open hip coach and …", "… using hip coach": the words after the invocation, or the launch. */
function oneShot(words: string, invocation: string): { launch: true } | { rest: string } | undefined {
  const name = invocation.replace(/\s+/g, ' ');
  if (words === name || new RegExp(`^(open|launch|start|begin|load|run|use|talk to|ask|tell) ${name}$`).test(words)) return { launch: true };
  const lead = new RegExp(`^(ask|tell|open|launch|start|begin|load|run|use|talk to) ${name}(?: (?:to|and|for|about|if|whether|that))? (.+)$`).exec(words);
  if (lead?.[2]) return { rest: lead[2] };
  const trail = new RegExp(`^(.+) (using|with|from|on|via|in) ${name}$`).exec(words);
  if (trail?.[1]) return { rest: trail[1] };
  return undefined;
}

/** Every training utterance of an intent: its samples with slot references filled from the slot types. */
function trainingUtterances(lm: LanguageModel, intent: LanguageModel['intents'][number]): string[] {
  const samples = [...(intent.samples ?? [])];
  // Alexa trains its built-in intents on its own phrasings; the model lists only the skill's extra ones.
  if (intent.name.startsWith('AMAZON.')) samples.push(...(BUILT_IN_PHRASINGS[intent.name] ?? []));
  const slotType = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
  const values = (type: string): string[] =>
    (lm.types ?? []).find((t) => t.name === type)?.values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]) ?? [];
  const out: string[] = [];
  samples.forEach((sample, j) => {
    const refs = [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    if (refs.length === 0) {
      out.push(sample);
      return;
    }
    for (let k = 0; k < EXPANSIONS_PER_SAMPLE; k++) {
      let filled = sample;
      refs.forEach((ref, r) => {
        const pool = values(slotType.get(ref) ?? '');
        // A built-in catch-all (AMAZON.SearchQuery) has no values: the carrier phrase alone is trained.
        const value = pool.length > 0 ? (pool[(j * EXPANSIONS_PER_SAMPLE + k + r * 7) % pool.length] ?? '') : '';
        filled = filled.replace(`{${ref}}`, value);
      });
      out.push(filled.replace(/\s+/g, ' ').trim());
    }
    // The carrier with each custom slot as its entity ("I have @SymptomType"): NLP.js reads an utterance again
    // with its recognised entities so replaced, as Alexa reads a carrier phrase around any value of the slot type.
    const carrier = refs.reduce((text, ref) => {
      const type = slotType.get(ref) ?? '';
      return text.replace(`{${ref}}`, values(type).length > 0 ? `@${type}` : '');
    }, sample);
    out.push(carrier.replace(/\s+/g, ' ').trim());
  });
  return [...new Set(out.filter((u) => u.length > 0))];
}

function resolvedSlot(name: string, value: string, type: string, id: string | undefined): Slot {
  const resolutions = {
    resolutionsPerAuthority: [
      {
        authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.${type}`,
        status: { code: id ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
        values: id ? [{ value: { name: value, id } }] : [],
      },
    ],
  } as Slot['resolutions'];
  return { name, value, confirmationStatus: 'NONE', resolutions };
}

/** Trains the stand-in from the model; resolves like Alexa: invocation forms, intent, slots by entity resolution. */
export async function statisticalResolver(model: InteractionModel, threshold = STATISTICAL_THRESHOLD): Promise<Resolver> {
  const lm = model.interactionModel.languageModel;
  const nlp = new Nlp({ languages: ['en'], autoSave: false, autoLoad: false, nlu: { log: false } });
  nlp.use(LangEn);
  for (const intent of lm.intents) {
    if (intent.name === FALLBACK) continue;
    for (const utterance of trainingUtterances(lm, intent)) nlp.addDocument('en', utterance, intent.name);
  }
  for (const type of lm.types ?? []) {
    for (const v of type.values) nlp.addNerRuleOptionTexts('en', type.name, v.id ?? v.name.value, [v.name.value, ...(v.name.synonyms ?? [])]);
  }
  await nlp.train();

  const classify = async (words: string, oneShotForm: boolean): Promise<Heard> => {
    const result = await nlp.process('en', words);
    const declared = lm.intents.find((i) => i.name === result.intent);
    if (!declared || result.score < threshold) return { kind: 'intent', intent: { name: FALLBACK, confirmationStatus: 'NONE' }, oneShot: oneShotForm };
    const intent: Intent = { name: declared.name, confirmationStatus: 'NONE' };
    if (declared.slots?.length) {
      const { entities } = await nlp.ner.process({ locale: 'en', utterance: words, text: words });
      const slots: Record<string, Slot> = {};
      for (const { name, type } of declared.slots) {
        const found = entities.find((e) => e.entity === type);
        if (found) slots[name] = resolvedSlot(name, found.utteranceText, type, found.option);
        // A catch-all slot takes the words themselves, as Alexa's AMAZON.SearchQuery does.
        else if (type === 'AMAZON.SearchQuery') slots[name] = { name, value: words, confirmationStatus: 'NONE' };
        else slots[name] = { name, confirmationStatus: 'NONE' };
      }
      intent.slots = slots;
    }
    return { kind: 'intent', intent, oneShot: oneShotForm };
  };

  return {
    name: 'statistical',
    async hear(text) {
      // Hesitations ("um", "erm") are dropped as a speech recogniser drops them; the wake word too.
      const words = spokenWords(text)
        .filter((w) => !DISFLUENCIES.includes(w))
        .join(' ')
        .replace(/^alexa /, '');
      if (words === 'exit' || words === 'exit skill') return { kind: 'end' };
      const form = oneShot(words, lm.invocationName.toLowerCase());
      if (form && 'launch' in form) return { kind: 'launch' };
      return classify(form ? form.rest : words, form !== undefined);
    },
  };
}
