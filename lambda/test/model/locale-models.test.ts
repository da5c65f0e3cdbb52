import { readFileSync } from 'node:fs';
import { loadInteractionModel, resolve } from '../../../tools/nlu';
import { ENGLISH_REGIONS, regionalModel } from '../../../tools/model/en-regional';
import { LANGUAGE_MODELS, languageModelText } from '../../../tools/model/languages';
import { localeModelPath, type InteractionModelJson } from '../../../tools/model/locale-model';
import { asWarningSign, classifyWarning } from '../../src/coach/safety';
import { LOCALES } from '../../src/speech/locales';

const enUsText = readFileSync(localeModelPath('en-US'), 'utf8');
const parse = (text: string) => (JSON.parse(text) as InteractionModelJson).interactionModel.languageModel;
const enUs = parse(enUsText);
const committed = (locale: string): string => readFileSync(localeModelPath(locale), 'utf8');

describe('every locale has an interaction model, and it is what its generator writes (run `npm run model`)', () => {
  it.each(ENGLISH_REGIONS)('%s is en-US plus its regional extras', (region) => {
    expect(committed(region)).toBe(regionalModel(enUsText, region));
  });

  it.each(Object.keys(LANGUAGE_MODELS))('%s is its language generator on en-US intents', (locale) => {
    expect(committed(locale)).toBe(languageModelText(locale, enUsText));
  });

  it('covers exactly the locales the skill speaks', () => {
    expect(['en-US', ...ENGLISH_REGIONS, ...Object.keys(LANGUAGE_MODELS)].sort()).toEqual([...LOCALES].sort());
  });
});

/** Launch words, connectors and wake words an invocation name may not contain (ALEXA.md §2), per language. */
const forbidden: Record<string, readonly string[]> = {
  en: ['ask', 'tell', 'open', 'launch', 'load', 'begin', 'enable', 'start', 'run', 'play'],
  de: ['öffne', 'starte', 'frag', 'frage', 'sag', 'sage', 'lade', 'aktiviere', 'spiele'],
  es: ['abre', 'inicia', 'pide', 'dile', 'pregunta', 'lanza', 'activa', 'empieza'],
  fr: ['ouvre', 'lance', 'demande', 'dis', 'démarre', 'active', 'joue'],
};
const wakeWords = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'];

describe.each([...LOCALES])('the %s model', (locale) => {
  const lm = parse(committed(locale));

  it('has en-US intents, slots and slot types with the same value ids', () => {
    const shape = (m: typeof lm) => ({
      intents: m.intents.map((i) => [i.name, (i.slots ?? []).map((s) => `${s.name}:${s.type}`)]),
      types: (m.types ?? []).map((t) => [t.name, t.values.map((v) => v.id)]),
    });
    expect(shape(lm)).toEqual(shape(enUs));
  });

  it('has an invocation name that keeps the rules: two words or more, lower case, no launch or wake word', () => {
    const name = lm.invocationName;
    const words = name.split(' ');
    const banned = [...(forbidden[locale.slice(0, 2)] ?? []), ...wakeWords].filter((w) => words.includes(w));
    expect({ name, twoWords: words.length >= 2, lowerCase: /^[\p{Ll} '.]+$/u.test(name), banned }).toEqual({ name, twoWords: true, lowerCase: true, banned: [] });
  });

  it('has words for every safety category (each symptom id has a value and synonyms; pain, warning and condition samples)', () => {
    const symptoms = lm.types?.find((t) => t.name === 'SymptomType')?.values ?? [];
    const thin = symptoms.filter((v) => v.name.synonyms.length < 4).map((v) => v.id);
    const samples = (name: string) => lm.intents.find((i) => i.name === name)?.samples?.length ?? 0;
    expect({ thin, pain: samples('PainIntent') > 50, warning: samples('WarningSignIntent') > 50, condition: samples('ConditionIntent') > 20 })
      .toEqual({ thin: [], pain: true, warning: true, condition: true });
  });
});

/**
 * One phrasing per safety category, written here (not from any corpus): each must resolve to its
 * sign, as the engine reads the symptom and body part together (numbness in the groin is saddle).
 */
const safetyProbes: Record<string, ReadonlyArray<readonly [string, string, string]>> = {
  'de-DE': [
    ['mein bein ist ganz taub', 'WarningSignIntent', 'numbness'], ['ich habe kribbeln im fuß', 'WarningSignIntent', 'tingling'],
    ['ich kann meinen fuß nicht heben', 'WarningSignIntent', 'weakness'], ['es strahlt ins bein', 'WarningSignIntent', 'radiating'],
    ['ich habe blasenprobleme', 'WarningSignIntent', 'bladderBowel'], ['ich bin taub im schritt', 'WarningSignIntent', 'saddle'],
    ['die schmerzen werden immer schlimmer', 'WarningSignIntent', 'severe'], ['ich bin gestern gestürzt', 'WarningSignIntent', 'fall'],
    ['ich habe fieber', 'WarningSignIntent', 'fever'], ['der schmerz weckt mich nachts', 'WarningSignIntent', 'night'],
    ['ich habe einen krampf', 'WarningSignIntent', 'cramp'], ['das tut weh', 'PainIntent', ''],
  ],
  'es-ES': [
    ['tengo la pierna dormida', 'WarningSignIntent', 'numbness'], ['tengo hormigueo en el pie', 'WarningSignIntent', 'tingling'],
    ['se me dobla la rodilla', 'WarningSignIntent', 'weakness'], ['me baja por la pierna', 'WarningSignIntent', 'radiating'],
    ['tengo incontinencia', 'WarningSignIntent', 'bladderBowel'], ['no siento la entrepierna', 'WarningSignIntent', 'saddle'],
    ['el dolor es insoportable', 'WarningSignIntent', 'severe'], ['ayer me caí', 'WarningSignIntent', 'fall'],
    ['tengo fiebre', 'WarningSignIntent', 'fever'], ['me despierta por la noche', 'WarningSignIntent', 'night'],
    ['tengo un calambre', 'WarningSignIntent', 'cramp'], ['me duele', 'PainIntent', ''],
  ],
  'fr-FR': [
    ["j'ai la jambe engourdie", 'WarningSignIntent', 'numbness'], ["j'ai des fourmillements dans le pied", 'WarningSignIntent', 'tingling'],
    ['ma jambe se dérobe', 'WarningSignIntent', 'weakness'], ['ça descend dans la jambe', 'WarningSignIntent', 'radiating'],
    ["j'ai des fuites urinaires", 'WarningSignIntent', 'bladderBowel'], ['je ne sens plus entre les jambes', 'WarningSignIntent', 'saddle'],
    ["la douleur est insupportable", 'WarningSignIntent', 'severe'], ['hier je suis tombé', 'WarningSignIntent', 'fall'],
    ["j'ai de la fièvre", 'WarningSignIntent', 'fever'], ['ça me réveille la nuit', 'WarningSignIntent', 'night'],
    ["j'ai une crampe", 'WarningSignIntent', 'cramp'], ['ça fait mal', 'PainIntent', ''],
  ],
};
safetyProbes['es-MX'] = safetyProbes['es-ES'] ?? [];
safetyProbes['es-US'] = safetyProbes['es-ES'] ?? [];
safetyProbes['fr-CA'] = safetyProbes['fr-FR'] ?? [];

const probes = Object.entries(safetyProbes).flatMap(([locale, list]) => list.map(([text, intent, id]) => [locale, text, intent, id] as const));

describe('each language model hears every safety category', () => {
  it.each(probes)('%s: "%s" is %s %s', (locale, text, intent, id) => {
    const heard = resolve(loadInteractionModel(locale), text, { locale });
    const name = heard.kind === 'intent' ? heard.intent.name : heard.kind;
    const idOf = (slot: string) => (heard.kind === 'intent' ? heard.intent.slots?.[slot]?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id : undefined);
    const symptom = idOf('symptom');
    const sign = symptom === 'cramp' ? 'cramp' : (classifyWarning(asWarningSign(symptom), idOf('bodyPart')) ?? '');
    expect([name, sign]).toEqual([intent, id]);
  });
});
