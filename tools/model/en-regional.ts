/**
 * The English models beyond en-US (en-GB, en-CA, en-AU, en-IN): en-US's model, which author.ts
 * already writes from how people in all these countries talk, plus what each region says that
 * en-US does not need (a UK "I've done my back in", an Australian "my back's rooted", an Indian
 * "my leg is paining since morning"). author.ts calls writeRegionalModels after writing en-US;
 * lambda/test/model/locale-models.test.ts checks each file is what this writes.
 */
import { writeFileSync } from 'node:fs';
import { localeModelPath, type InteractionModelJson } from './locale-model';
import type { RegionalAdditions } from './prune';

export const ENGLISH_REGIONS = ['en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;
type Region = (typeof ENGLISH_REGIONS)[number];

interface Extras {
  readonly samples?: Readonly<Record<string, readonly string[]>>;
  /** Slot type → value id → synonyms added. */
  readonly synonyms?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** A cry with the word for whoever is listening ("ouch mate", "ow yaar"): pain, said whole, before a catch-all takes the cry as its opener. */
const cries = ['ow', 'ouch', 'ooh', 'argh', 'ah', 'ahh', 'ow ow'].flatMap((cry) => ['mate', 'love', 'yaar', 'bro', 'man', 'pal'].map((to) => `${cry} ${to}`));
/** Openers that carry no meaning of their own, so the words after them reach the classifier whole. */
const openers = ['right', 'blimey', 'crikey', 'bloody hell', 'oh bloody hell', 'oh heck', 'flipping heck', 'ahh', 'aah', 'eee', 'strewth', 'arrey',
  'aiyo', 'yaar', 'mate', 'me', 'both me', 'basically'].map((opener) => `${opener} {feeling}`);

/** A cry and the body part it is about ("ooh me hip", "ow my groin"): pain, whatever the region's word for "my". */
const criesAbout = ['ow', 'ouch', 'ooh', 'argh', 'ahh', 'eee', 'ooft', 'ow ow'].flatMap((cry) => [`${cry} me {bodyPart}`, `${cry} my {bodyPart}`]);
/**
 * A sign said as being there ("pins and needles are there in my toes", Indian English) or around a place ("round me backside"):
 * the symptom first, then where.
 */
const signThere = ['{symptom}'].flatMap((sign) => ['is there', 'are there', 'is coming', 'is happening', 'coming', 'there'].flatMap((there) =>
  ['', 'in my {bodyPart}', 'in me {bodyPart}', 'round me {bodyPart}', 'round my {bodyPart}', 'around my {bodyPart}', 'since morning', 'since yesterday']
    .map((where) => `${sign} ${there} ${where}`.trim())));

/** What Britain, Australia and India share (Canada's English is close enough to en-US's). */
const shared: Readonly<Record<string, readonly string[]>> = {
  PainIntent: [...cries, ...criesAbout],
  DescribeFeelingIntent: [...openers, ...['on the', 'on', 'took', 'took a', 'had a', 'lying', 'lying in', 'urine', 'the wee', 'wee'].map((o) => `${o} {feeling}`)],
  WarningSignIntent: [...signThere, '{symptom} round me {bodyPart}', '{symptom} round my {bodyPart}', '{symptom} all round my {bodyPart}',
    ...['{symptom}', 'the {symptom}'].flatMap((sign) => ["i've ever had", 'i have ever had', 'ever', 'of my life', "i've ever felt", 'in my life'].map((t) => `${sign} ${t}`))],
  'AMAZON.NextIntent': ['righto', 'right', 'cheers', 'ta', 'lovely', 'okay'].flatMap((o) => ["what's next", 'next', 'next one', 'next please', 'on we go'].map((n) => `${o} ${n}`)),
  'AMAZON.PauseIntent': ['just a minute', 'hang on', 'hold on', 'one sec', 'just a sec', 'give us a sec', 'give me a sec'].flatMap((o) =>
    ['', "the kettle's boiling", "the door's going", "someone's at the door", "the phone's ringing"].map((r) => `${o} ${r}`.trim())),
  'AMAZON.ResumeIntent': ['kindly continue', 'please continue', 'kindly resume', 'carry on please', 'do continue', 'kindly carry on'],
  'AMAZON.StopIntent': ["that's me done for today", "that's me done", "that's me", "i'm done for today", "that'll do me", "that's me finished"],
  SkipIntent: ['not that one', 'not this one', 'no not that one'].flatMap((o) => ['move on', 'next', 'skip it', 'next one'].map((t) => `${o} ${t}`)),
  StartRoutineIntent: ['something', 'something for', 'a quick one', 'a quick one for', 'the', 'my', 'just the'].flatMap((o) => ['{routine}', '{routine} please'].map((t) => `${o} ${t}`)),
};
/** Routine words Britain, Australia and India share: "a quick one at my desk", "something before bed". */
const sharedSynonyms: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  RoutineType: { morning: ['early morning', 'early morning routine'], workday: ['at my desk', 'my desk', 'desk', 'at the desk', 'quick one at my desk'],
    evening: ['evening session', 'before bed', 'bedtime'] },
};
const sharing: readonly Region[] = ['en-GB', 'en-AU', 'en-IN'];

const EXTRAS: Readonly<Record<Region, Extras>> = {
  'en-GB': {
    samples: {
      PainIntent: ['I\'ve done my {bodyPart} in', 'I think I\'ve done my {bodyPart} in', 'my {bodyPart}\'s gone', 'my {bodyPart} is giving me gyp',
        'that\'s giving me gyp', 'that smarts', 'ooh that smarts', 'that\'s proper {pain}', 'it\'s murder on my {bodyPart}',
        'owch', 'ooft', 'ooya', 'yeowch', 'ouchy', 'eee that hurts', 'ooh that nips', 'that nips'],
      'AMAZON.NextIntent': ['crack on', 'let\'s crack on', 'right then next', 'go on then', 'righto'],
      'AMAZON.YesIntent': ['go on then', 'yes please love', 'aye', 'righto', 'lovely'],
      'AMAZON.NoIntent': ['no ta', 'nah ta', 'you\'re alright'],
      'AMAZON.StopIntent': ['that\'ll do', 'that\'ll do for today', 'I\'m knackered'],
      ProgressIntent: ['how am I getting on', 'how am I getting on then'],
      // Openers that carry no meaning of their own, so the words after them reach the classifier whole.
      DescribeFeelingIntent: ['right {feeling}', 'blimey {feeling}', 'crikey {feeling}', 'bloody hell {feeling}', 'oh heck {feeling}',
        'should I see my physio {feeling}', 'should I see my GP {feeling}', 'should I ring my GP {feeling}', 'me {feeling}', 'me back {feeling}',
        'both me {feeling}', 'ooh {feeling}', 'eee {feeling}'],
      // British Indian English, as en-IN has it: "tingling sensation is there in my foot".
      WarningSignIntent: ['{symptom} is there in my {bodyPart}', '{symptom} sensation is there in my {bodyPart}', '{symptom} sensation in my {bodyPart}'],
    },
    synonyms: { BodyPartType: { glute: ['bum', 'arse'], bladder: ['wee'] }, SymptomType: { fever: ['feeling grotty', 'a bit grotty'] } },
  },
  'en-CA': {
    samples: {
      'AMAZON.NextIntent': ['next eh', 'okay next eh', 'let\'s keep going eh'],
      'AMAZON.YesIntent': ['yes eh', 'for sure', 'yeah for sure'],
      PainIntent: ['that hurts eh', 'ouch eh', 'that\'s sore eh'],
    },
    synonyms: { RoutineType: { workday: ['coffee break', 'coffee'] }, BodyPartType: { glute: ['butt', 'tailbone'] } },
  },
  'en-AU': {
    samples: {
      PainIntent: ['my {bodyPart} is rooted', 'my {bodyPart}\'s rooted', 'my {bodyPart} is stuffed', 'my {bodyPart}\'s stuffed', 'that\'s killing me mate',
        'strewth that hurts', 'my {bodyPart} is cactus'],
      'AMAZON.NextIntent': ['righto next', 'next one mate', 'keep going mate', 'onward'],
      'AMAZON.YesIntent': ['yeah nah yeah', 'too right', 'no worries', 'yep mate'],
      'AMAZON.NoIntent': ['nah mate', 'yeah nah', 'nah yeah nah'],
      'AMAZON.StopIntent': ['I\'m done mate', 'that\'ll do mate', 'I\'m stuffed'],
      DescribeFeelingIntent: ['strewth {feeling}', 'crikey {feeling}', 'mate {feeling}', 'me {feeling}', 'yeah nah {feeling}'],
    },
    synonyms: { SymptomType: { fever: ['crook', 'feeling crook', 'a bit crook'] }, BodyPartType: { glute: ['bum', 'date'] }, RoutineType: { workday: ['smoko', 'smoko break'] } },
  },
  'en-IN': {
    samples: {
      PainIntent: ['my {bodyPart} is paining', 'my {bodyPart} is paining a lot', 'it is paining', 'it is paining too much', 'pain is coming in my {bodyPart}',
        'I am getting pain in my {bodyPart}', 'there is pain in my {bodyPart}', 'my {bodyPart} is paining since morning'],
      WarningSignIntent: ['my {bodyPart} is having {symptom}', 'I am having {symptom} since morning', 'I am having {symptom} since yesterday',
        '{symptom} is coming in my {bodyPart}', 'there is {symptom} in my {bodyPart} since morning', '{symptom} is there in my {bodyPart}',
        '{symptom} sensation is there in my {bodyPart}', '{symptom} sensation in my {bodyPart}', 'I am getting {symptom} in my {bodyPart}'],
      'AMAZON.NextIntent': ['next one please', 'go ahead next', 'proceed', 'please proceed', 'do the next one'],
      'AMAZON.YesIntent': ['yes yes', 'haan', 'ok ok', 'yes do it'],
      'AMAZON.NoIntent': ['no no', 'nahi'],
      HoldDurationIntent: ['how much time I have to hold', 'how much time to hold', 'for how much time I should hold'],
      DescribeFeelingIntent: ['arrey {feeling}', 'aiyo {feeling}', 'yaar {feeling}', 'actually what happened is {feeling}', 'basically {feeling}',
        'since morning {feeling}', 'should I see a doctor {feeling}'],
      ProgressIntent: ['what is my progress', 'tell my progress', 'how much I have done'],
    },
    synonyms: { SymptomType: { numbness: ['numbness is there'], severe: ['too much pain', 'very much pain'] }, RoutineType: { workday: ['office', 'tea break'] } },
  },
};

/** A region's model: en-US's, with the region's samples and synonyms added (none already there is repeated). */
export function regionalModel(enUsText: string, region: Region): string {
  const model = JSON.parse(enUsText) as InteractionModelJson;
  const lm = model.interactionModel.languageModel;
  const extras = EXTRAS[region];
  const taken = new Set(lm.intents.flatMap((i) => (i.samples ?? []).map((s) => s.toLowerCase())));
  const added = [...Object.entries(extras.samples ?? {}), ...(sharing.includes(region) ? Object.entries(shared) : [])];
  for (const [name, samples] of added) {
    const intent = lm.intents.find((i) => i.name === name);
    if (!intent) throw new Error(`${region}: en-US has no ${name}`);
    for (const sample of samples) {
      if (taken.has(sample.toLowerCase())) continue;
      taken.add(sample.toLowerCase());
      (intent.samples ??= []).push(sample);
    }
  }
  const synonymSets = [extras.synonyms ?? {}, ...(sharing.includes(region) ? [sharedSynonyms] : [])];
  for (const [typeName, byId] of synonymSets.flatMap((set) => Object.entries(set))) {
    const type = lm.types?.find((t) => t.name === typeName);
    if (!type) throw new Error(`${region}: en-US has no slot type ${typeName}`);
    for (const [id, synonyms] of Object.entries(byId)) {
      const value = type.values.find((v) => v.id === id);
      if (!value) throw new Error(`${region}: ${typeName} has no value ${id}`);
      const all = new Set([value.name.value, ...value.name.synonyms].map((s) => s.toLowerCase()));
      for (const synonym of synonyms) if (!all.has(synonym.toLowerCase())) value.name.synonyms.push(synonym);
    }
  }
  return `${JSON.stringify(model, null, 2)}\n`;
}

/** Writes en-GB, en-CA, en-AU and en-IN from the en-US model text author.ts just wrote. */
export function writeRegionalModels(enUsText: string): void {
  for (const region of ENGLISH_REGIONS) writeFileSync(localeModelPath(region), regionalModel(enUsText, region));
}

/** Every sample and synonym any region adds, for author.ts to know what a region's model could read differently from en-US's. */
export function regionalAdditions(): RegionalAdditions {
  const regions = ENGLISH_REGIONS.map((region) => ({ extras: EXTRAS[region], shares: sharing.includes(region) }));
  return {
    samples: regions.flatMap(({ extras, shares }) =>
      [...Object.entries(extras.samples ?? {}), ...(shares ? Object.entries(shared) : [])].flatMap(([intent, samples]) => samples.map((sample) => ({ intent, sample })))),
    synonyms: regions.flatMap(({ extras }) =>
      Object.entries(extras.synonyms ?? {}).flatMap(([type, byId]) => Object.entries(byId).map(([id, synonyms]) => ({ type, id, synonyms })))),
  };
}
