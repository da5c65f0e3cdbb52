/**
 * Authors skill-package/interactionModels/custom/en-US.json by structure: carrier phrases x slot
 * types with synonyms for the custom intents, and lead-ins x cores for the built-in intents (which
 * cannot take custom slots). The JSON it writes is the model Alexa builds; nothing is generated at
 * runtime. Written from how people talk on the mat (UK/US/AU/IN English), never from the held-out
 * corpus. `npm run model` rewrites the file; lambda/test/model/authored-model.test.ts checks that the
 * committed file is what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { regionalAdditions, writeRegionalModels } from './en-regional';
import { withoutWrappedSamples } from './prune';
import { EVERYDAY_TURNS } from './everyday-turns';
import { EVERYDAY_HEARD } from './everyday-heard';
import { EVERYDAY_SPOKEN } from './everyday-spoken';
import { cross, type ModelIntent, type SlotValue } from './locale-model';
import { REMINDER_SAMPLES, REMINDER_TYPES } from './reminders';
import { customRoutineIntents, customRoutineTypes } from './custom-routine';
import { LEADING_FILLERS } from '../nlu/builtins';
import { PRUNING_ENGLISH } from '../nlu/index';
import { bothForms, CONDITION_ASKED, EVERYDAY, EVERYDAY_MORE, EVERYDAY_POINTED, EVERYDAY_STRUCTURES } from './everyday';
import { EVERYDAY_ASKS } from './everyday-asks';
import { EVERYDAY_CLAUSES } from './everyday-clauses';

export const modelPath = path.resolve(__dirname, '../../skill-package/interactionModels/custom/en-US.json');

interface InteractionModel {
  interactionModel: { languageModel: { intents: ModelIntent[]; types?: Array<{ name: string; values: SlotValue[] }> } };
}

const spaces = (s: string): string => s.replace(/\s+/g, ' ');

/** Every combination of the parts, joined by single spaces (an empty string drops out). */
/** Lead-ins x cores x trailers: the shape of most built-in intents' samples. */
function lead(leads: readonly string[], cores: readonly string[], trails: readonly string[] = ['']): string[] {
  // A hesitation ("um") is dropped from what was said before it is read, by Alexa and by both
  // resolvers here, so a sample that opens with one is never the one matched.
  const said = leads.filter((l) => !HESITATIONS.includes(l));
  return said.flatMap((l) => cores.flatMap((c) => trails.filter((t) => !closingIsDropped(l, c, t)).map((t) => spaces(`${l} ${c} ${t}`).trim())));
}
const HESITATIONS = ['um', 'erm', 'uh'];
/** Words a routine's slot samples open or end on around "please" ("a {routine} please", "the {routine} one please"): a core like that keeps its "please". */
const ROUTINE_NOUNS = /\b(?:one|routine|stretch|stretches|session|workout|break)$|^(?:a|an|the|my) /i;
/**
 * A closing "please", "then" or "mate" is dropped from what was said before it is matched
 * (tools/nlu/builtins.ts), so "how long do I hold please" need not be a sample beside "how long do
 * I hold". It stays where the words would be claimed first by the catch-all ("sorry …") or a slot
 * sample ("{routine} please", "… one please"): where the core is one word, ends on a routine's
 * noun, opens with words that are dropped too ("let's …") or opens like talk about the body.
 */
function closingIsDropped(leadIn: string, core: string, trail: string): boolean {
  if (!['please', 'then', 'mate'].includes(trail) || core.split(' ').length < 2 || ROUTINE_NOUNS.test(core)) return false;
  const keys = core.toLowerCase().replace(/'/g, '');
  if (LEADING_FILLERS.some((f) => keys === f.replace(/'/g, '') || keys.startsWith(`${f.replace(/'/g, '')} `))) return false;
  return !opensLikeBodyTalk(spaces(`${leadIn} ${core}`).trim());
}

// Fillers ("um", "okay") and politeness ("please", "mate") crossed around every core were tried: the
// exact resolver gained one held-out point and the statistical NLU lost four (everyday) and ten (warning
// signs), drowned by the navigation intents' size. They stay where each intent's own lead-ins put them.

/** The ways a request is put: bare, wanted, asked for, proposed. */
const ASK = ['', 'I want to', 'can we', 'could you', 'can you', 'let\'s'];

function cat(...lists: readonly (readonly string[])[]): string[] {
  return lists.flat();
}

function unique(samples: readonly string[]): string[] {
  const seen = new Set<string>();
  return samples.filter((s) => {
    const k = s.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A cry said once, twice and three times over ("hurts", "hurts hurts", "hurts hurts hurts"): people in pain repeat the word. */
function said_again(word: string): [string, ...string[]] {
  return [word, `${word} ${word}`, `${word} ${word} ${word}`];
}

function value(id: string, name: string, ...synonyms: string[]): SlotValue {
  return { id, name: { value: name, synonyms } };
}

// ---------------------------------------------------------------- slot types


const TYPES: Record<string, SlotValue[]> = {
    'RoutineType': [
        value('evening', 'evening', 'night', 'nighttime', 'night time', 'bedtime', 'before bed', 'evening recovery', 'end of day',
              'tonight', 'tonight\'s', 'evening\'s', 'full', 'long', 'wind down', 'relaxing', 'after work', 'last thing at night',
              'bed', 'going to bed', 'winding down', 'evenin',
              // Said of the moment, before asking for a stretch ("I'm off to bed, give me a stretch").
              'bed time', 'going to bed soon', 'i\'m going to bed', 'i\'m going to bed soon', 'off to bed', 'i\'m off to bed', 'heading to bed',
              // As a recogniser may write "evening".
              'evenings',
              // The evening said as what it is for, or when ("something to relax before sleep", "my nightly stretch").
              'nightly', 'relax before sleep', 'relax before bed', 'unwind before bed', 'wind down before bed', 'end of the night',
              'the end of the night', 'home from work', 'i\'m home from work', 'going to sleep', 'fixing to go to bed', 'i\'m fixing to go to bed', 'before sleep',
              'with the breathing before bed'),
        value('morning', 'morning', 'wake-up', 'wake up', 'waking up', 'morning activation', 'a.m.', 'early', 'start of day',
              'first thing', 'morning\'s', 'this morning\'s', 'getting up', 'breakfast', 'a m', 'when i get up',
              'when you get up', 'first thing when you get up', 'first thing when i get up', 'first thing in the morning', 'mornin',
              // Said of the moment ("I just woke up, let's stretch").
              'just woke up', 'i just woke up', 'i\'ve just woken up', 'just got up', 'i just got up', 'just got out of bed', 'i just got out of bed',
              'good morning', 'when i wake up',
              // As a recogniser may write "morning".
              'mourning',
              // The morning said as what it is for ("something to start my day", "I just rolled out of bed").
              'start my day', 'start the day', 'rolled out of bed', 'just rolled out of bed', 'i just rolled out of bed', 'before breakfast',
              'wake up one', 'wake my hips up', 'get me going'),
        value('workday', 'workday', 'work', 'work day', 'working day', 'desk', 'office', 'break', 'workday break', 'work break',
              'work day break', 'desk break', 'office break', 'quick', 'short', 'quick break', 'short break', 'lunch', 'lunchtime',
              'lunch break', 'lunchtime break', 'lunch time', 'lunch time break', 'sitting', 'chair', 'two minute', 'quick desk', 'computer',
              // As a recogniser may write "break".
              'brake', 'workday brake', 'work brake', 'work day brake', 'desk brake', 'office brake', 'word day', 'word day break',
              'work stretch', 'work stretches', 'my desk', 'the desk', 'the office', 'between meetings',
              // Said of the moment ("I'm at my desk, need a break"), and the break named for what it is.
              'at my desk', 'i\'m at my desk', 'at work', 'i\'m at work', 'at the computer', 'i\'m at the computer', 'been at the computer',
              'i\'ve been at the computer', 'been at my desk', 'sitting at my desk', 'been sitting at my desk', 'i\'ve been sitting at my desk',
              'sitting at work', 'stretch break', 'a stretch break',
              // The day said as how long it has been sat through ("I've been at my desk all day").
              'sitting all day', 'been sitting all day', 'i\'ve been sitting all day', 'at my desk all day', 'been at my desk all day',
              'i\'ve been at my desk all day', 'at the computer all day', 'i\'ve been at the computer all day', 'quick one at my desk',
              'a quick one at my desk', 'sat down all day', 'i\'ve been sat down all day',
              'break from work', 'a break from work', 'quick break from work', 'a quick break from work', 'break from my desk', 'a break from my desk',
              'break from sitting', 'a break from sitting',
              // The day said as where and how it is sat through ("I've been hunched over a laptop", "stuck in a chair on zoom calls").
              'working from home', 'i\'m working from home', 'hunched over a laptop', 'been hunched over a laptop', 'i\'ve been hunched over a laptop',
              'on the computer', 'been on the computer', 'i\'ve been on the computer', 'sat at my desk', 'been sat at my desk', 'i\'ve been sat at my desk',
              'sitting in the car', 'been sitting in the car', 'i\'ve been sitting in the car', 'sitting too long', 'been sitting too long', 'i\'ve been sitting too long',
              'stuck in a chair', 'been stuck in a chair', 'i\'ve been stuck in a chair', 'stuck in a chair on zoom calls', 'i\'ve been stuck in a chair on zoom calls',
              'on zoom calls', 'zoom calls', 'a few minutes between meetings', 'i\'ve got a few minutes between meetings', 'desk thing',
              'two minute desk thing', 'cubicle', 'in my cubicle', 'standing up at work', 'seated stretches', 'at my desk seated', 'quick office', 'office stretch', 'break from the computer', 'stretch break from the computer', 'sitting at work', 'the sitting at work'),
    ],
    'BodyPartType': [
        value('hip', 'hip', 'hips', 'hip joint', 'hip flexor', 'hip flexors', 'front of my hip', 'side of my hip', 'outer hip'),
        value('back', 'back', 'lower back', 'low back', 'spine', 'upper back', 'lumbar', 'middle back', 'side'),
        value('knee', 'knee', 'knees', 'kneecap', 'back of my knee'),
        value('groin', 'groin', 'inner thigh', 'inner thighs', 'crotch', 'saddle area', 'between my legs', 'private parts',
              'privates', 'genitals', 'down below', 'down there', 'pelvis', 'pelvic floor',
              // "numb down there": the carrier "{symptom} down {bodyPart}" leaves the euphemism's last word alone.
              'there', 'below',
              // The saddle region is often named in two parts at once: "my groin and inner thighs".
              // Sitting on the toilet is where saddle numbness is noticed: "numb on the toilet seat".
              'toilet', 'toilet seat', 'loo', 'loo seat',
              // As a recogniser may write "groin", and the place said by what it does.
              'groan', 'where I sit', 'the bit I sit on', 'the part I sit on',
              ...cross(['groin', 'bottom', 'bum', 'inner thighs', 'privates', 'backside', 'crotch'], ['and', 'and my'],
                ['groin', 'bottom', 'bum', 'inner thighs', 'privates', 'backside', 'crotch']).filter((pair) => new Set(pair.split(' and ')).size === 2)),
        value('leg', 'leg', 'thigh', 'thighs', 'calf', 'calves', 'hamstring', 'hamstrings', 'shin', 'shins', 'quad', 'quads',
              'left leg', 'right leg', 'one leg', 'other leg', 'whole leg', 'back of my leg', 'back of my thigh', 'leg muscles'),
        value('bothLegs', 'both legs', 'legs', 'both my legs', 'both of my legs', 'both sides', 'both feet', 'both my feet',
              'both of my feet', 'both knees', 'both my knees', 'both of my knees', 'both thighs', 'both my thighs',
              'both calves', 'both my calves', 'both ankles', 'both my ankles', 'both hips', 'both my hips', 'both of them',
              'both my legs and feet', 'my legs and feet', 'legs and feet', 'either leg', 'neither leg', 'neither of my legs',
              'my legs', 'the legs', 'both the legs'),
        value('foot', 'foot', 'feet', 'toes', 'toe', 'big toe', 'ankle', 'ankles', 'heel', 'heels', 'sole', 'left foot',
              'right foot', 'arch'),
        value('neck', 'neck', 'shoulder', 'shoulders'),
        value('glute', 'glute', 'glutes', 'butt', 'backside', 'bum', 'bottom', 'buttocks', 'buttock', 'bum cheeks', 'behind',
              'rear', 'tailbone', 'sit bones', 'piriformis', 'bomb'),
        value('wrist', 'wrist', 'wrists', 'hand', 'hands', 'arm', 'arms', 'fingers', 'elbow'),
        value('bladder', 'bladder', 'wee', 'pee', 'urine', 'water', 'waterworks', 'blather'),
        // Indian English "motion" for the bowels ("motion is not in my control").
        value('bowel', 'bowel', 'bowels', 'poo', 'bowel movements', 'back passage', 'number twos', 'motion', 'motions', 'stool'),
    ],
    'SymptomType': [
        value('numbness', 'numbness', 'numb', 'num', 'numb ness', 'gone numb', 'going numb', 'went numb', 'all numb', 'no feeling',
              'lost feeling', 'lost all feeling', 'a dead feeling', 'dead', 'gone dead', 'going dead', 'fallen asleep',
              'gone to sleep', 'falling asleep', 'asleep', 'like it has fallen asleep', 'like it\'s fallen asleep', 'feel',
              'feeling', 'numb and funny', 'funny and numb', 'numb and cold', 'deadened', 'frozen',
              'gone off to sleep', 'no sensation', 'lost sensation', 'like cotton wool', 'wooden', 'feel anything',
              'feel a thing'),
        value('tingling', 'tingling', 'tingly', 'tingle', 'a tingle', 'a tingling feeling', 'tingles', 'pins and needles',
              'prickling', 'prickly', 'buzzing', 'fizzy', 'fizzing', 'fuzzy', 'a fizzy feeling', 'crawling', 'all tingly',
              'electric tingles', 'needles', 'zinging', 'static', 'bubbling', 'like ants', 'pricking',
              // As a recogniser may write them ("tinkling", "pins and needless"), and as images.
              'tinkling', 'tinkly', 'pins and needless', 'ants crawling', 'ants under my skin', 'buzzy', 'like static'),
        value('weakness', 'weakness', 'weak', 'really weak', 'a bit weak', 'gone weak', 'giving way', 'giving out', 'gave way',
              'gave out', 'gives way', 'buckling', 'buckled', 'a weak leg', 'no strength', 'collapsing', 'collapsed',
              'lift', 'lift up', 'raise', 'move', 'hold me up', 'hold my weight', 'take my weight', 'support me', 'like jelly',
              'dragging', 'flopping', 'floppy', 'slapping', 'strength', 'lost strength', 'lost the strength', 'foot drop',
              'drop foot', 'walk', 'stand', 'stand up', 'get up', 'wobbly', 'unsteady', 'no power', 'lost power', 'push off',
              'push up', 'do what i tell it', 'gone from under me'),
        value('radiating', 'shooting pain', 'a shooting pain', 'shooting pains', 'burning pain', 'a burning pain',
              'pain shooting down my leg', 'radiating pain', 'burning pain down my leg', 'an electric shock', 'electric shocks',
              'pain running down my leg', 'pain going down my leg', 'shooting', 'shoots', 'shoots down', 'shoots into',
              'goes down', 'goes into', 'goes right down into', 'goes all the way down', 'goes all the way down to',
              'runs down', 'running down', 'travels down', 'travels down to', 'travelling down', 'travelling down to',
              'traveling down to', 'spreads into', 'spreads down', 'spreading down', 'spreading into', 'going down',
              'going into', 'radiates down', 'radiating down', 'below', 'below my knee', 'down past', 'past', 'into',
              'going right into', 'going right down', 'right into', 'down into', 'right down into', 'down to', 'shooting into',
              'shooting down', 'burning down', 'burning down into', 'down the back of', 'all the way into'),
        value('bladderBowel', 'bladder problems', 'control', 'control my bladder', 'control my bowels', 'bowel problems',
              'lost control of my bladder', 'lost control of my bowels', 'wet', 'wet myself', 'peed', 'peed myself', 'weed',
              'weed myself', 'pooed', 'pooed myself', 'soiled', 'soiled myself', 'leaked', 'leaking', 'incontinence',
              'trouble peeing', 'hold', 'hold it in', 'bladder control problems', 'bowel control problems',
              'trouble with my bladder', 'trouble with my bowels', 'a bowel accident', 'a bladder accident',
              'a toilet accident', 'go to the toilet', 'go to the loo', 'tell when i need the toilet',
              'tell when i need the loo', 'tell when i need to wee', 'tell when i need to pee', 'feel when i need the toilet',
              'feel when i need the loo', 'feel when i need to go'),
        value('saddle', 'saddle numbness', 'numbness in my groin', 'a numb groin', 'numbness between my legs',
              'numb between my legs', 'numbness around my bottom', 'saddle area numbness', 'a numb bottom', 'a numb bum',
              'feel the toilet paper', 'feel it when i wipe'),
        value('severe', 'severe pain', 'unbearable pain', 'worsening pain', 'pain that is getting worse', 'excruciating pain',
              'really bad pain', 'the worst pain', 'terrible pain', 'agony', 'in agony', 'getting worse', 'worse',
              'getting worse and worse', 'severe', 'unbearable', 'excruciating', 'terrible', 'horrendous', 'the worst',
              'the worst ever', 'the worst i have ever had', 'the worst i\'ve ever had', 'ten out of ten', 'bear',
              'bear it', 'stand it', 'stand the pain', 'bear the pain', 'worse and worse', 'worse than ever',
              'much worse', 'worse every day', 'the worst pain of my life', 'worst pain of my life', 'the worst pain ever',
              'worst pain ever', 'worst pain', 'absolute agony', 'pure agony', 'agonising', 'agonizing', 'a ten out of ten',
              'nine out of ten', 'off the scale', 'off the charts', 'through the roof', 'cope', 'cope with it', 'ten out of ten pain',
              'worst'),
        value('fall', 'a fall', 'fell', 'fell over', 'fell down', 'fell off', 'had a fall', 'had an accident', 'an accident',
              'been in an accident', 'a car accident', 'slipped and fell', 'slipped', 'tripped', 'tripped over',
              'tripped and fell', 'took a tumble', 'a tumble', 'landed on my back', 'landed on my bum', 'came off my bike',
              'fell off my bike', 'crashed', 'was in a crash', 'a crash', 'fell on my back', 'fell on my hip',
              'fell down the stairs', 'slipped on the ice', 'a bump', 'a knock', 'hurt it falling', 'went flying', 'a prang',
              'whiplash', 'a collision', 'lost my balance', 'lost my footing', 'missed a step', 'came off a ladder'),
        value('fever', 'fever', 'a fever', 'a temperature', 'a high temperature', 'temperature', 'chills', 'the chills',
              'feverish', 'the shivers', 'shivery', 'shivering', 'hot and cold', 'hot and shivery', 'the sweats',
              'night sweats', 'sweating', 'unwell', 'really unwell', 'ill', 'sick', 'crook', 'poorly', 'under the weather',
              'the flu', 'flu', 'fluey', 'rough', 'a bit rough', 'burning up', 'running a temperature',
              'not well', 'not very well', 'clammy', 'rotten', 'a bug', 'a virus', 'an infection'),
        value('night', 'pain at night', 'at night', 'wakes me up', 'wakes me', 'wakes me up at night', 'wakes me at night',
              'wake me up', 'woke me up', 'keeps me awake', 'keeps me up at night', 'keeps me awake at night',
              'worse at night', 'night pain', 'in the night', 'during the night', 'every night', 'when i lie still',
              'when i\'m lying still', 'even lying still', 'when i lie down', 'sleep', 'get to sleep', 'in bed', 'stops me sleeping'),
        value('cramp', 'cramp', 'a cramp', 'cramps', 'cramping', 'cramped', 'cramped up', 'cramping up', 'a charley horse',
              'charley horse', 'charlie horse', 'a muscle cramp', 'seized up', 'a spasm', 'spasming', ...said_again('cramp').slice(1),
              'cramp ow', 'cramp cramp ow'),
    ],
    'PainType': [
        value('hurts', ...said_again('hurts'), 'hurting', 'hurt', 'really hurts', 'hurts a lot', 'hurts too much', 'hurts so much',
              'is hurting', 'painful', 'too painful', 'really painful', 'a bit painful', 'paining', 'is paining',
              'killing me', 'is killing me', 'in pain', 'not happy'),
        value('sore', ...said_again('sore'), 'really sore', 'a bit sore', 'very sore', 'tender', 'aching', 'aches', 'achy', 'throbbing',
              'throbs'),
        value('sharp', 'sharp', 'a bit sharp', 'really sharp', 'too sharp', 'stabbing', 'stings', 'stinging', 'biting'),
        value('burning', 'burning', 'burns', 'on fire', 'red hot'),
        value('pinching', 'pinching', 'pinches', 'pinchy', 'a bit pinchy', 'twinging', 'twingy', 'niggling', 'grabbing'),
        value('tooMuch', 'too much', 'way too much', 'a bit too much', 'too intense', 'too strong', 'too far', 'too deep',
              'overdoing it', 'screaming', 'screaming at me', 'uncomfortable', 'really uncomfortable', 'a bit uncomfortable',
              'not comfortable', 'not comfortable at all', 'not nice', 'not right', 'not good', 'wrong', 'bad'),
    ],
    'SensationType': [
        value('pain', 'pain', 'a pain', 'some pain', 'a lot of pain', 'sharp pain', 'a sharp pain', 'a stabbing pain',
              'a burning feeling', 'a burning sensation', 'burning', 'a sting', 'a pinch', 'a pinching', 'pinching',
              'a pinching feeling', 'a twinge', 'twinges', 'a sharp twinge', 'a pop', 'a popping', 'a click', 'a crack',
              'a snap', 'a twang', 'a tear', 'a jolt', 'a stab', 'discomfort', 'some discomfort', 'an ache', 'a dull ache',
              'a sore spot', 'a strain', 'a pull', 'a sharp pull', 'something pop', 'something go', 'something snap',
              'something tear', 'something pull', 'something click', 'something twang', 'something give'),
    ],
    'StrainType': [
        value('strain', 'pulled something', 'pulled a muscle', 'pulled it', 'pulled my hamstring', 'strained it',
              'strained something', 'strained a muscle', 'tweaked it', 'tweaked something', 'tore something',
              'torn something', 'hurt it', 'hurt myself', 'hurt something', 'did something', 'done something',
              'popped something', 'overdid it', 'overstretched', 'overstretched it', 'went too far', 'pushed too far',
              'pushed it too far', 'twisted it', 'twisted something', 'jarred it', 'cricked it', 'ricked it'),
    ],
    'ConditionType': [
        value('groinPain', 'groin pain', 'a pinching groin', 'pinching in my groin', 'pinching in the front of my hip',
              'hip arthritis', 'arthritis in my hip', 'a bone spur', 'bursitis', 'hip impingement', 'impingement',
              'a labral tear', 'hip bursitis', 'arthritis', 'osteoarthritis', 'arthritis in my hips', 'hip problems', 'a dodgy hip', 'dodgy hip',
              'rheumatoid arthritis', 'arthritis in both hips', 'arthritis in both my hips', 'psoriatic arthritis', 'gout'),
        value('hipInjury', 'hip injury', 'injured hip', 'hip is injured', 'bad hip', 'hurt hip', 'hip replacement',
              'new hip', 'hip surgery', 'hip done', 'my hip done', 'sore hip injury', 'a hip operation', 'hip op', 'hip has been replaced', 'hip was replaced',
              'a hip replacement', 'hip replaced', 'my hip replaced', 'hips replaced', 'replaced hip', 'a replaced hip',
              // Named by the surgeon's or the clinic's word: "a prosthetic hip", "hip dysplasia", "a torn labrum".
              'both hips replaced', 'both my hips replaced', 'a prosthetic hip', 'prosthetic hip', 'an artificial hip', 'artificial hip', 'hip dysplasia',
              'a torn labrum', 'torn labrum', 'a labrum tear', 'a hip fracture', 'a broken hip', 'hip resurfacing'),
        value('backInjury', 'back injury', 'injured back', 'back is injured', 'bad back', 'slipped disc', 'a slipped disc',
              'herniated disc', 'a herniated disc', 'bulging disc', 'a bulging disc', 'disc problem', 'back surgery',
              'back operation', 'a back operation', 'spinal surgery', 'a prolapsed disc', 'a bad back', 'arthritis in my back',
              'a dodgy back', 'dodgy back', 'herniated disk', 'a herniated disk', 'slipped disk', 'a slipped disk',
              'an operation on my spine', 'operation on my spine', 'spine surgery', 'a spine operation', 'arthritis in my lower back', 'arthritis in my spine',
              'a spinal fusion', 'spinal fusion', 'a fusion', 'a discectomy', 'discectomy', 'a laminectomy', 'laminectomy', 'scoliosis', 'spinal stenosis',
              'stenosis', 'spondylolisthesis', 'degenerative disc disease', 'a degenerated disc', 'ankylosing spondylitis'),
        value('kneeProblem', 'knee problem', 'bad knee', 'bad knees', 'sore knees', 'knee injury', 'knees are bad',
              'knees can\'t kneel', 'trouble kneeling', 'knee pain', 'knee replacement', 'a knee replacement',
              'knee surgery', 'a knee operation', 'knee done', 'my knee done', 'dodgy knees', 'a dodgy knee', 'arthritis in my knees', 'arthritis in my knee',
              'knee has been replaced', 'knee was replaced', 'knees have been replaced', 'knee replaced', 'my knee replaced', 'knees replaced',
              // Said as what the knees cannot do: "kneeling is hard for me".
              'kneeling', 'kneeling down', 'getting on my knees', 'getting down on my knees'),
        value('sciatica', 'sciatica', 'a trapped nerve', 'trapped nerve', 'a pinched nerve', 'pinched nerve'),
        value('pregnancy', 'pregnancy', 'pregnant', 'expecting', 'expecting a baby', 'having a baby', 'with child',
              'just had a baby', 'a baby', 'a baby recently', 'given birth', 'had a baby',
              ...['three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map((n) => `${n} months pregnant`)),
        value('osteoporosis', 'osteoporosis', 'brittle bones', 'thin bones', 'osteopenia'),
        // Joints that go too far: the coach has no rule of its own for it, so the gentle versions and the shortest holds.
        value('hypermobility', 'hypermobility', 'hypermobile', 'ehlers danlos', 'double jointed', 'really loose joints'),
        value('surgery', 'recent surgery', 'surgery', 'an operation', 'stitches', 'a c section', 'c section', 'a caesarean', 'a cesarean', 'a hernia operation', 'a hernia repair'),
    ],
}

// ---------------------------------------------------------------- custom intents
const MY = ['my', 'the', '', 'my left', 'my right', 'the left', 'the right', 'left', 'right']
const WHEN = ['', 'yesterday', 'today', 'last week', 'this morning', 'last night', 'earlier', 'recently', 'a few days ago',
        'at the weekend', 'last month', 'this week', 'a few years back', 'in the spring', 'last spring', 'last summer', 'last winter', 'two years ago', 'a while back', 'on the left side', 'on the right side']

const start_verbs = ['start', 'begin', 'do', 'play', 'give me', 'let\'s do', 'let\'s start', 'I want to do',
               'I\'d like to do', 'I want', 'I\'d like', 'I need', 'can we do', 'can I do', 'can I have', 'time for',
               'take me through']
const start_dets = ['', 'my', 'the', 'a']
const start_nouns = ['', 'routine', 'stretches', 'stretch', 'session', 'one', 'workout', 'break']
const start_routine = cat(
    cross(start_verbs, start_dets, ['{routine}'], start_nouns)
    , cross(['', 'the', 'a', 'my'], ['{routine}'], ['routine', 'stretches', 'stretch', 'session', 'one', 'workout', 'break', 'please', 'routine please', 'one please'])
    , ['{routine}', 'the {routine}', 'a {routine}', 'my {routine}', 'the {routine} one for work', 'stretches for {routine}',
       'a stretch for {routine}', 'something for {routine}']
    , cross(['start', 'begin', 'do', 'give me', 'I want', 'I\'d like', 'I need', 'can I have', 'let\'s do', 'can we do'],
            ['a routine', 'my routine', 'a stretch routine', 'my stretches', 'some stretches', 'a stretch', 'a session',
             'today\'s routine', 'a workout', 'some stretching'])
    // Where and when it is for, said after the routine: "a quick stretch at my desk", "the full one for tonight".
    , cross(['', 'I need', 'let\'s do'], ['a {routine} stretch', 'a {routine} break', 'the {routine} one'],
            ['at my desk', 'at work', 'at the office', 'for work', 'for tonight', 'before bed', 'for the morning', 'to wake up'])
    , ['start stretching', 'let\'s stretch', 'let\'s start', 'let us begin', 'let\'s begin', 'let\'s get started',
       'let\'s get going', 'get started', 'I want to stretch', 'I\'d like to stretch', 'I need to stretch', 'I need a stretch',
       'stretch with me', 'let\'s do some stretching', 'today\'s routine', 'begin stretching', 'can we stretch',
       'I want to do some stretches', 'time to stretch', 'start a routine']
)

const pain_exclaims = ['ouch', 'ow', 'owww', 'ow ow', 'ow ow ow', 'ouch ouch', 'yikes', 'ouchie', 'argh', 'aargh', 'yowch',
                 'eek', 'ah ow', 'oh ow', 'ooh ow', 'ow ouch', 'owie', 'yeow']
/** Open cries ("aah"): pain said alone, but never a lead-in for other words ("ah never mind" is no cry of pain). */
const open_cries = ['aah', 'ahh', 'ah ah ah', 'aah aah']
const pain_samples = cat(
    ['this hurts', 'that hurts', 'it hurts', 'something hurts', 'I feel pain', 'I\'m in pain', 'I am in pain', 'I hurt',
     'I\'m hurting', 'I am hurting', 'stop it hurts', 'stop that hurts', 'stop stop it hurts', 'it\'s too much',
     'that doesn\'t feel right', 'this doesn\'t feel right', 'it doesn\'t feel right', 'that\'s not right']
    , pain_exclaims
    , open_cries
    , cross(['no', 'no no', 'no no no', 'oh no', 'stop stop', 'wait wait'], ['that hurts', 'it hurts', 'this hurts', 'ow', 'ouch',
             'that\'s {pain}', 'it\'s {pain}', 'my {bodyPart}'])
    , cross(pain_exclaims, ['that hurts', 'it hurts', 'my {bodyPart}', 'that\'s {pain}', 'it\'s {pain}', 'stop'])
    // how it feels: "my hip is sore", "it's a bit sharp", "my hamstring is screaming"
    , cross(['{bodyPart}', '{bodyPart} is', '{bodyPart} feels', 'my left {bodyPart}', 'my right {bodyPart}',
             'my left {bodyPart} is', 'my right {bodyPart} is'], ['{pain}'])
    , cross(['my {bodyPart}', 'the {bodyPart}', 'my {bodyPart} is', 'my {bodyPart} feels', 'my {bodyPart} is a bit',
             'my {bodyPart} is getting', 'my {bodyPart} is really', 'the {bodyPart} is', 'my {bodyPart} is very',
             'it', 'it\'s', 'it is', 'that', 'that\'s', 'that is', 'this', 'this is', 'it feels', 'that feels',
             'this feels', 'it\'s a bit', 'that\'s a bit', 'this is a bit', 'it\'s getting', 'it is getting', 'it\'s really',
             'that\'s really', 'this stretch', 'this stretch is', 'this one', 'this one is', 'that one is', 'this position is',
             'it\'s quite', 'that\'s quite', 'ooh that\'s', 'oh that\'s', 'ooh it\'s', 'my {bodyPart} doesn\'t feel',
             'I\'m', 'I am', 'I feel'], ['{pain}'])
    , ['{pain}', 'a bit {pain}', 'really {pain}', 'too {pain}', 'quite {pain}', 'getting {pain}', '{pain} now']
    , cross(['it', 'it\'s', 'it is', 'that\'s', 'this is', 'that is', '{pain}', 'I feel', 'I\'m'], ['in my {bodyPart}'], [''])
    , cross(['it', 'that', 'this', 'this stretch', 'this one'], ['{pain} my {bodyPart}'])
    // what was felt: "I felt a twinge", "I felt something pop in my hip"
    , cross(['I feel', 'I felt', 'I can feel', 'I\'ve got', 'I have', 'I have got', 'I\'m getting', 'I am getting', 'I get',
             'I just felt', 'I think I felt', 'there\'s', 'there is', 'there was', 'I had', 'got', 'just felt', 'felt'],
            ['{sensation}'], ['', 'in my {bodyPart}', 'in the {bodyPart}', 'there', 'then', 'just then'])
    , cross(['{sensation}'], ['', 'in my {bodyPart}'])
    // "A twinge there" with the sensation's own words, not its slot: a slot before "there" took any word at all ("hello there" was pain).
    , cross(unique((TYPES['SensationType'] ?? []).flatMap((v) => [v.name.value, ...v.name.synonyms]).flatMap((w) => [w, w.replace(/^(?:a|an|some) /, '')])),
            ['there', 'in there'])
    , cross(['{sensation} in my {bodyPart}', 'my {bodyPart}'], ['hurts', 'is hurting', 'really hurts'])
    // what happened: "I think I pulled something"
    , cross(['I', 'I think I', 'I\'ve', 'I have', 'I think I\'ve', 'I just', 'I might have', 'I may have', 'I feel like I',
             'oh no I', 'I reckon I', 'I\'m sure I', 'I guess I'], ['{strain}'], ['', 'in my {bodyPart}', 'there'])
    , cross(['I {strain}', 'I think I {strain}'], ['my {bodyPart}'])
    , ['I hurt my {bodyPart}', 'I\'ve hurt my {bodyPart}', 'I think I hurt my {bodyPart}', 'I have hurt my {bodyPart}',
       'I pulled my {bodyPart}', 'I strained my {bodyPart}', 'I tweaked my {bodyPart}', 'I think I pulled my {bodyPart}',
       'I think I strained my {bodyPart}', 'it hurts my {bodyPart}', 'my {bodyPart} does not like this',
       'my {bodyPart} doesn\'t like this', 'my {bodyPart} doesn\'t like that', 'my {bodyPart} does not like that',
       'my {bodyPart} is not liking this', 'my {bodyPart} is not happy', 'my {bodyPart} is not happy about this',
       'my body doesn\'t like this', 'my body does not like this', 'I don\'t like this', 'I do not like this',
       'I don\'t like this one', 'this one hurts my {bodyPart}', 'I can feel it in my {bodyPart} and it hurts']
)

const S = '{symptom}'
const B = '{bodyPart}'
const warning_samples = cat(
    [S, 'I have {symptom}', 'I\'ve got {symptom}', 'I have got {symptom}', 'I feel {symptom}', 'I\'m feeling {symptom}', 'I am feeling {symptom}',
     'I\'m having {symptom}', 'I am having {symptom}', 'there\'s {symptom}', 'there is {symptom}', 'I am {symptom}', 'I\'m {symptom}', 'I {symptom}',
     'I just {symptom}', 'I can\'t {symptom}', 'I cannot {symptom}', 'I can not {symptom}', 'I have a {symptom}', 'I\'m getting {symptom}',
     'I am getting {symptom}', 'I get {symptom}', 'I keep getting {symptom}', 'I\'ve been getting {symptom}', 'I had {symptom}', 'I was in {symptom}',
     'I\'ve had {symptom}', 'I have had {symptom}', 'I\'ve been {symptom}', 'I feel really {symptom}', 'I feel a bit {symptom}',
     'I\'m running {symptom}', 'I am running {symptom}', 'I think I have {symptom}', 'I think I\'ve got {symptom}', 'I think I\'m {symptom}',
     'the pain is {symptom}', 'my pain is {symptom}', 'the pain {symptom}', 'the pain is {symptom} my {bodyPart}', 'the pain {symptom} my {bodyPart}',
     'the pain {symptom} my {bodyPart} too', 'pain {symptom} my {bodyPart}', 'it {symptom} my {bodyPart}', 'it\'s {symptom} my {bodyPart}', 'it is {symptom} my {bodyPart}',
     'it {symptom}', 'it\'s {symptom}', 'it is {symptom}', 'it\'s getting {symptom}', 'it is getting {symptom}', 'the pain is getting {symptom}',
     'this is {symptom}', 'my {bodyPart} pain {symptom}', 'my {bodyPart} pain is {symptom}', 'the {bodyPart} pain {symptom}', 'I get {symptom} in my {bodyPart}']
    , cross(['I', 'I just', 'I think I', 'I\'ve', 'I had', 'I have had'], [S], WHEN.filter((w) => w !== ''))
    , cross(['I have', 'I feel', 'I\'ve got', 'I have got', 'I\'m getting', 'I am getting', 'there\'s', 'there is', '',
             'I get', 'I keep getting', 'I can feel', 'I\'m feeling', 'I have lost', 'I\'ve lost', 'I lost', 'I\'ve got a',
             'I have a', 'there\'s a', 'I feel a', 'I can\'t', 'I cannot', 'I can not', 'I\'ve got no', 'I have no',
             'there is no', 'I can\'t really'],
            [S], ['in my', 'down my', 'of my', 'into my', 'my', 'in both my', 'through my', 'around my', 'in the', 'between my',
                  'on my', 'all down my', 'down into my', 'in both'], [B])
    , cross(MY, [B], ['is', 'feels', 'has gone', 'went', 'is going', 'is getting', 'are', 'feel', 'keeps', 'keeps going',
                      'just', 'has', 'is all', 'feels all', 'has been', 'is still', 'feels like it has', 'feels like it\'s',
                      'keeps on', 'seems', 'is a bit', 'feels a bit', 'is really', 'feels really', 'won\'t', 'will not',
                      'can\'t', 'doesn\'t', 'is starting to', 'just keeps', 'is kind of', 'has been going', 'is',
                      'went all', 'goes', 'is totally', 'has started', 'will', '', 'feels so', 'feel really'], [S])
    // "Both" is said inside the body-part slot ("both my knees"), so the words that make it urgent reach the classifier.
    , cross(['suddenly my', 'suddenly', 'all of a sudden my', 'all of a sudden', 'out of nowhere', 'out of nowhere my',
             'out of the blue', 'out of the blue my'], [B],
            ['are', 'feel', 'have gone', 'went', 'just', 'are going', 'are getting', 'keep', '', 'feel really', 'feel so', 'are really'], [S])
    // The sign said with where it is and since when ("numbness in my crotch since this morning").
    , cross(['', 'I have', 'I\'ve got', 'I\'ve had', 'I have had'], [S], ['in my', 'down my', 'into my'], [B], ['since this morning', 'since yesterday',
            'since last night', 'all day', 'now', 'too', 'again', 'on and off'])
    // The sign said first, then where or how it goes: "sciatica going right into my calf", "worst pain of my life".
    , cross(['', 'pain', 'the pain', 'my sciatica', 'sciatica', 'burning pain', 'a burning pain', 'shooting pain', 'nerve pain'], [S],
            ['my {bodyPart}', 'the {bodyPart}'])
    // After a bare sign only words that are a sign themselves: any others ("help me") would let an
    // unknown first word ("erm help me") be read as a sign.
    , cross([S], ['i can\'t bear it', 'i can\'t take it', 'i can\'t stand it'])
    , cross(['I have', 'I\'ve got', 'I feel', ''], [S], ['in', 'down', 'all down'], [B])
    // "prickly feeling in my foot": the symptom words, then what kind of feeling, then where.
    , cross(['', 'I have a', 'I\'ve got a', 'there\'s a'], [S], ['feeling', 'sensation'], ['in my', 'in the', 'down my'], [B])
    , cross([B], [S])
    , cross([S], ['on the', 'when I sit on the', 'sitting on the'], [B])
    // A sign as a bare noun phrase, often said again: "numb foot", "weak leg", "numb groin", "numbness again", "pins and needles again".
    // Without a body part only "again": the symptom values hold verbs ("stand", "hold"), and "stand still" is no sign.
    , cross([S], [B], ['', 'again', 'still', 'again now']), [`${S} again`]
    // Severe pain named with where it is: "the worst back pain of my life", "worst hip pain ever".
    , cross(['', 'the', 'this is the', 'it\'s the', 'that\'s the', 'by far the'], ['{symptom} {bodyPart} pain'],
            ['', 'ever', 'of my life', 'i\'ve ever had', 'i have ever had'])
    , cross(['I {symptom}'], ['myself', 'a bit', 'a little', 'a bit of wee', 'a little wee', 'on the stairs', 'on the ice',
                              'at work', 'in the shower', 'in the bath', 'when i sneezed', 'and hurt my back',
                              'and hurt my {bodyPart}', 'and landed on my {bodyPart}', 'on my {bodyPart}'])
    , cross(['I feel', 'I\'m', 'I am', 'I\'ve been', 'I feel really', 'I\'m feeling'], [S], ['and my {bodyPart} hurts',
                                                                                        'and my {bodyPart} is sore',
                                                                                        'and have back pain',
                                                                                        'and back pain',
                                                                                        'and my back aches'])
    , cross(['I have', 'I\'ve got', 'I get'], ['{symptom}'], ['and my {bodyPart} hurts', 'and back pain', 'with my back pain'])
    , ['I have {symptom} in my {bodyPart} and legs']
    , cross(['my {bodyPart}', '{bodyPart}'], ['is not coming', 'is not coming properly', 'not coming', 'not coming properly', 'is not in my control', 'is not in control'])
    , cross([S], ['is there in my', 'is coming in my', 'is there in both'], [B])


    // asked as a question: "why is my foot tingling", "is it normal that my leg went numb"
    , cross(['why is', 'why does', 'why has', 'why\'s', 'is it normal that', 'is it normal for', 'is it bad that',
             'is it okay that', 'should I worry that', 'what does it mean if', 'why'],
            ['my {bodyPart}', 'my {bodyPart} is', 'my {bodyPart} feels', 'my {bodyPart} keeps', 'my {bodyPart} went',
             'my {bodyPart} has gone', 'my {bodyPart} feel', 'my {bodyPart} going', 'I have', 'I feel', 'I get', 'I\'m',
             'I'], ['{symptom}'])
)

// ---------------------------------------------------------------- built-in intents


const BUILTINS: Record<string, string[]> = {
    'AMAZON.NextIntent': lead(
        ['', 'okay', 'ok', 'alright', 'right', 'yep', 'done', 'that\'s done'],
        ['next', 'next one', 'the next one', 'next stretch', 'the next stretch', 'on to the next', 'on to the next one',
         'onto the next one', 'onto the next', 'move on', 'let\'s move on', 'move on to the next', 'let\'s move on to the next',
         'move on to the next one', 'move along', 'carry on', 'let\'s carry on', 'keep going', 'let\'s keep going', 'go on',
         'continue', 'let\'s go', 'what\'s next', 'what now', 'what next', 'next thing', 'go to the next one',
         'go to the next', 'go to next', 'kindly go to next', 'ready for the next one', 'I\'m ready for the next one',
         'I\'m ready', 'I am ready', 'ready', 'done with this one', 'finished this one', 'done with that one',
         'that one\'s done', 'can we move on', 'can we go on', 'can we carry on', 'can we do the next one',
         'let\'s do the next one', 'do the next one', 'on we go', 'forward', 'I\'m done with this one',
         'I think I\'m done with this one', 'can we go to the next one'],
        ['', 'please', 'then', 'mate']),
    'AMAZON.PreviousIntent': lead(
        ['', 'can we', 'let\'s', 'okay', 'please', 'can you'],
        ['go back', 'back', 'go back one', 'go back a step', 'back one', 'back a step', 'previous', 'previous one',
         'the previous one', 'previous stretch', 'the previous stretch', 'the one before', 'the one before again',
         'do the one before again', 'the last one', 'the last one again', 'last one again', 'do the last one again',
         'redo the last one', 'go back to the last one', 'back to the last one', 'go back to the previous one',
         'back to the previous one', 'return to the previous one', 'go to the previous one', 'the last stretch again',
         'do that one again', 'go back to that one', 'go back to the last stretch', 'back to the last stretch'],
        ['', 'please']),
    'AMAZON.RepeatIntent': cat(lead(
        ['', 'sorry', 'huh', 'pardon', 'what', 'sorry what', 'eh'],
        ['repeat', 'repeat that', 'repeat it', 'say that again', 'say it again', 'say again', 'come again', 'pardon me',
         'what was that', 'what did you say', 'I missed that', 'I didn\'t catch that', 'I didn\'t hear you',
         'I didn\'t hear that', 'can you repeat that', 'could you repeat that', 'can you say that again', 'one more time',
         'once more', 'again', 'what was that again', 'I missed it', 'I did not catch that', 'come again please',
         'repeat the instructions', 'what did you just say'],
        ['', 'please']), ['pardon', 'sorry', 'huh', 'what', 'sorry what', 'eh', 'what\'s that']),
    'AMAZON.PauseIntent': lead(
        ['', 'okay', 'sorry', 'oh'],
        ['pause', 'pause it', 'pause this', 'pause that', 'pause the routine', 'pause the stretch', 'pause the timer',
         'paws', 'pours', 'wait', 'wait wait', 'wait a minute', 'wait a second', 'wait a sec', 'wait a moment',
         'hold on', 'hold on a sec', 'hold on a second', 'hold on a minute', 'hang on', 'hang on a sec', 'hang on a second',
         'hang on a minute', 'give me a minute', 'give me a second', 'give me a sec', 'give me a moment', 'one moment',
         'one sec', 'one second', 'one minute', 'just a minute', 'just a sec', 'just a second', 'just a moment',
         'stop the timer', 'can you wait', 'can we pause', 'can you pause', 'could you pause', 'could you wait',
         'I need a minute', 'I need a second', 'I need a moment', 'I need a break', 'let me catch my breath',
         'time out', 'take a break', 'pause for a bit', 'wait for me', 'can you wait for me', 'let me get comfortable',
         'let me get into position', 'not yet'],
        ['', 'please']),
    'AMAZON.ResumeIntent': lead(
        ['', 'okay', 'right', 'alright'],
        ['resume', 'resume the routine', 'resume it', 'unpause', 'I\'m back', 'I am back', 'back now', 'back now continue',
         'I\'m back now', 'ready again', 'let\'s continue', 'let\'s resume', 'pick up where we left off',
         'pick up where I left off', 'continue where I left off', 'continue where we left off', 'carry on where we left off',
         'carry on from where we were', 'carry on from where I was', 'back to it', 'let\'s get back to it',
         'where were we', 'let\'s pick up again', 'start it up again', 'unpause it', 'I\'m ready to go again',
         'keep going from there', 'continue the routine', 'carry on with the routine'],
        ['', 'please']),
    'AMAZON.StopIntent': lead(
        ['', 'okay', 'actually'],
        ['stop', 'stop it', 'stop now', 'stop the routine', 'stop hip coach', 'stop stretching', 'stop the session', 'end',
         'end it', 'end the routine', 'end the session', 'end session', 'that\'s enough', 'that\'s enough for today',
         'enough', 'enough for today', 'I\'ve had enough', 'I have had enough', 'I\'ve had enough for today', 'no more',
         'no more today', 'done for now', 'done for today', 'I\'m done for today', 'I\'m done for now', 'I am done for today',
         'I\'m finished', 'I am finished', 'I\'m finished for today', 'let\'s call it a day', 'call it a day',
         'that\'s it for today', 'that\'s all for today', 'that\'s all', 'quit', 'I quit', 'finish', 'finish the routine',
         'finish here', 'I want to stop', 'I\'d like to stop', 'let\'s stop', 'let\'s stop there', 'let\'s stop here',
         'stop here', 'stop there', 'we can stop', 'turn it off', 'switch off', 'be quiet', 'goodbye', 'bye',
         'bye bye', 'I have to go', 'I need to go', 'I\'ve got to go', 'I gotta go', 'gotta go', 'leave it there',
         'leave it for today', 'I\'m out', 'shut up', 'I can\'t do any more', 'no more stretches', 'stop the stretches',
         'finish the workout', 'finish the session', 'quit the routine', 'I have to go now', 'that\'s enough for me'],
        ['', 'please', 'thanks']),
    'AMAZON.CancelIntent': lead(
        ['', 'oh', 'no', 'actually'],
        ['cancel', 'cancel that', 'cancel it', 'never mind', 'nevermind', 'forget it', 'forget that', 'forget about it',
         'scratch that', 'don\'t worry', 'don\'t bother', 'ignore that'],
        ['']),
    'AMAZON.HelpIntent': lead(
        ['', 'um', 'can you', 'please'],
        ['help', 'help me', 'help please', 'I need help', 'I need some help', 'give me some help', 'can you help me',
         'what can I say', 'what do I say', 'what can I do', 'what are my options', 'what are the options',
         'how does this work', 'how does hip coach work', 'how does this skill work', 'how do I use this',
         'how do I use hip coach', 'what can you do', 'I\'m confused', 'I\'m lost', 'I\'m stuck', 'what do I do now',
         'what should I say', 'what am I supposed to say', 'what do you do', 'how do I work this', 'tell me what to say',
         'what are the commands', 'how does it work'],
        ['']),
    // Home: the start screen, said the ways people name a menu.
    'AMAZON.NavigateHomeIntent': cross(['go', 'take me', 'back', 'go back', 'take me back'], ['home', 'to the main menu', 'to the menu',
        'to the home screen', 'to the home page', 'to the start screen', 'to the main screen']),
    'AMAZON.StartOverIntent': lead(
        ['', 'let\'s', 'can we', 'okay'],
        ['start over', 'start again', 'restart', 'restart the routine', 'restart it', 'start the routine again',
         'start from the beginning', 'from the beginning', 'from the top', 'go back to the start', 'back to the start',
         'back to the beginning', 'go back to the beginning', 'do it all again', 'do the whole thing again',
         'begin again', 'start it again', 'start over again', 'redo the routine', 'take it from the top',
         'start the whole thing over', 'start all over', 'start all over again', 'go back to the first one',
         'start from scratch', 'from the start', 'do the whole routine again'],
        ['', 'please']),
    'AMAZON.YesIntent': [
        'yes', 'yeah', 'yep', 'yup', 'yes please', 'yeah please', 'sure', 'sure thing', 'ok', 'okay', 'okay then',
        'alright', 'all right', 'absolutely', 'definitely', 'of course', 'certainly', 'yes I would', 'I would',
        'yes I do', 'that\'s right', 'correct', 'uh huh', 'mm hmm', 'yeah sure', 'why not', 'go for it', 'sounds good',
        'please do', 'let\'s do it', 'yes let\'s do that', 'let\'s do that', 'I\'d like that', 'yes thanks', 'yes thank you', 'ya', 'yah', 'yea', 'aye', 'righto',
        'right oh', 'too right', 'yes definitely', 'yeah definitely', 'yes of course', 'yes sure', 'sure why not',
        'go ahead', 'do it', 'yeah go ahead', 'I think so', 'yes I think so', 'yes it is', 'yes I am', 'yes I have',
        'I have', 'affirmative', 'yes yes', 'yeah yeah', 'that would be great', 'that would be good', 'please',
        'yes that\'s right', 'you bet', 'perfect', 'great', 'cool', 'fine', 'fine by me', 'sounds great', 'ok sure',
        'okay sure', 'okay yes', 'ok yes', 'yes okay', 'haan', 'ha', 'ji', 'haan ji', 'yes ji', 'sure sure'],
    'AMAZON.NoIntent': [
        'no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not today', 'not right now', 'no I\'m fine',
        'no I am fine', 'nah not today', 'no let\'s not', 'let\'s not', 'I\'m fine', 'I am fine', 'negative', 'not really', 'I don\'t think so', 'no way', 'not at all',
        'I don\'t', 'I do not', 'no I don\'t', 'not me', 'none', 'none of those', 'none of them', 'neither',
        'neither of those', 'no not really', 'no I haven\'t', 'I haven\'t', 'no I have not', 'I have not', 'no it isn\'t',
        'no it\'s not', 'it\'s not', 'no I\'m not', 'I\'m not', 'no none', 'no none of those', 'nah I\'m good',
        'I\'m good', 'no I\'m good', 'no no', 'nope nope', 'no I\'m okay', 'I\'m okay', 'no I am okay', 'no nothing',
        'nothing like that', 'no nothing like that', 'nothing', 'not that I know of', 'no not at all', 'na', 'naah',
        'nahi', 'no ji', 'no thanks mate', 'maybe later', 'another time', 'not this time', 'skip it for now', 'no ta',
        'no cheers', 'not for me'],
}

// ---------------------------------------------------------------- other custom intents (no slots)
const CUSTOM: Record<string, string[]> = {
    'SkipIntent': cat(lead(
        ['', 'can we', 'can I', 'let\'s', 'I want to', 'I\'ll', 'just'],
        ['skip', 'skip this', 'skip this one', 'skip this stretch', 'skip it', 'skip that', 'skip that one', 'skip this won',
         'skip ahead', 'miss this one out', 'miss this one', 'miss it out', 'leave this one out', 'leave this one',
         'leave that one', 'pass on this one', 'pass', 'pass this one', 'not this one', 'do a different one',
         'do another one', 'skip to the next one', 'skip to the next stretch', 'jump this one', 'give this one a miss'],
        ['', 'please']), ['I don\'t want to do this one', 'I do not want to do this one', 'I\'d rather not do this one',
                           'I can\'t do this one', 'not doing this one', 'next stretch please']),
    'HoldDurationIntent': lead(
        ['', 'so', 'like', 'sorry'],
        ['how long', 'how long for', 'how long do I hold', 'how long do I hold this', 'how long do I hold it',
         'how long do I hold for', 'how long should I hold', 'how long should I hold this', 'how long should I hold it',
         'how long should I hold for', 'how long is this hold', 'how long is this', 'how long is this one',
         'how long do I stay here', 'how long do I stay like this', 'how long do I stay in this', 'how long do I keep this',
         'how long do I keep holding', 'how long do I keep going', 'how long do I do this', 'how long do I do this for',
         'how long do we hold', 'how long do we hold this', 'how long are we holding', 'how long are we holding this',
         'how many seconds', 'how many seconds left', 'how many seconds is this', 'how many seconds do I hold',
         'how many more seconds', 'how much longer', 'how much longer do I hold', 'how much longer is this',
         'how much longer on this one', 'how much longer in this', 'when can I let go', 'when do I let go',
         'when can I stop holding', 'when can I come out', 'when do I come out of it', 'when can I relax',
         'when is this over', 'how long have I got', 'how long left on this', 'how long left in this hold',
         'how long left on this stretch', 'is this hold nearly over', 'how long have I been holding',
         'when do I stop', 'how long until I can let go', 'how long till I can let go', 'how long is the hold'],
        ['', 'please']),
    'WhichSideIntent': cat(cross(['which', 'what'], ['side', 'leg', 'hip', 'foot', 'knee', 'way'],
                             ['', 'now', 'first', 'next', 'is it', 'is this', 'is it now', 'am I on', 'are we on', 'am I doing',
                              'are we doing', 'should I do', 'should I be doing', 'I should do', 'do I do', 'do I start with',
                              'is next', 'is it again', 'should I use'])
    , ['is this the left side', 'is this the right side', 'is it left or right', 'left or right', 'left or right side',
       'am I on the left or right', 'have we switched sides', 'have we changed sides', 'do we switch sides',
       'do I switch sides', 'switch sides', 'switch sides now', 'change sides', 'swap sides', 'should I switch sides', 'when do I switch sides', 'when do we switch', 'is it the other side now',
       'is it the other leg now', 'other side now', 'is it my left', 'is it my right', 'left side or right side',
       'which one is it left or right', 'do I swap sides', 'is it time to switch', 'are we on the second side',
       'is this the second side', 'is this the first side', 'have I done both sides']),
    'WhatDoesThisStretchIntent': lead(
        ['', 'um', 'so', 'sorry'],
        ['what stretch is this', 'what is this stretch', 'what\'s this stretch', 'what\'s the name of this stretch',
         'what is the name of this stretch', 'what is this stretch called', 'what\'s this stretch called',
         'what\'s this one called', 'what is this one called', 'what is this called', 'what\'s this called',
         'what is this one', 'what\'s this one', 'what does this stretch', 'what does this stretch do',
         'what does this one do', 'what does this one work on', 'what does this work on', 'what does this work',
         'what does this do', 'what is this for', 'what is this stretch for', 'what is this one for', 'what\'s this for',
         'what\'s this one for', 'what\'s it for', 'what is it for', 'what muscle is this', 'what muscles is this',
         'which muscle is this', 'which muscles is this', 'what muscles does this work', 'what muscles does this stretch',
         'what muscle does this stretch', 'what is it stretching', 'what am I stretching', 'what is this stretching',
         'what\'s this stretching', 'what part of me is this for', 'what part is this for', 'what part am I stretching',
         'what part of my body is this', 'why am I doing this', 'why this one', 'why are we doing this',
         'what\'s the point of this', 'what\'s the point of this one', 'what good is this', 'what is this good for',
         'what\'s this good for', 'what does this help with', 'what does this help', 'what is this doing',
         'what\'s this doing for me', 'which stretch is this', 'what are we stretching', 'what are we doing now',
         'name of this stretch', 'what\'s this one doing', 'what is this one doing'],
        ['', 'please']),
    'HowManyLeftIntent': lead(
        ['', 'so', 'um'],
        ['how many left', 'how many are left', 'how many more', 'how many more stretches', 'how many more to go',
         'how many to go', 'how many stretches to go', 'how many stretches left', 'how many stretches are left',
         'how many more are there', 'how many are there left', 'how much more', 'how much more to go', 'how much is left',
         'how much is left of the routine', 'how much longer is the routine', 'how much longer is this routine',
         'how much longer is the session', 'how long is the rest of the routine', 'how long is the routine',
         'how long is left', 'how long\'s left', 'how long left', 'how much time is left', 'how much time is left in the routine',
         'how much time left', 'how long until we finish', 'how long till we finish', 'how long until we\'re done',
         'how long until I\'m done', 'how far through am I', 'how far through are we', 'how far along are we',
         'where are we up to', 'where am I up to', 'are we nearly done', 'am I nearly done', 'are we almost done',
         'am I almost done', 'are we nearly finished', 'am I nearly finished', 'are we almost there', 'are we nearly there',
         'is it nearly over', 'is this the last one', 'is this the last stretch', 'is that the last one',
         'how many stretches in total', 'how many stretches are there', 'what number is this', 'which number is this',
         'how many have we done', 'how many have we got left', 'how many more do we have', 'what\'s left',
         'what is left', 'how many more after this', 'is there much more', 'is there much left'],
        ['', 'please']),
    'TellMeMoreIntent': cat(lead(
        ['', 'um', 'so', 'sorry', 'can you'],
        ['tell me more', 'more detail', 'more details', 'explain', 'explain that', 'explain it', 'explain it again',
         'explain this stretch', 'explain this one', 'give me the full instructions', 'full instructions',
         'the full instructions', 'how do I do this', 'how do I do this stretch', 'how do I do it', 'how exactly do I do it',
         'how exactly do I do this', 'how do I get into this', 'how do I get into it', 'how do I get into position',
         'how do I get into this stretch', 'what do I do', 'walk me through it', 'walk me through this',
         'talk me through it', 'talk me through this', 'I don\'t understand', 'I do not understand',
         'I don\'t understand how to do this', 'I do not understand how to do this', 'I don\'t get it',
         'I\'m not sure how to do this', 'I\'m not sure what to do', 'describe it', 'describe it again',
         'what position should I be in', 'how should I be positioned', 'am I doing this right', 'am I doing it right',
         'is this right', 'how do I get into the position', 'what am I supposed to do', 'what\'s the position',
         'how do I set up', 'how do I start this one', 'go through it again', 'how does this one go',
         'how is this done', 'I\'m confused about this one', 'what should I be feeling', 'where should I feel this'],
        ['', 'please'])
    , cross(['what do I do with my', 'where does my', 'where do my', 'where should my', 'where do I put my',
             'what should my', 'how do I position my', 'how do I hold my', 'which way does my'], ['{bodyPart}'],
            ['', 'go', 'be', 'go now'])),
    'ProgressIntent': lead(
        ['', 'so', 'um'],
        ['how am I doing', 'how am I getting on', 'how am I getting on so far', 'how am I going', 'how am I doing so far',
         'how have I been doing', 'what\'s my progress', 'what is my progress', 'my progress', 'tell me my progress',
         'give me my progress', 'how\'s my progress', 'show me my progress', 'how many sessions have I done',
         'how many times have I stretched', 'how many minutes have I done', 'how many routines have I done',
         'how many have I done this week', 'how many sessions this week', 'what week am I on', 'which week am I on',
         'what\'s my streak', 'what is my streak', 'how long is my streak', 'how long have I stretched',
         'how long have I been doing this', 'how far along am I', 'am I improving', 'am I getting better',
         'my stats', 'my record', 'progress', 'progress report', 'give me a progress report', 'how many days in a row',
         'how many days have I done', 'how many sessions so far', 'what level am I on', 'what level am I',
         'how\'s it going so far', 'how have I done', 'how did I do this week', 'am I on track', 'my streak',
         'how many stretches have I done', 'what have I done so far', 'how many workouts have I done'],
        ['', 'please']),
    'DeleteDataIntent': cat(cross(['delete', 'erase', 'wipe', 'clear', 'remove', 'reset', 'forget'],
                              ['my data', 'all my data', 'my progress', 'all my progress', 'my records', 'my history',
                               'everything', 'my details', 'everything you know about me', 'everything about me',
                               'what you know about me', 'what you have on me', 'my account', 'my information',
                               'all my information', 'my stats'], ['', 'please'])
    , ['forget me', 'forget about me', 'I want you to forget me', 'I want my data deleted', 'erm delete my records',
       'start afresh and delete my progress', 'delete all my stuff', 'remove me', 'wipe me']),
    'EasierIntent': lead(
        ['', 'can you', 'can we', 'please', 'is there'],
        ['make it easier', 'make this easier', 'easier', 'an easier one', 'an easier version', 'give me an easier version',
         'an easier way to do this', 'an easier way', 'easier way to do this', 'a gentler one', 'a gentler version',
         'gentler', 'make it gentler', 'something gentler', 'something easier', 'a simpler one', 'simpler',
         'something simpler', 'a simpler version', 'this is too hard', 'that\'s too hard', 'too hard', 'too difficult',
         'this is too difficult', 'it\'s too difficult', 'it\'s too hard', 'I can\'t do this', 'I can\'t get into this',
         'I can\'t get down that far', 'I can\'t reach', 'can I do an easier one', 'I need an easier one',
         'I need something easier', 'less intense', 'not so intense', 'tone it down', 'go easier', 'go easy on me',
         'shorter holds', 'make the holds shorter', 'shorter', 'do less', 'less', 'an easier stretch', 'a gentler stretch',
         'a lighter version', 'lighter', 'a modified version', 'an alternative', 'a different version',
         'another way to do this', 'a beginner version', 'a beginner\'s version', 'I\'m not flexible enough',
         'I\'m too stiff for this', 'easy version'],
        ['', 'please']),
    'HarderIntent': lead(
        ['', 'can you', 'can we', 'please', 'is there', 'let\'s'],
        ['make it harder', 'make this harder', 'harder', 'a harder one', 'a harder version', 'make it more challenging',
         'more challenging', 'more of a challenge', 'I want more of a challenge', 'I want a challenge', 'a challenge',
         'longer holds', 'make the holds longer', 'hold longer', 'give me more', 'step it up', 'push me', 'push me harder',
         'this is too easy', 'that\'s too easy', 'too easy', 'it\'s too easy', 'this is easy', 'this is easy for me',
         'I can go further', 'go harder', 'level up', 'make it longer', 'make it more intense', 'more intense',
         'something harder', 'a tougher one', 'tougher', 'make it tougher', 'crank it up', 'kick it up a notch',
         'up the level', 'I\'m ready for more', 'more please', 'an advanced version', 'the advanced version'],
        ['', 'please']),
}


// Question forms, said as people ask them, crossed with what they ask about (not a list of phrases).
const holdVerbs = ['hold', 'hold this', 'hold it', 'hold the stretch', 'stay', 'stay here', 'stay like this', 'stay in this',
  'keep holding'];
CUSTOM.HoldDurationIntent = cat(CUSTOM.HoldDurationIntent ?? [],
  cat(cross(['how long', 'how many seconds', 'how much longer', 'how much time', 'for how long'],
    ['do I', 'should I', 'do we', 'have I got to', 'am I meant to', 'do I have to'],
    holdVerbs, ['', 'for'])),
  cat(cross(['when do I', 'when can I', 'when should I', 'when will I', 'when do we', 'when can we', 'is it time to', 'can I', 'can we',
    'how soon can I', 'how long until I', 'how long till I', 'how long before I', 'how long before we'],
  ['let go', 'stop holding', 'come out', 'come out of it', 'come out of this', 'release', 'release it', 'relax', 'rest',
    'stop this one', 'get out of this', 'ease off', 'let go of this', 'come up'])),
  cat(cross(['how long is', 'how long\'s', 'how many seconds is', 'how many seconds in', 'how long do we do', 'how long do I do',
    'what\'s the time on', 'how much time is left on', 'how much time is there on', 'how long is left on', 'how long is left of',
    'how many seconds are left on', 'how many seconds left on'],
  ['this hold', 'the hold', 'this stretch', 'the stretch', 'this one', 'each side', 'each hold', 'this position', 'this side'])),
  cat(['how long do I hold', 'how many seconds do I hold', 'is the hold nearly done', 'is this hold over', 'are we nearly done holding',
    'how long to go', 'how much longer to go', 'how many seconds to go', 'how many more seconds to go', 'time left on this',
    'how long now', 'how long more', 'how much more time', 'how many seconds more', 'seconds left', 'how long is it']));

// The hold's length asked plainly, as people ask about a timer.
CUSTOM.HoldDurationIntent = cat(CUSTOM.HoldDurationIntent,
  cross(['', 'so', 'okay'], ['how long have I got left', 'how much longer have I got', 'how many seconds have I got', 'how long are we holding for',
    'how long do we stay', 'how long do we stay here', 'when does this end', 'when does the hold end', 'when is the hold over',
    'when does this hold finish', 'how long is this stretch for', 'how long for this one', 'how long to hold', 'how long to hold it',
    'how long to hold this', 'how long am I holding this', 'how long am I holding for', 'how long do I have to hold it', 'how long do I have to hold this',
    'how long do I have to stay like this', 'how long is this hold for', 'how many more seconds do I hold', 'how much longer do I have to hold',
    'how long till this one ends', 'how long until this one ends', 'how long until the hold ends', 'how many seconds in this hold',
    'how long is each hold', 'how long do I hold each side', 'is it nearly time to let go', 'nearly done with this hold']));

const easierCores = ['easier', 'gentler', 'simpler', 'lighter', 'less intense', 'a bit easier', 'a little easier', 'a bit gentler', 'more gentle'];
CUSTOM.EasierIntent = cat(CUSTOM.EasierIntent ?? [],
  cat(cross(ASK, ['make it', 'make this', 'make this one', 'make the stretch', 'do it', 'go', 'do a version that is'], easierCores)),
  cat(cross(['is there', 'have you got', 'do you have', 'can I have', 'give me', 'I need', 'I want', 'I\'d like'], ['an easier', 'a gentler', 'a simpler', 'a lighter', 'a softer', 'a less intense', 'an easy', 'a gentle',
    'a beginner'], ['one', 'version', 'way', 'option', 'stretch', 'version of this'])),
  cat(cross(['this is', 'this one is', 'that is', 'it\'s', 'this stretch is', 'it is', 'that\'s', 'this is way', 'it\'s a bit',
    'this is a bit', 'this is far', 'it\'s much'], ['too hard', 'too difficult', 'too tough', 'too much for me', 'too advanced',
    'beyond me', 'too hard for me', 'too difficult for me', 'too intense for me'])));

const harderCores = ['harder', 'tougher', 'more challenging', 'more intense', 'more difficult', 'deeper', 'a bit harder', 'a little harder', 'more advanced'];
CUSTOM.HarderIntent = cat(CUSTOM.HarderIntent ?? [],
  cat(cross(ASK, ['make it', 'make this', 'make this one', 'make the stretch', 'do it', 'go', 'do a version that is'], harderCores)),
  cat(cross(['is there', 'have you got', 'do you have', 'can I have', 'can I get', 'give me', 'I need', 'I want', 'I\'d like', 'got',
    'what\'s'], ['a harder', 'a tougher', 'a more challenging', 'a more advanced', 'a deeper', 'an advanced', 'a more intense',
    'a stronger'], ['one', 'version', 'way', 'option', 'stretch', 'version of this'])),
  cat(cross(['this is', 'this one is', 'that is', 'it\'s', 'this stretch is', 'it is', 'that\'s', 'this is way', 'it\'s a bit',
    'this is a bit', 'this is far', 'these are'], ['too easy', 'too gentle', 'too simple', 'too easy for me', 'too light',
    'not hard enough', 'not enough', 'not doing anything', 'not challenging enough', 'a doddle', 'a breeze', 'easy'])));

CUSTOM.ProgressIntent = cat(CUSTOM.ProgressIntent ?? [],
  cat(cross(['how am I', 'how have I been', 'how\'ve I been', 'how is my', 'how\'s my', 'how are my', 'how\'s it'],
    ['doing', 'getting on', 'going', 'progressing', 'coming along', 'shaping up', 'keeping up', 'stretching', 'progress', 'streak',
      'going overall', 'doing overall'], ['', 'so far', 'overall', 'this week', 'lately', 'with my stretches', 'with the stretches',
      'with the routine', 'then'])),
  cat(cross(['tell me', 'give me', 'what\'s', 'what is', 'show me', 'read me', 'can I hear', 'can you tell me', 'I want to hear',
    'I\'d like to hear', 'let me hear', 'check'], ['my progress', 'my streak', 'my stats', 'my record', 'my history', 'my score',
    'my results', 'my totals', 'how I\'m doing', 'how I am doing', 'how I\'ve been doing', 'how many sessions I\'ve done',
    'how many routines I\'ve done', 'how many days I\'ve done', 'how far I\'ve come', 'how much I\'ve done'])),
  cat(cross(['how many', 'how much'], ['sessions', 'routines', 'stretches', 'days', 'workouts', 'minutes', 'times', 'stretching'],
    ['have I done', 'have I had', 'did I do', 'have I completed', 'have I managed', 'is that', 'so far', 'this week', 'in a row',
      'altogether', 'in total'])));

BUILTINS['AMAZON.StartOverIntent'] = cat(BUILTINS['AMAZON.StartOverIntent'] ?? [],
  cat(cross(ASK, ['start', 'begin', 'do it', 'do the routine', 'do the whole thing', 'start the routine'],
  ['again', 'over', 'over again', 'from the beginning', 'from the start', 'from the top', 'all over again', 'from scratch'])),
  cat(cross(ASK, ['restart', 'reset', 'redo', 'rewind'], ['', 'it', 'this', 'the routine', 'the whole thing', 'the session',
    'the whole routine', 'everything', 'from the start'])));

// Everyday ways of moving on, going back and pausing, as said between stretches: a short word to
// open ("okay", "right"), the core, a short word to close ("then", "mate"). Kept to a few openers so
// the navigation intents do not outweigh the safety ones in a statistical NLU.
const OPEN = ['', 'okay', 'alright', 'right', 'yeah', 'yes'];
const CLOSE = ['', 'then', 'mate'];
/**
 * A core with its openers, and with its closers where it opens like talk about the body: the
 * catch-all claims any words opening "the…", "I'm…", "now…" before a resolver strips a closing
 * "then" or "please", so only those cores need their closed forms written out. Openers a resolver
 * drops ("okay", "right") are said once with a few cores, not crossed with all of them.
 */
function openedAndClosed(cores: readonly string[]): string[] {
  return cat(cross(['', 'yes', 'okay'], cores), lead([''], cores, CLOSE.filter((c) => c !== '')));
}
BUILTINS['AMAZON.NextIntent'] = cat(BUILTINS['AMAZON.NextIntent'] ?? [],
  openedAndClosed(['next', 'next one', 'next stretch', 'the next one', 'next exercise', 'the next exercise', 'next up', 'what\'s next',
    'what\'s the next one', 'what\'s the next stretch', 'what comes next', 'what\'s coming up', 'what\'s after this', 'now what',
    'on to the next', 'onto the next', 'moving on', 'move on', 'let\'s move on', 'carry on', 'keep going', 'go on', 'continue', 'let\'s go',
    'let\'s go on', 'let\'s continue', 'proceed', 'let\'s proceed', 'onwards', 'onward', 'done', 'all done', 'I\'m done with this one',
    'done with that', 'finished that one', 'that one\'s finished', 'got it', 'go ahead', 'bring on the next one', 'next please',
    'go to the next stretch', 'on to the next stretch', 'I\'m ready for the next', 'ready for the next', 'shall we move on',
    'shall we carry on', 'can we go on to the next one', 'let\'s do the next', 'do the next', 'the next', 'another one', 'the next stretch please',
    'what do we do next', 'what do I do next', 'what\'s the next exercise', 'and the next one', 'and next', 'move to the next one',
    'move to the next', 'go to the next exercise', 'switch to the next one', 'change to the next one', 'next pose', 'the next pose',
    'next position', 'next move', 'next bit', 'the next bit', 'what\'s the next bit', 'what\'s the next pose', 'get on with it',
    'let\'s get on with it', 'crack on', 'let\'s crack on', 'next one now', 'what else', 'what else is there', 'give me the next one',
    'tell me the next one', 'the next one please', 'onto the next stretch', 'let\'s move on to the next stretch', 'time for the next one',
    'time for the next stretch', 'keep moving', 'let\'s keep moving', 'keep it going', 'finished', 'I\'ve finished this one',
    'I\'m finished with this one', 'this one\'s done', 'that\'s that one done', 'that\'s the first side done', 'done that',
    'done this one', 'I\'ve done that', 'I\'ve done this one', 'what\'s the next one then', 'okay and now', 'and now']));
BUILTINS['AMAZON.PreviousIntent'] = cat(BUILTINS['AMAZON.PreviousIntent'] ?? [],
  cross(OPEN, ['go back', 'go back one', 'back one', 'one back', 'back up', 'go backwards', 'rewind', 'go back a stretch',
    'back a stretch', 'the stretch before', 'the one before', 'the one before this', 'the one before this one', 'the previous',
    'the previous stretch', 'previous exercise', 'the last exercise', 'the last stretch', 'last stretch', 'last one', 'the last one',
    'back to the last stretch', 'go back to the last stretch', 'go back to the one before', 'back to the one before',
    'do the previous one again', 'do the last stretch again', 'repeat the last one', 'repeat the last stretch', 'redo the last stretch',
    'redo that last one', 'can we go back', 'can I go back', 'let\'s go back', 'go back to that one', 'the one we just did',
    'do the one we just did again', 'go back to the previous stretch', 'back to the previous stretch'], CLOSE));
BUILTINS['AMAZON.PauseIntent'] = cat(BUILTINS['AMAZON.PauseIntent'] ?? [],
  cross(['', 'okay', 'oh', 'sorry', 'wait'], ['hold up', 'hang about', 'wait up', 'just a tick', 'give me a tick', 'one tick', 'half a sec',
    'a sec', 'a second', 'a moment', 'just a moment', 'gimme a sec', 'gimme a second', 'give me two minutes', 'give me five minutes',
    'give me a few minutes', 'give me a couple of minutes', 'two minutes', 'give me two secs', 'pause there', 'pause a moment',
    'pause for a second', 'pause for a minute', 'pause for now', 'wait a bit', 'I need to pause', 'I have to pause', 'stop for a sec',
    'stop for a second', 'stop for a minute', 'stop a moment', 'can we take a break', 'can we have a break', 'let me rest',
    'I need a rest', 'let me have a rest', 'break time', 'quick break', 'hold that thought', 'hang fire', 'pause a sec',
    'my phone is ringing', 'someone\'s at the door', 'there\'s someone at the door', 'the doorbell', 'I need the bathroom',
    'be right back', 'back in a minute', 'back in a sec', 'I\'ll be right back', 'just wait', 'wait there', 'wait for a second',
    'wait one second', 'wait one minute', 'wait a tick', 'just hold on', 'hold on there', 'hold on one second', 'hang on one second',
    'hang on a moment', 'hold on a moment', 'can you hold on', 'can you hang on', 'could you hold on', 'can we stop for a minute',
    'let\'s pause', 'let\'s pause here', 'pause here', 'freeze'], ['', 'please']));
BUILTINS['AMAZON.ResumeIntent'] = cat(BUILTINS['AMAZON.ResumeIntent'] ?? [],
  cross(OPEN, ['I\'m back', 'I am back', 'back again', 'I\'m back now', 'I\'m ready again', 'ready to go again', 'ready to carry on',
    'ready to continue', 'let\'s carry on from there', 'carry on from there', 'continue from there', 'pick up from there',
    'pick it up again', 'pick up again', 'start again from where I stopped', 'back to where we were', 'back to where I was',
    'go on from where we stopped', 'where did we get to', 'where was I', 'take it from where we left off', 'unpause please',
    'let\'s get going again', 'get going again', 'let\'s start again from there', 'resume please', 'resume the stretch',
    'resume stretching', 'restart the timer', 'start the timer again', 'let\'s keep going from where we were'], ['']));

const aboutThis = ['this', 'this one', 'this stretch', 'it', 'this position'];
CUSTOM.TellMeMoreIntent = cat(CUSTOM.TellMeMoreIntent ?? [],
  cat(cross(['how do I', 'how should I', 'how do you', 'how am I meant to', 'how am I supposed to', 'how exactly do I', 'how would I',
    'how do we', 'what\'s the right way to', 'what\'s the way to', 'where do I'], ['do', 'get into', 'set up', 'start', 'get into position for'], aboutThis)),
  cat(cross(['tell me more about', 'tell me about', 'explain', 'describe', 'talk me through', 'walk me through', 'take me through',
    'go through', 'say more about', 'give me more on', 'give me the details of', 'give me more detail on', 'more about', 'more on',
    'more detail on', 'more info on', 'the details of', 'instructions for'], aboutThis, ['', 'again', 'in more detail'])),
  cat(cross(['I don\'t know', 'I do not know', 'I\'m not sure', 'I am not sure', 'not sure', 'I can\'t work out', 'I\'m confused about',
    'I don\'t get', 'I don\'t understand'], ['how to do this', 'how to do this one', 'how to do it', 'how this goes', 'how this one goes',
    'what to do', 'what I\'m doing', 'where to put my legs', 'where my feet go', 'how to get into it', 'how to get into this',
    'what position to be in', 'what I\'m meant to do', 'this one', 'this stretch'])),
  cat(cross(['more', 'some more', 'a bit more', 'extra'], ['detail', 'details', 'info', 'information', 'instructions', 'help with this',
    'explanation', 'guidance', 'cues'], ['', 'on this', 'on this one', 'about this', 'about this one'])));

const condition_samples = cross(
    ['I have', 'I\'ve got', 'I have got', 'I have a', 'I\'ve got a', 'I suffer from', 'I get', 'I had a', 'I had',
     'I just had', 'I just had a', 'I recently had', 'I recently had a', 'I\'m recovering from', 'I\'m recovering from a',
     'I am recovering from', 'I am recovering from a', 'because of my', 'I am', 'I\'m', 'I\'ve had', 'I\'ve had a',
     'I have had a', 'I was diagnosed with', 'I\'ve been diagnosed with', 'the doctor says I have', 'I live with',
     'I\'m dealing with', 'I had an', 'I\'ve just had', 'I\'ve just had a', 'I\'m currently'],
    ['{condition}'], [...WHEN.filter((w) => !['today', 'this morning', 'last night', 'earlier'].includes(w)), 'so be gentle', 'so go easy',
      'last year', 'a few years ago', 'years ago', 'a few weeks ago', 'a few months ago', 'this year']).concat(
    // "my hip is injured" once, not crossed with every "when": said before everything about the body, "my" alone must not mean a condition.
    ['my {condition}', 'my {condition} so be gentle'])


function describeFeeling(): string[] {
    // The catch-all: any phrase opening like talk about the body. Its words go to the feeling
    // classifier, which tells a warning sign, pain or a cramp from "it feels good".
    // No carrier opens with a word a resolver drops ("oh", "like", "actually", "hey", "can you"): with
    // one, "can you repeat the instructions" was the catch-all's; without, the words after it are matched.
    return ['I feel {feeling}', 'I get {feeling}', 'it is {feeling}', 'it\'s {feeling}', 'stop {feeling}',
            'I have got {feeling}', 'I have {feeling}', 'my {feeling}', 'there is {feeling}', 'I am {feeling}',
            'this is {feeling}', 'that is {feeling}', 'I think {feeling}', 'something is {feeling}', 'wait {feeling}',
            'I {feeling}', 'I\'m {feeling}', 'I\'ve {feeling}', 'it {feeling}', 'that {feeling}', 'that\'s {feeling}',
            'this {feeling}', 'the {feeling}', 'there\'s {feeling}', 'both {feeling}', 'suddenly {feeling}',
            'at {feeling}', 'feels {feeling}', 'feeling {feeling}', 'not {feeling}', 'something {feeling}', 'pain {feeling}', 'my leg {feeling}',
            'help {feeling}', 'sorry {feeling}', 'ah {feeling}',
            'every {feeling}', 'when {feeling}', 'since {feeling}', 'after {feeling}', 'all {feeling}', 'now {feeling}', 'just {feeling}', 'why {feeling}', 'is it normal {feeling}', 'should I worry {feeling}',
            'is it bad {feeling}', 'hold on {feeling}', 'hang on {feeling}', 'stop stop {feeling}', 'hey coach {feeling}', 'oh no {feeling}',
            'oh god {feeling}', 'ugh {feeling}', 'argh {feeling}', 'oof {feeling}', 'ooh {feeling}', 'whoa {feeling}',
            'uh oh {feeling}', 'really {feeling}', 'kind of {feeling}', 'sort of {feeling}', 'got {feeling}',
            'getting {feeling}', 'having {feeling}', 'can\'t {feeling}', 'cannot {feeling}', 'there {feeling}', 'something\'s {feeling}', 'everything {feeling}', 'ever {feeling}', 'yesterday {feeling}',
            'last {feeling}', 'sometimes {feeling}', 'whenever {feeling}', 'honestly {feeling}', 'you know {feeling}',
            'this morning {feeling}', 'too {feeling}', 'way {feeling}', 'wait wait {feeling}', 'sorry but {feeling}',
            'excuse me {feeling}', 'coach {feeling}', 'listen {feeling}',
            // An answer to the coach's yes/no question that goes on to say how the body feels ("no but my foot is numb").
            'no but {feeling}', 'yes but {feeling}', 'yeah but {feeling}', 'yep but {feeling}', 'nah but {feeling}', 'nope but {feeling}',
            ...cross(['no wait'], ['my', 'I', 'I\'m', 'it', 'it\'s', 'my leg', 'there\'s'], ['{feeling}']), 'neither of {feeling}', 'neither of my {feeling}', 'sat {feeling}', 'sat on {feeling}', 'when I sat {feeling}', 'motion {feeling}', 'motions {feeling}', 'stool {feeling}', 'stools {feeling}', 'urine {feeling}', 'yes and {feeling}', 'yes and now {feeling}', 'yeah and now {feeling}', 'and now {feeling}', 'no it\'s {feeling}', 'no its {feeling}',
            'no that {feeling}', 'no both {feeling}', 'nah my {feeling}', 'nah I {feeling}', 'nah it {feeling}', 'no my {feeling}', 'no I {feeling}', 'no I\'m {feeling}', 'no I\'ve {feeling}', 'no it {feeling}', 'no the {feeling}',
            // A step asked for, then broken off to say how the body feels ("next one please oh actually my foot is numb"):
            // the interruption decides, so the words after it reach the classifier and are never taken for "go on".
            ...cross(['next', 'next one', 'next one please', 'okay next'], ['oh', 'oh actually', 'oh wait', 'actually', 'wait'], ['{feeling}']),
            // Exclamations and openers that carry no meaning of their own, so the words after them
            // reach the classifier whole. Never a sign's own word ("numb …"): the carrier's words are
            // not sent, and the classifier would lose it.
            ...['jeez', 'geez', 'gosh', 'oh gosh', 'oh my god', 'oh my gosh', 'bloody hell', 'oh bloody hell', 'crikey', 'blimey',
              'damn', 'dang', 'nope nope', 'aiyo', 'arrey', 'yaar', 'me', 'a', 'part', 'pins', 'night', 'shooting', 'sharp',
              'burning', 'painkillers', 'the painkillers', 'my painkillers', 'my tablets', 'going', 'walking', 'standing',
              'sitting', 'lying', 'lately', 'recently', 'for', 'over', 'during', 'in', 'on', 'one', 'left', 'whole', 'do you think',
              'what if', 'what does it mean', 'should I be worried', 'is that normal', 'peeing', 'weeing'].map((w) => `${w} {feeling}`)]
}

/**
 * A cry, then anything ("ow right at the front", "ouch I can't feel my foot"): PainIntent with the
 * words after the cry in a catch-all slot, so the cry is not lost (the handler reads the words for a
 * warning sign or a cramp first, and stops for pain otherwise).
 */
function painCries(): string[] {
  // Only cries: "pain …" or "it hurts …" go on naming a sign too often ("the pain goes into my foot"), and stay the catch-all's.
  return cross([...pain_exclaims, 'ow that hurts', 'ouch that hurts'], ['{feeling}']);
}

/** Does the phrase open with a word the catch-all's carriers open with ("the…", "I'm…", "now…")? */
function opensLikeBodyTalk(phrase: string): boolean {
  const first = (text: string): string => (text.split(' ')[0] ?? '').toLowerCase().replace(/'/g, '');
  return describeFeeling().some((carrier) => !carrier.startsWith('{') && first(carrier) === first(phrase));
}

/** In this order a phrase belongs to the first intent that claims it: safety before navigation. */
const PRIORITY = ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'PainIntent', 'WarningSignIntent', 'ConditionIntent',
  'AMAZON.PauseIntent', 'AMAZON.ResumeIntent', 'AMAZON.NextIntent', 'SkipIntent', 'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent', 'AMAZON.StartOverIntent', 'HoldDurationIntent', 'HowManyLeftIntent',
  'WhichSideIntent', 'WhatDoesThisStretchIntent', 'TellMeMoreIntent', 'EasierIntent', 'HarderIntent',
  'ProgressIntent', 'DeleteDataIntent', 'AMAZON.HelpIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent',
  'StartRoutineIntent', 'CustomRoutineIntent', 'ShorterIntent', 'LongerIntent', 'DescribeFeelingIntent'];

/** The model's text: the base model's intents and slots, with every sample and slot type authored here. */
export function authorModel(baseText: string): string {
  const data = JSON.parse(baseText) as InteractionModel;
  const lm = data.interactionModel.languageModel;
  const byName = new Map(lm.intents.map((i) => [i.name, i]));
  const intent = (name: string): ModelIntent => {
    const found = byName.get(name);
    if (!found) throw new Error(`the base model has no ${name}`);
    return found;
  };
  for (const [name, samples] of Object.entries({ ...BUILTINS, ...CUSTOM, ...REMINDER_SAMPLES })) intent(name).samples = samples;
  intent('StartRoutineIntent').samples = start_routine;
  for (const [name, samples] of Object.entries(EVERYDAY)) intent(name).samples = [...(intent(name).samples ?? []), ...bothForms(samples)];
  for (const [name, samples] of Object.entries(EVERYDAY_MORE)) intent(name).samples = [...(intent(name).samples ?? []), ...samples];
  for (const table of [EVERYDAY_STRUCTURES, EVERYDAY_POINTED]) {
    for (const [name, samples] of Object.entries(table)) intent(name).samples = [...(intent(name).samples ?? []), ...samples];
  }
  for (const [name, samples] of Object.entries(EVERYDAY_CLAUSES)) intent(name).samples = unique([...(intent(name).samples ?? []), ...samples]);
  for (const [name, samples] of Object.entries(EVERYDAY_ASKS)) intent(name).samples = unique([...(intent(name).samples ?? []), ...samples]);
  for (const [name, samples] of Object.entries(EVERYDAY_TURNS)) intent(name).samples = unique([...(intent(name).samples ?? []), ...samples]);
  for (const table of [EVERYDAY_HEARD, EVERYDAY_SPOKEN]) {
    for (const [name, samples] of Object.entries(table)) intent(name).samples = unique([...(intent(name).samples ?? []), ...samples]);
  }
  intent('PainIntent').samples = [...pain_samples, ...painCries()];
  intent('PainIntent').slots = [{ name: 'bodyPart', type: 'BodyPartType' }, { name: 'pain', type: 'PainType' },
    { name: 'sensation', type: 'SensationType' }, { name: 'strain', type: 'StrainType' }, { name: 'feeling', type: 'AMAZON.SearchQuery' }];
  intent('WarningSignIntent').samples = warning_samples;
  intent('ConditionIntent').samples = [...condition_samples, ...CONDITION_ASKED, ...(EVERYDAY_SPOKEN.ConditionIntent ?? [])];
  intent('DescribeFeelingIntent').samples = describeFeeling();
  intent('TellMeMoreIntent').slots = [{ name: 'bodyPart', type: 'BodyPartType' }];
  for (const added of customRoutineIntents) {
    if (!byName.has(added.name)) byName.set(added.name, lm.intents[lm.intents.push({ name: added.name }) - 1] as ModelIntent);
    Object.assign(intent(added.name), { ...('slots' in added ? { slots: added.slots } : {}),
      samples: unique([...added.samples, ...(EVERYDAY_CLAUSES[added.name] ?? []), ...(EVERYDAY_TURNS[added.name] ?? [])]) });
  }

  // One owner per sample: a phrase already given to an earlier intent is left out of later ones.
  const owner = new Set<string>();
  for (const name of PRIORITY) {
    const it = intent(name);
    it.samples = unique(it.samples ?? []).filter((s) => {
      const key = spaces(s.toLowerCase()).trim();
      const slots = [...s.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      if (owner.has(key) || slots.length !== new Set(slots).size) return false;
      owner.add(key);
      return true;
    });
  }
  lm.types = Object.entries({ ...TYPES, ...REMINDER_TYPES, ...customRoutineTypes }).map(([name, values]) => ({ name, values }));
  // A sample that is another of its intent's samples wrapped in "okay … please" costs size and reads no differently.
  const kept = withoutWrappedSamples(lm.intents, lm.types, regionalAdditions(), PRUNING_ENGLISH);
  for (const it of lm.intents) if (it.samples) it.samples = kept.get(it.name) ?? it.samples;
  return `${JSON.stringify(data, null, 2)}\n`;
}

if (require.main === module) {
  const text = authorModel(readFileSync(modelPath, 'utf8'));
  writeFileSync(modelPath, text);
  writeRegionalModels(text);
  const { languageModel } = (JSON.parse(text) as InteractionModel).interactionModel;
  for (const i of languageModel.intents) process.stdout.write(`${i.name.padEnd(32)} ${String(i.samples?.length ?? 0).padStart(5)}\n`);
  for (const t of languageModel.types ?? []) {
    const synonyms = t.values.reduce((n, v) => n + v.name.synonyms.length, 0);
    process.stdout.write(`${t.name.padEnd(32)} ${String(t.values.length).padStart(3)} values ${String(synonyms).padStart(4)} synonyms\n`);
  }
}
