/**
 * The English models beyond en-US (en-GB, en-CA, en-AU, en-IN): en-US's model, which author.ts
 * already writes from how people in all these countries talk, plus what each region says that
 * en-US does not need (a UK "I've done my back in", an Australian "my back's rooted", an Indian
 * "my leg is paining since morning"). author.ts calls writeRegionalModels after writing en-US;
 * lambda/test/model/locale-models.test.ts checks each file is what this writes.
 */
import { writeFileSync } from 'node:fs';
import { cross, localeModelPath, type InteractionModelJson } from './locale-model';
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

/** What holds a stretch ("how long do I keep this going for"), the British "for" at the end kept. */
const holdThis = cross(['how long do I', 'how long am I meant to'], ['hold this', 'hold it', 'keep this going', 'stay like this'], ['for', '']);
/** "Have you got a shorter one", "is there a quicker one", "can I get a longer one": an opener, then the routine's length. */
const lengthOpeners = ['got', 'have you got', 'is there', 'get', 'give', 'give us', 'do you have'];
/** Why a stretch should change ("I'm stiff as a board", "this is dead easy"), said alone or before the ask. */
const tooHard = ["I'm not bendy enough for this", "I can't get down that far", "I'm stiff as a board", 'too tough this one', "this one's too hard", "I can't reach"];
const tooEasy = ['this is dead easy', 'this is too easy', "I'm barely feeling this", 'this is a doddle', "that's a doddle", 'easy peasy'];

/**
 * Everyday patterns every English region beyond the US shares, each a carrier crossed with the
 * region's words, not a list of sentences: tiredness ends a session ("I'm knackered"), "crack
 * on" goes on, "have a go at" and "I fancy" start a routine, "how am I going" and "clocked up"
 * ask for progress, "hang about" and "just a tick" pause, "a wee minute" is small (Scotland),
 * and the British "for" closes a question ("how long do I hold this for"). The asides around a
 * request ("I'm knackered, let's …", "hang on, the kettle's boiled") are the resolver's regional
 * fillers (tools/nlu/languages.ts); here each ask is said once.
 */
const everyday: Readonly<Record<string, readonly string[]>> = {
  PainIntent: cross(['agh', 'aagh', 'aggh', 'owch', 'ooya', 'yeowch', 'oof', 'ooft'], ['', '{feeling}']),
  // Numb "down below" said with when it is felt ("numb down below when I wipe", "no feeling on the loo"): saddle numbness, an emergency.
  WarningSignIntent: cross(['{symptom}', "I'm {symptom}", 'gone {symptom}'], ['{bodyPart} when I wipe', 'when I wipe', '{bodyPart} on the toilet',
    'on the toilet', 'down {bodyPart} when I wipe']),
  'AMAZON.StopIntent': [...cross(["I'm"], ['knackered', 'done in', 'shattered', 'wrecked', 'buggered', 'cream crackered', 'pooped', 'whacked', 'bushed', 'zonked'],
    ['', 'for today', "that's me"]), ...cross(["that'll do", "that'll do me", "that's me done", "that's me finished"], ['', 'for today', 'for now'])],
  'AMAZON.PauseIntent': ['hang about', 'hold your horses', 'just a tick', 'hang on a tick', 'half a tick', 'hold on a mo', 'hang on a mo', 'just a mo',
    'half a mo', 'wait a mo', 'give us a minute', 'give us a second', 'give us a mo', 'give me a mo', 'give me a tick', 'a wee minute', 'just a wee minute',
    'give me a wee minute', 'wait one minute', 'pause a sec', 'pause a minute', 'i need the loo', 'i need the toilet', "the kettle's boiled",
    "someone's at the door"],
  'AMAZON.ResumeIntent': [...cross(['', 'right', 'sorted'], ['off we go again', 'off we go', "let's get going again", 'crack on then', 'back to it',
    "let's get back to it", 'carry on then', "let's keep going"]), ...cross(['pick up where I left off', 'carry on where I left off'], ['yesterday', 'last time', 'the other day'])],
  'AMAZON.NextIntent': ['crack on', "let's crack on", 'on to the next one', 'onto the next one', 'on to the next', 'next one then'],
  'AMAZON.YesIntent': ['aye', 'aye go on', 'aye please', 'go on then', 'yeah go on', 'yeah go on then', 'too right', 'sweet as', 'grand', 'grand so', 'lovely',
    'righto', 'haan', 'haan ji', 'ji haan', 'achha', 'nah yeah', 'for sure', 'sure thing', 'you bet', 'bang on', 'spot on', 'go for it', 'yes please ta'],
  'AMAZON.NoIntent': [...cross(['no', 'nah', 'no thanks'], ["I'm right", "I'm alright", "I'm good", "I'm fine", "I'll leave it", "I'll pass", 'not today',
    'maybe later']), 'not the now', 'not just now', 'no need', "I'll leave it", "I'll pass", "no worries I'll leave it", "no worries I'll pass"],
  SkipIntent: [...cross(['nah', 'nope'], ['skip it', 'skip this one', 'not this one', 'move on']),
    ...cross(['skip this one', 'skip it', 'skip this'], ['and carry on', 'and keep going', 'and move on'])],
  'AMAZON.PreviousIntent': ['take me back to the last stretch', 'take me back to the last one', 'back to the last one', 'back to the previous one', 'back one'],
  'AMAZON.RepeatIntent': ['say that once more', 'once more', 'say it once more', 'one more time', 'say again', 'come again'],
  'AMAZON.StartOverIntent': ['start again from scratch', 'from scratch', 'start from the top again', 'from the top', 'back to the very start'],
  ListRemindersIntent: ['which reminders are set', 'what reminders are set', 'do I have any reminders on', 'any reminders on', 'what reminders have I got on'],
  HoldDurationIntent: [...holdThis, 'how many seconds for this one', 'how many seconds for this', 'the holding time', "what's the holding time",
    'what is the holding time', 'tell me the holding time'],
  HowManyLeftIntent: [...cross(['how many', 'how many more', 'how many stretches'], ['are left to go', 'left to go', 'to do', 'remaining', 'have we got', 'have we got left', 'left to do',
    'have I got left']), 'how much of this is left', 'how much is left of this', 'how much of it is left'],
  WhatDoesThisStretchIntent: [...cross(["what's", 'what is'], ['this', 'this one', 'this stretch'], ['in aid of', 'called again', 'doing for me', 'meant to do',
    'for then']), ...cross(['what is the use of', "what's the point of", 'what is the benefit of'], ['this', 'this stretch', 'this one']),
  ...cross(['what muscle does', 'which muscle does'], ['this', 'this one'], ['work on', 'work']), 'this stretch is for what', 'this is for what'],
  WhichSideIntent: [...cross(['which leg', 'which side'], ['do I start on', 'do I start with', 'am I meant to be on', 'are we meant to be on', 'are we on then']),
    ...cross(['have we done', 'have I done', 'did we do'], ['this side', 'this side already', 'this leg already']), 'is this my left or my right', 'left or right'],
  TellMeMoreIntent: ['explain in detail', 'explain it in detail', 'explain it properly', 'explain properly', 'explain a bit more', 'explain more',
    'give me the full rundown', 'give me the rundown', 'the full rundown', 'run me through it', 'talk me through it', 'tell me more about how to do it'],
  EasierIntent: [...cross(tooHard, ['', 'make it easier', 'give me an easier one', 'give me something gentler', 'easier please']), 'go easier on me', 'go easy on me',
    'take it easy on me'],
  HarderIntent: cross(tooEasy, ['', 'make it harder', 'give me something harder', 'make it tougher']),
  ShorterIntent: [...cross(lengthOpeners, ['a shorter one', 'a quicker one', 'anything shorter', 'something shorter', 'a shorter routine']), 'a bit shorter', 'shorter please',
    'a shorter session', 'a shorter routine'],
  LongerIntent: [...cross(lengthOpeners, ['a longer one', 'anything longer', 'something longer', 'a longer routine']), "I've heaps of time give me a longer one",
    'a longer session', 'a longer routine'],
  ProgressIntent: ['how am I going', 'how have I been going', "how've I been going", 'how am I tracking', 'how did I get on', 'how have I got on',
    'am I doing alright', 'am I doing okay', 'am I doing well', 'what week am I up to', 'what day am I up to', "what's my streak at", "what's my streak up to",
    "how's my progress looking", "how's my progress going", ...cross(['how many'], ['sessions', 'stretches', 'minutes', 'days'],
      ['have I clocked up', 'have I racked up', 'have I put in', 'have I done'])],
  DeleteDataIntent: cross(['delete', 'wipe', 'clear', 'get rid of', 'erase'], ['my records', 'my details', 'all my details', "everything you've got on me"]),
  'AMAZON.HelpIntent': ['what can I say to you', 'what do I say to you', 'help me out', 'help me out here', 'give us a hand', 'how does this thing work',
    'what can you do for me', 'what are the options', 'what can I ask you', 'tell me what to say', 'what am I meant to say'],
  StartRoutineIntent: [
    ...cross(['crack on with', 'get cracking with', 'have a go at', 'I fancy', 'keen for', "I'd love", 'put on', 'kindly start'],
      ['the {routine}', 'my {routine}', 'a {routine}']),
    ...cross(['put', 'stick'], ['the {routine}', 'my {routine}'], ['on']), 'get the {routine} done', 'get my {routine} done',
    ...cross(['stretches', 'a stretch', 'some stretches'], ['before', 'after'], ['{routine}', 'the {routine}', 'my {routine}']),
    ...cross(['{routine}', 'the {routine}'], ['before work', 'after work', 'before brekkie', 'after tea', 'after my tea', 'before the telly', 'before bed']),
    'get stretching', 'time to get stretching', 'keen for a stretch', 'fancy a stretch', 'up for a stretch', 'I fancy a stretch', 'get cracking with a routine',
    'a wee {routine}', 'a wee stretch', 'a wee break',
  ],
};
/** A routine's name with the word for what it is ("morning routine", "evening stretches", "the work one"), so a carrier of its own reads it whole. */
const named = (...names: string[]): string[] => cross(names, ['routine', 'one', 'stretches', 'session']);

/** Routine words every English region beyond the US uses: "brekkie", "smoko", "arvo", "the telly", "the office one". */
const everydaySynonyms: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  RoutineType: {
    morning: [...named('morning', 'early morning', 'brekkie', 'wake up'), 'breakfast', 'brekkie', 'before brekkie', 'brekkie stretches', 'morning stretches', 'morning one', 'first thing in the morning', 'wake up stretches'],
    evening: [...named('evening', 'night', 'bedtime', 'night time'), 'tea', 'my tea', 'the telly', 'bedtime stretches', 'night one', 'nightly', 'before the telly', 'after tea', 'tea time', 'evening stretches', 'evening one', 'bedtime one'],
    workday: [...named('workday', 'work', 'work break', 'desk', 'office', 'lunch break', 'workday break'), 'smoko', 'smoko break', 'smoko stretches', 'arvo break', 'cuppa', 'tea break', 'elevenses', 'office one', 'work one', 'work break one', 'desk one',
      'wee break', 'break from work'],
  },
};

/** What Britain, Australia, India and Canada share: Canada's English is close to en-US's, but its speakers come from all of these, and a sign must be read whoever says it. */
const shared: Readonly<Record<string, readonly string[]>> = {
  PainIntent: [...cries, ...criesAbout],
  DescribeFeelingIntent: [...openers, ...cross(['should I see', 'should I ring', 'do I need to see', 'should I go to'], ['my physio', 'my GP', 'a doctor', 'a physio'], ['{feeling}']),
    ...['on the', 'on', 'took', 'took a', 'had a', 'lying', 'lying in', 'urine', 'the wee', 'wee'].map((o) => `${o} {feeling}`)],
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
  BodyPartType: { groin: ['bottom and between my legs', 'bum and between my legs', 'backside and between my legs', 'my bits', 'me bits', 'nether regions'] },
  RoutineType: { morning: ['early morning', 'early morning routine'], workday: ['at my desk', 'my desk', 'desk', 'at the desk', 'quick one at my desk'],
    evening: ['evening session', 'before bed', 'bedtime'] },
};
const sharing: readonly Region[] = ['en-GB', 'en-AU', 'en-IN', 'en-CA'];

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
  const added = [...Object.entries(extras.samples ?? {}), ...(sharing.includes(region) ? Object.entries(shared) : []), ...Object.entries(everyday)];
  for (const [name, samples] of added) {
    const intent = lm.intents.find((i) => i.name === name);
    if (!intent) throw new Error(`${region}: en-US has no ${name}`);
    for (const sample of samples) {
      if (taken.has(sample.toLowerCase())) continue;
      taken.add(sample.toLowerCase());
      (intent.samples ??= []).push(sample);
    }
  }
  const synonymSets = [extras.synonyms ?? {}, ...(sharing.includes(region) ? [sharedSynonyms] : []), everydaySynonyms];
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
      [...Object.entries(extras.samples ?? {}), ...(shares ? Object.entries(shared) : []), ...Object.entries(everyday)].flatMap(([intent, samples]) => samples.map((sample) => ({ intent, sample })))),
    synonyms: regions.flatMap(({ extras, shares }) =>
      [extras.synonyms ?? {}, ...(shares ? [sharedSynonyms] : []), everydaySynonyms].flatMap((set) =>
        Object.entries(set).flatMap(([type, byId]) => Object.entries(byId).map(([id, synonyms]) => ({ type, id, synonyms }))))),
  };
}
