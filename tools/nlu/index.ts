/**
 * Utterance resolution against an Alexa interaction model, for the local console and for tests:
 * typed text → LaunchRequest, an IntentRequest's intent (slots resolved as Alexa's entity resolution does),
 * or the end of the session. Pure: no I/O besides the explicit loader, no side effects on import.
 */
import type { Intent, Slot } from 'ask-sdk-model';
import { BUILT_IN_PHRASINGS, CLOSING_TAGS, DISFLUENCIES, EXIT_PHRASES, LEADING_FILLERS, STATEMENT_OPENERS, TRAILING_FILLERS } from './builtins';
import { grammarOf, REGIONAL_ENGLISH_FILLERS, REGIONAL_ENGLISH_VARIANTS, speaksRegionalEnglish, type InvocationGrammar } from './languages';
import { builtInValue } from './built-in-values';
import { bestMatch, compileModel, type CompiledModel, type Match } from './matcher';
import type { InteractionModel } from './model';
import { MISHEARD_ENGLISH, withoutRepeats } from './misheard';
import { phraseKey, phraseKeys, spokenWords, withoutAccents, wordKey } from './normalize';

export { loadInteractionModel, REPO_ROOT } from './model';
export type { InteractionModel } from './model';
export { spokenWords } from './normalize';
export { BUILT_IN_PHRASINGS, DISFLUENCIES } from './builtins';

/** What an utterance amounts to. `oneShot` marks an intent said together with the invocation name (a new session). */
export type Resolution =
  | { kind: 'launch' }
  | { kind: 'intent'; intent: Intent; oneShot: boolean }
  | { kind: 'end' };

export interface ResolveOptions {
  /** Skill id used in entity-resolution authorities (`amzn1.er-authority.echo-sdk.<skillId>.<Type>`). */
  skillId?: string;
  /** The model's locale: how a German, Spanish or French speaker invokes the skill (English when not given). */
  locale?: string;
}

export const CONSOLE_SKILL_ID = 'amzn1.ask.skill.hip-coach-console';
export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

const LAUNCH_VERBS = [['open'], ['launch'], ['start'], ['begin'], ['load'], ['run'], ['play'], ['use'], ['talk', 'to'], ['ask'], ['tell']];
/** Verb + invocation name + connector + utterance: "open hip coach and …", "ask hip coach to …". */
const ONE_SHOT_FORMS: { verb: string[]; connectors: string[][]; connectorOptional: boolean }[] = [
  { verb: ['ask'], connectors: [['to'], ['for'], ['about'], ['if'], ['whether'], ['and']], connectorOptional: true },
  { verb: ['tell'], connectors: [['to'], ['that'], ['and']], connectorOptional: true },
  ...[['open'], ['launch'], ['start'], ['begin'], ['load'], ['run'], ['talk', 'to'], ['use']].map((verb) => ({
    verb,
    connectors: [['and'], ['to']],
    connectorOptional: false,
  })),
];
/** Utterance + preposition + invocation name: "start evening routine using hip coach". */
const TRAILING_FORMS = [['using'], ['with'], ['from'], ['on'], ['via'], ['in']];

/** English's grammar as the model is pruned by (tools/model/prune.ts): the tables above and builtins.ts's fillers. */
export const PRUNING_ENGLISH: InvocationGrammar = {
  launchVerbs: LAUNCH_VERBS,
  oneShotForms: ONE_SHOT_FORMS,
  trailingForms: TRAILING_FORMS,
  exitPhrases: EXIT_PHRASES,
  leadingFillers: LEADING_FILLERS,
  trailingFillers: TRAILING_FILLERS,
  builtInPhrasings: BUILT_IN_PHRASINGS,
  contractions: true,
};

/** English's grammar as the resolver reads with it: also the openers and tags the model keeps its wrapped samples for, and misheard words. */
const ENGLISH: InvocationGrammar = {
  ...PRUNING_ENGLISH,
  leadingFillers: [...LEADING_FILLERS, ...STATEMENT_OPENERS],
  trailingFillers: [...TRAILING_FILLERS, ...CLOSING_TAGS],
  spokenVariants: MISHEARD_ENGLISH,
  repeatsOnce: true,
};

/** More words first, so "right then" goes whole before "right" alone would leave "then". */
const longestFirst = (fillers: readonly string[]): string[] => [...new Set(fillers)].sort((a, b) => phraseKeys(b).length - phraseKeys(a).length);

/** English beyond en-US: the same grammar, with the words those speakers wrap around an utterance. */
const REGIONAL_ENGLISH: InvocationGrammar = {
  ...ENGLISH,
  leadingFillers: longestFirst([...REGIONAL_ENGLISH_FILLERS.leading, ...ENGLISH.leadingFillers]),
  trailingFillers: longestFirst([...REGIONAL_ENGLISH_FILLERS.trailing, ...ENGLISH.trailingFillers]),
  spokenVariants: { ...MISHEARD_ENGLISH, ...REGIONAL_ENGLISH_VARIANTS },
};

const compiledCache = new WeakMap<InteractionModel, CompiledModel>();

function compiledOf(model: InteractionModel, grammar: InvocationGrammar): CompiledModel {
  let compiled = compiledCache.get(model);
  if (!compiled) {
    compiled = compileModel(model.interactionModel.languageModel, grammar.builtInPhrasings, grammar.foldAccents ? withoutAccents : undefined);
    compiledCache.set(model, compiled);
  }
  return compiled;
}

const startsWith = (keys: readonly string[], prefix: readonly string[], at = 0) => prefix.every((w, i) => keys[at + i] === w);

function stripWakeWord(words: string[]): string[] {
  return words[0] && wordKey(words[0]) === 'alexa' ? words.slice(1) : words;
}

/** Splits an utterance that names the skill into its launch or one-shot form; undefined when it does not name it. */
function parseInvocation(keys: string[], words: string[], invocation: string[], grammar: InvocationGrammar): { launch: true } | { rest: string } | undefined {
  const n = invocation.length;
  if (keys.length === n && startsWith(keys, invocation)) return { launch: true };
  for (const verb of grammar.launchVerbs) {
    if (keys.length === verb.length + n && startsWith(keys, verb) && startsWith(keys, invocation, verb.length)) return { launch: true };
  }
  for (const form of grammar.oneShotForms) {
    if (!startsWith(keys, form.verb) || !startsWith(keys, invocation, form.verb.length)) continue;
    const after = form.verb.length + n;
    if (keys.length === after) return { launch: true };
    const connector = form.connectors.find((c) => startsWith(keys, c, after) && keys.length > after + c.length);
    if (connector) return { rest: words.slice(after + connector.length).join(' ') };
    if (form.connectorOptional) return { rest: words.slice(after).join(' ') };
  }
  for (const prep of grammar.trailingForms) {
    const at = keys.length - n - prep.length;
    if (at > 0 && startsWith(keys, prep, at) && startsWith(keys, invocation, at + prep.length)) return { rest: words.slice(0, at).join(' ') };
  }
  return undefined;
}

/**
 * The words as said; when they fit nothing but a catch-all and the grammar has spoken variants,
 * the words in the model's form ("me hip" read as "my hip"; "the washroom" as "the toilet"), whose
 * reading wins.
 */
function matchSpoken(compiled: CompiledModel, text: string, grammar: InvocationGrammar): Match | undefined {
  const asSaid = matchInEitherForm(compiled, text, grammar);
  if ((asSaid && !loose(asSaid)) || !grammar.spokenVariants) return asSaid;
  const variant = inModelForm(text, grammar.spokenVariants);
  const standard = grammar.repeatsOnce ? withoutRepeats(variant.split(' ')).join(' ') : variant;
  if (standard === spokenWords(text).join(' ')) return asSaid;
  // Only a catch-all (or a value none of its slot's) took the words as said: in the model's form they may fit a
  // sample ("me hip hurts", "how long do i old it"). If they fit only loosely again, the words as said keep their
  // reading, as Alexa's would: the feeling classifier has the region's words, while the form would turn "won't
  // hold me up" into "won't hold my up".
  const inForm = matchInEitherForm(compiled, standard, grammar);
  if (!inForm || (asSaid && loose(inForm))) return asSaid;
  return inForm;
}

/** English's contractions and their long forms: "I am done" and "I'm done" say the same, whichever form a sample has. */
const ENGLISH_CONTRACTIONS: Readonly<Record<string, string>> = {
  "i'm": 'i am', "that's": 'that is', "it's": 'it is', "what's": 'what is', "let's": 'let us', "don't": 'do not',
  "i've": 'i have', "i'd": 'i would', "i'll": 'i will', "we'll": 'we will', "can't": 'cannot', "didn't": 'did not', "there's": 'there is',
};
const CONTRACTED = Object.fromEntries(Object.entries(ENGLISH_CONTRACTIONS).map(([short, long]) => [long, short]));

/**
 * The words as said, and when only a catch-all or nothing reads them, the same words with English's
 * contractions made or undone ("i am finished" as "i'm finished"), whose reading wins when a sample reads it tightly.
 */
function matchInEitherForm(compiled: CompiledModel, text: string, grammar: InvocationGrammar): Match | undefined {
  const asSaid = matchWithFillers(compiled, text, grammar);
  if ((asSaid && !loose(asSaid)) || !grammar.contractions) return asSaid;
  const said = spokenWords(text).join(' ');
  for (const variants of [CONTRACTED, ENGLISH_CONTRACTIONS]) {
    const other = inModelForm(text, variants);
    if (other === said) continue;
    const reading = matchWithFillers(compiled, other, grammar);
    if (reading && !loose(reading)) return reading;
  }
  return asSaid;
}

/** The words with each spoken variant (one word or several) put in the model's form, the longest variant first. */
function inModelForm(text: string, variants: Readonly<Record<string, string>>): string {
  const words = spokenWords(text);
  const keys = Object.keys(variants).map((v) => phraseKeys(v)).sort((a, b) => b.length - a.length);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const at = keys.find((k) => startsWith(words.map(wordKey), k, i));
    if (at) {
      out.push(variants[Object.keys(variants).find((v) => phraseKey(v) === at.join(' ')) ?? ''] ?? at.join(' '));
      i += at.length;
    } else {
      out.push(words[i] ?? '');
      i += 1;
    }
  }
  return out.join(' ');
}

function matchWithFillers(compiled: CompiledModel, text: string, grammar: InvocationGrammar): Match | undefined {
  const direct = bestMatch(compiled, text);
  if (direct && !loose(direct)) return direct;
  // Each wrapping word dropped in turn, the fewest first: "um let's stretch" is read as "let's stretch", not "stretch".
  // A stage only a catch-all reads ("sorry {feeling}" for "okay sorry say that again") does not end the search:
  // the first stage a sample reads tightly wins, and the first loose reading only when none does.
  let inner: Match | undefined;
  let firstLoose: Match | undefined;
  for (const stage of fillerStages(text, grammar)) {
    const match = bestMatch(compiled, stage);
    if (match && !loose(match)) {
      inner = match;
      break;
    }
    firstLoose ??= match;
  }
  inner ??= firstLoose;
  // Only a catch-all carrier ("that's {feeling}") took the words whole, or a slot took words no value
  // of its type has ("do my {routine}" with "morning stretch please"), while without their wrapping
  // words they are a sample ("that's enough" + "for now"): the sample is the closer reading, as a
  // statistical NLU scores it. A loose reading never wins over another loose one this way.
  if (direct && (!inner || loose(inner))) return direct;
  return inner;
}

/** A reading that holds only because a slot took words it could not resolve: a catch-all, or a custom value none of its type. */
export function loose(match: Match): boolean {
  return throughCatchAll(match) || match.slots.some((s) => !s.builtInType && s.values.length === 0);
}

/** A match that leans on a built-in catch-all slot (AMAZON.SearchQuery): it would take any words after its carrier. */
function throughCatchAll(match: Match): boolean {
  return match.slots.some((s) => s.builtInType && s.type === 'AMAZON.SearchQuery');
}

/**
 * What is left of an utterance once the words that carry no meaning are dropped, as the resolver
 * reads it when no sample fits it whole: hesitations wherever they fall, the grammar's wrapping
 * words ("okay", "can you", "please", "then") only at either end.
 */
export function withoutFillers(text: string, grammar: InvocationGrammar = ENGLISH): string {
  return fillerStages(text, grammar).at(-1) ?? spokenWords(text).join(' ');
}

/** The utterance after each wrapping word is dropped in turn (hesitations first), each different from the words as said. */
export function fillerStages(text: string, grammar: InvocationGrammar = ENGLISH): string[] {
  const said = spokenWords(text).join(' ');
  const key = (w: string): string => (grammar.foldAccents ? withoutAccents(wordKey(w)) : wordKey(w));
  let keys = spokenWords(text).filter((w) => !DISFLUENCIES.includes(wordKey(w)));
  const stages: string[] = [];
  if (keys.join(' ') !== said) stages.push(keys.join(' '));
  const strip = (fillers: readonly string[], fromEnd: boolean): boolean => {
    for (const filler of fillers) {
      const f = phraseKeys(filler).map(key);
      const k = keys.map(key);
      const at = fromEnd ? k.length - f.length : 0;
      if (k.length > f.length && at >= 0 && startsWith(k, f, at)) {
        keys = fromEnd ? keys.slice(0, at) : keys.slice(f.length);
        return true;
      }
    }
    return false;
  };
  while (strip(grammar.leadingFillers, false) || strip(grammar.trailingFillers, true)) stages.push(keys.join(' '));
  return stages;
}

/** Builds an ask-sdk-model Intent from a match, every declared slot present as Alexa sends them. */
function toIntent(compiled: CompiledModel, match: Match | undefined, skillId: string, language: string): Intent {
  if (!match) return { name: FALLBACK_INTENT, confirmationStatus: 'NONE' };
  const declared = compiled.intentSlots.get(match.intent) ?? [];
  const intent: Intent = { name: match.intent, confirmationStatus: 'NONE' };
  if (declared.length === 0 && match.slots.length === 0) return intent;
  const slots: Record<string, Slot> = {};
  for (const { name } of declared) slots[name] = { name, confirmationStatus: 'NONE' };
  for (const fill of match.slots) {
    const value = fill.builtInType ? builtInValue(fill.type, fill.words.join(' '), language) : fill.words.join(' ');
    const slot: Slot = { name: fill.name, value, confirmationStatus: 'NONE' };
    if (!fill.builtInType) {
      const resolutions = {
        resolutionsPerAuthority: [
          {
            authority: `amzn1.er-authority.echo-sdk.${skillId}.${fill.type}`,
            status: { code: fill.values.length > 0 ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
            ...(fill.values.length > 0 ? { values: fill.values.map((v) => ({ value: { name: v.name, id: v.id } })) } : {}),
          },
        ],
      } as Slot['resolutions'];
      slot.resolutions = resolutions;
      slot.slotValue = { type: 'Simple', value, resolutions };
    } else {
      slot.slotValue = { type: 'Simple', value };
    }
    slots[fill.name] = slot;
  }
  intent.slots = slots;
  return intent;
}

/**
 * Resolves typed text the way Alexa would hear it: "open hip coach" → launch; "ask hip coach to start my
 * evening routine" → a one-shot intent; "exit" → end; anything else → the best-matching intent of the model,
 * or AMAZON.FallbackIntent.
 */
export function resolve(model: InteractionModel, text: string, options: ResolveOptions = {}): Resolution {
  const grammar = grammarOf(options.locale) ?? (speaksRegionalEnglish(options.locale) ? REGIONAL_ENGLISH : ENGLISH);
  const compiled = compiledOf(model, grammar);
  const skillId = options.skillId ?? CONSOLE_SKILL_ID;
  const words = stripWakeWord(spokenWords(text));
  const keys = words.map(wordKey);
  const said = keys.join(' ');
  if (grammar.exitPhrases.some((p) => phraseKey(p) === said)) return { kind: 'end' };
  const invocation = parseInvocation(keys, words, compiled.invocationKeys, grammar);
  if (invocation && 'launch' in invocation) return { kind: 'launch' };
  const language = grammar === ENGLISH || grammar === REGIONAL_ENGLISH ? 'en' : (options.locale ?? 'en').split('-')[0] ?? 'en';
  if (invocation) return { kind: 'intent', intent: toIntent(compiled, matchSpoken(compiled, invocation.rest, grammar), skillId, language), oneShot: true };
  return { kind: 'intent', intent: toIntent(compiled, matchSpoken(compiled, words.join(' '), grammar), skillId, language), oneShot: false };
}
