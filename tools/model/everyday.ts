/**
 * The everyday forms of the en-US model's requests, by structure: each intent's ways of asking
 * (a verb or question, what it is about, where or when) crossed, and every sample in both its
 * contracted and its full form, as a speech recogniser writes either ("what is next", "whats next").
 * Written from how people talk on the mat, never from the held-out corpus; author.ts merges these
 * into its intents before each sample is given to one owner.
 */
import { cross } from './locale-model';

/** Contraction and full form; a recogniser writes either, and either may be said. */
const CONTRACTIONS: ReadonlyArray<readonly [string, string]> = [
  ["what's", 'what is'], ["that's", 'that is'], ["it's", 'it is'], ["how's", 'how is'], ["where's", 'where is'],
  ["there's", 'there is'], ["I'm", 'I am'], ["I've", 'I have'], ["I'd", 'I would'], ["let's", 'let us'],
  ["don't", 'do not'], ["doesn't", 'does not'], ["didn't", 'did not'], ["can't", 'cannot'], ["isn't", 'is not'],
  ["we're", 'we are'], ["you're", 'you are'], ["won't", 'will not'], ["I'll", 'I will'], ["one's", 'one is'],
];

const wordsOf = (s: string): string[] => s.split(' ');

/** The sample's other form: its contractions said in full, or, with none, its full forms contracted. */
function otherForm(sample: string): string | undefined {
  const words = wordsOf(sample);
  const lower = words.map((w) => w.toLowerCase());
  const expanded = lower.some((w) => CONTRACTIONS.some(([short]) => short.toLowerCase() === w));
  if (expanded) {
    return words.map((w) => CONTRACTIONS.find(([short]) => short.toLowerCase() === w.toLowerCase())?.[1] ?? w).join(' ');
  }
  let text = ` ${sample} `;
  for (const [short, full] of CONTRACTIONS) text = text.replace(new RegExp(` ${full} `, 'gi'), ` ${short} `);
  const contracted = text.trim();
  return contracted !== sample ? contracted : undefined;
}

/** Every sample in both its forms, the form as written first. */
export function bothForms(samples: readonly string[]): string[] {
  return samples.flatMap((s) => {
    const other = otherForm(s);
    return other ? [s, other] : [s];
  });
}

const THIS = ['this', 'this one', 'this stretch', 'that', 'that one', 'that stretch', 'this exercise', 'the stretch', 'it'];
/** What takes a user away mid-stretch, said before or after asking to wait. */
const INTERRUPTIONS = ["the doorbell's going", 'the doorbell', "the phone's ringing", 'the phone',
  "someone's at the door", "there's someone at the door", 'the door', 'the baby is crying', "the dog's barking", 'the kettle'];
const WAITS = ['hang on', 'hold on', 'wait', 'one sec', 'pause', 'just a sec', 'just a minute'];
const ROUTINE_WHERE = ['at my {routine}', 'at {routine}', 'at the {routine}', 'from my {routine}', 'from the {routine}',
  'for {routine}', 'for the {routine}', 'in the {routine}', 'before {routine}', 'after {routine}', 'for my {routine}'];

/** Further samples per intent, merged after each intent's own (and so owned by it only where no earlier intent says them). */
export const EVERYDAY: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.NextIntent': [
    ...cross(['', 'so', 'and'], ["what's"], ['next', 'the next one', 'the next stretch', 'after this', 'after this one',
      'coming up', 'up next', 'the next exercise', 'now', 'next up', 'after that']),
    ...cross(['', "let's", 'can we', 'shall we'], ['go on', 'move on', 'carry on', 'keep going', 'continue'],
      ['', 'to the next one', 'to the next stretch', 'with the next one', 'now']),
  ],
  SkipIntent: cross(['skip', 'miss', 'miss out', 'leave out', 'pass on', 'jump', 'skip past'], THIS, ['', 'please']),
  'AMAZON.RepeatIntent': [
    ...cross(['repeat', 'say again', 'go over', 'tell me again', 'can you repeat', 'could you repeat', 'say'], ['the instructions',
      'the instruction', 'the last bit', 'what you said', 'the last part', 'that bit', 'that part', 'the steps'], ['', 'again']),
    ...cross(['what did', 'what was it'], ['you', 'she', 'it', 'alexa'], ['say', 'just say', 'say there', 'say again', 'say then']),
  ],
  'AMAZON.PauseIntent': [
    ...cross(['pause', 'wait', 'hold on', 'hang on', 'give me', 'need', 'can we have', 'stop for', 'pause for'], ['a moment', 'a minute',
      'a second', 'a sec', 'a bit', 'a tick', 'a break', 'a breather', 'a rest']),
    ...cross(['hold it', 'pause it', 'stop it', 'pause', 'wait'], ['there', 'here', 'for now', 'a moment', 'a sec']),
    ...cross(INTERRUPTIONS, WAITS.slice(0, 4)), ...cross(WAITS.slice(0, 4), INTERRUPTIONS),
  ],
  'AMAZON.ResumeIntent': [
    ...cross(['', "I'm back"], ["let's", ''], ['go again', 'get going again', 'pick up again', 'resume', 'get back to it'],
      ['', 'from there', 'where we left off', 'where I stopped']),
    ...cross(['', "I'm back"], ["let's", ''], ['carry on', 'continue', 'keep going'], ['from there', 'where we left off', 'where I stopped']),
  ],
  'AMAZON.HelpIntent': cross(['', 'can you', 'please'], ['help', 'help me', 'help me out', 'give me a hand', 'explain how this works',
    'tell me what to do', 'tell me what I can say', 'tell me the options'], ['', 'please']),
  'AMAZON.CancelIntent': cross(['', 'oh', 'actually'], ['cancel', 'never mind', 'forget it', 'forget that', 'scratch that',
    'ignore that', "I didn't mean that", 'wrong one', 'cancel that'], ['', 'please']),
  HoldDurationIntent: [
    ...cross(['how long', 'how much longer', 'how much time', 'how many seconds', 'how many more seconds'],
      ['have I got', 'is left', 'left', 'to go', 'do I have', 'remaining'],
      ['on this one', 'on this', 'on this hold', 'on this stretch', 'on this side', 'for this one']),
    ...cross(['is', 'is it', 'are we', 'am I'], ['nearly', 'almost'], ['time to let go', 'time to come out', 'done holding', 'done with this hold',
      'over with this hold', 'time to release']),
  ],
  WhichSideIntent: cross(['which', 'what'], ['leg', 'foot', 'knee', 'side', 'hand', 'arm', 'hip'], ['goes forward', 'goes in front', 'goes back',
    'goes behind', 'goes first', 'goes on top', 'goes down', 'is in front', 'do I use', 'do I put forward', 'should be forward',
    'am I stretching', 'should I stretch', 'are we on now']),
  WhatDoesThisStretchIntent: [
    ...cross(["what's"], ['this stretch', 'this one', 'this', 'this exercise', 'this pose', 'the stretch'], ['good for', 'for', 'doing',
      'doing for me', 'meant to do', 'supposed to do', 'meant to stretch', 'working', 'working on', 'stretching', 'helping', 'targeting']),
    ...cross(['what am I', 'what are we', "what's this", 'which muscle am I', 'which muscles am I'], ['stretching', 'working',
      'working on', 'targeting'], ['', 'here', 'with this one']),
    ...cross(['why are we', 'why am I', 'why do we', 'why do I', 'why should I', "what's the point of", "what's the reason for", 'why'],
      ['doing this', 'doing this one', 'doing this stretch', 'doing that', 'doing it'], ['', 'again']),
  ],
  TellMeMoreIntent: [
    ...cross(['explain', 'describe', 'go through', 'talk me through', 'walk me through', 'run through'], ['it', 'this', 'that',
      'this one', 'this stretch'], ['again', 'slowly', 'again slowly', 'more slowly', 'step by step', 'in detail']),
    ...cross(["I'm not sure", 'not sure', "I don't know if", "I don't think", 'am I sure'], ["I'm doing it right", "I'm doing this right",
      "I'm doing it properly", "I'm in the right position", 'this is right', "I've got it right", "I'm doing it correctly"]),
  ],
  EasierIntent: cross(['can I', 'can we', 'I want to', "I'd like to", 'let me', 'should I'], ['hold', 'hold them', 'hold it', 'stretch', 'go'],
    ['less', 'for less time', 'shorter', 'not so long', 'less deep', 'not so deep', 'easier', 'more gently']),
  HarderIntent: cross(['can I', 'can we', 'I want to', "I'd like to", 'let me', 'should I'], ['hold', 'hold them', 'hold it', 'stretch', 'go'],
    ['longer', 'for longer', 'a bit longer', 'a little longer', 'deeper', 'further', 'harder']),
  ProgressIntent: cross(['how many times', 'how often', 'how many days', 'how many sessions'], ['have I', 'did I'],
    ['stretched', 'done it', 'done this', 'done my stretches', 'done the routine', 'exercised', 'used hip coach', 'been stretching'],
    ['', 'so far']),
  StartRoutineIntent: cross(['', 'I need', "let's do", 'time for'], ['a stretch', 'a break', 'a quick stretch'], ROUTINE_WHERE),
};

/**
 * Further ways of asking, written from a second look at how people put each request (politeness
 * such as "kindly", a reason or a "yet" after it, "I want to …", misheard "weight" and "paws").
 */
export const EVERYDAY_MORE: Readonly<Record<string, readonly string[]>> = {
  HowManyLeftIntent: cross(['are we', 'am I', 'are you'], ['nearly', 'almost', ''], ['done', 'finished', 'there', 'through', 'at the end'],
    ['', 'yet', 'now']),
  HoldDurationIntent: [
    ...cross(['how long', 'for how long', 'how much time', 'for how much time'], ['do I', 'should I', 'I should', 'am I'],
      ['hold', 'stay', 'staying', 'staying here', 'stay in this position', 'holed']),
    ...cross(["what's", 'what is'], ['the hold time', 'the hold', 'the time', 'the length of the hold', 'the count'], ['', 'on this', 'for this one']),
    ...cross(['how long is', "how long's"], ['this hold', 'the hold', 'this stretch', 'this one'], ['meant to be', 'supposed to be', 'going to be', 'for']),
  ],
  TellMeMoreIntent: [
    ...cross(['explain', 'describe', 'talk me through', 'walk me through', 'go through', 'tell me about', 'go over'], ['it', 'this', 'that', 'this one'],
      ['a bit more', 'better', 'properly', 'more', 'more clearly']),
    ...cross(['tell me', 'give me', 'I want', 'I want to know', 'I need', 'go into'], ['more', 'a bit more', 'more info', 'more detail',
      'more information'], ['', 'about this one', 'about this', 'about it']),
  ],
  ProgressIntent: [
    ...cross(['how far', 'how much'], ['have I come', 'have I got', 'have I progressed', 'have I improved', 'have I done'], ['', 'so far', 'with it', 'now']),
    ...cross(['which week', 'what week', 'which day', 'what day', 'what level', 'what stage'], ['', 'of the program', 'of the programme', 'of the plan'],
      ['am I on', 'are we on', 'am I at', 'am I up to', 'is it']),
    ...cross(['how am I', "how's it", 'how is it', 'how are things'], ['getting on', 'going', 'doing'], ['with it all', 'with it', 'overall', 'so far then']),
    ...cross(['how many sessions', 'how many routines', 'how many minutes', 'how many days'], ['have I done', 'have I stretched', 'have I had'],
      ['so far', 'this week', 'in total', 'now']),
  ],
  'AMAZON.StopIntent': [
    ...cross(['I want to', "I'd like to", "let's", 'just', "I'll"], ['stop', 'finish', 'call it a day', 'end'], ['now', 'here', 'for today',
      'the whole routine', '']),
    ...cross(['', 'just'], ['stop', 'end', 'finish', 'quit'], ['the whole routine', 'this session', 'the whole thing', 'everything', 'this session now']),
    ...cross(['no more', 'enough'], ['stretching', 'stretches', 'exercise'], ['', 'today', 'for today', 'for now']),
  ],
  'AMAZON.ResumeIntent': cross(['you can', 'we can', "let's", 'okay'], ['continue', 'carry on', 'keep going', 'keep at it', 'go again', 'pick it up', 'resume'],
    ['from where we stopped', 'from where we were', 'where we stopped', 'now']),
  'AMAZON.PauseIntent': [
    ...cross(['', 'can you', 'please'], ['put it on pause', 'put this on pause', 'stop the clock', 'pause the clock', 'freeze the timer', 'paws it',
      'weight', 'weight a minute', 'weight a second', 'weight a sec'], ['', 'a minute', 'for a minute']),
    ...cross(['hang on', 'hold on', 'wait', 'one sec', 'one second', 'just a sec', 'just a minute'], ['mate', 'love', 'a bit', 'there', "somebody's at the door",
      "someone's knocking"]),
  ],
  'AMAZON.RepeatIntent': cross(['', 'sorry', 'kindly', 'please', "sorry I wasn't listening", 'I missed that'], ['repeat', 'repeat that', 'come again',
    'say that again', 'say that one more time', 'one more time', 'what was that', 'what was the last bit', "didn't catch that", 'what did you say'], ['', 'sorry']),
  'AMAZON.PreviousIntent': [
    ...cross(['', 'take me', 'go', 'can we go', "let's go"], ['back', 'back to the previous stretch', 'back to the last one', 'back one', 'back up one',
      'back one stretch', 'back up one stretch', 'back a step'], ['', 'please']),
    ...cross(['the stretch before this one', 'the one before this one', 'the stretch before'], ['', 'please', 'again']),
  ],
  SkipIntent: [
    ...cross(["let's", 'kindly'], ['skip', 'miss', 'jump past'], THIS, ['', 'out']),
    ...cross(["I don't want to do this one", 'I do not want to do this one', 'not this one', 'not keen on this one'], ['', 'skip it', 'skip', 'next']),
  ],
  'AMAZON.CancelIntent': cross(['', 'nah', 'oh'], ['cancel', 'scrap that', 'scrap it', 'cancel the routine', 'cancel it']),
  'AMAZON.HelpIntent': [
    ...cross(['can somebody', 'can someone', 'somebody', 'someone', 'I need someone to'], ['help', 'help me'], ['', 'please']),
    ...cross(["I'm confused", "I'm lost", "I'm stuck", "I don't know"], ['what do I do', 'what do I say', 'what now', 'what can I say', 'how this works']),
    ...cross(['what', 'which'], ['commands', 'words', 'things'], ['can I use', 'can I say', 'do you understand', 'work']),
  ],
  'AMAZON.NoIntent': [
    ...cross(['no', 'nope', 'nah', 'no thanks', 'no thank you'], ['not now', 'not today', "I'm alright", "I'm fine", "I'm good", 'very much', 'not right now',
      'maybe later']),
    ...cross(["I don't think so", 'not really', 'not today'], ['no', 'thanks', 'no thanks']),
  ],
  'AMAZON.YesIntent': cross(['oh', 'yeah', 'yes', 'oh yes'], ['absolutely', 'definitely', 'of course', 'sure', 'please'], ['', 'yes', 'please']),
  EasierIntent: [
    ...cross(['', 'is there', 'can I do', 'give me'], ['an easier', 'a softer', 'a gentler', 'a simpler'], ['one', 'version', 'option'], ['', 'of this one', 'please']),
    ...cross(["I can't", 'I cannot'], ['get into', 'do', 'manage', 'reach', 'hold'], ['this position', 'this one', 'that position', 'this stretch']),
    ...cross(["I'm not", 'I am not'], ['flexible enough', 'bendy enough', 'supple enough', 'strong enough'], ['', 'for this', 'for this one']),
    ...cross(['tone it down', 'take it down', 'ease off', 'dial it back', 'bring it down'], ['', 'a bit', 'a little', 'a notch']),
    // The hold's length, said of the hold: shorter holds are "easier", longer ones "harder".
    ...cross(['', 'can I', 'can we', 'I want to', 'I\'d like to', 'please'], ['hold it for less time', 'hold for less time',
    'hold them for less time', 'have shorter holds', 'have quicker holds', 'make the holds quicker', 'make the holds shorter',
    'cut the holds down', 'shorten the holds', 'shorten the hold', 'do less time on each one', 'do fewer seconds', 'have less seconds on each one']),
  ],
  HarderIntent: [
    ...cross(["I'd like", 'I want', 'give me', 'I need', 'can I have', "I'm ready for"], ['more of a challenge', 'a challenge', 'something tougher',
      'something harder', 'something more challenging'], ['', 'please']),
    ...cross(['step it up', 'kick it up', 'crank it up', 'take it up', 'turn it up', 'level up', 'can we level up'], ['', 'a notch', 'a bit', 'a level', 'a gear']),
    ...cross(['I can do', 'I could do', 'I can go', 'I can manage'], ['more', 'more than this', 'harder', 'further', 'deeper', 'longer']),
    ...cross(['', 'can I', 'can we', 'I want to', 'I\'d like to', 'let me'], ['hold it longer', 'hold this longer', 'hold them longer',
    'hold for longer', 'hold it a bit longer', 'stay in this one longer', 'stay in this one a bit longer', 'stay here longer', 'stay in it longer',
    'have longer holds', 'have more time in the stretch', 'have more time in each stretch', 'extend the hold', 'extend the holds',
    'lengthen the holds', 'make the holds longer']),
  ],
  WhichSideIntent: [
    ...cross(['is it my', 'is this my', 'am I on my', 'is it the', 'is this the', 'am I on the', 'should I be on the', 'am I meant to be on the',
      'am I supposed to be on the'], ['left', 'right', 'write', 'other'], ['', 'side', 'leg']),
    ...cross(['tell me', 'remind me'], ['which side', 'what side', 'which leg'], ['I am on', "I'm on", 'this is', 'it is', "we're on", '']),
  ],
  WhatDoesThisStretchIntent: [
    ...cross(['what muscle', 'what muscles', 'which muscle', 'which muscles', 'what part of me', 'which part of me', 'what part', 'which part'],
      ['is this', 'is this one', 'does this', 'does this one'], ['stretching', 'working', 'targeting', 'target', 'work']),
    ...cross(['what does', 'what do'], ['this', 'this one', 'this stretch', 'it'], ['target', 'hit', 'stretch', 'do for me', 'work on']),
  ],
  DeleteDataIntent: [
    ...cross(['delete', 'erase', 'wipe', 'clear', 'get rid of', 'remove'], ['all my records', 'all my details', 'all my history', 'my data', 'all my data'],
      ['', 'please']),
    ...cross(['I want', "I'd like", 'can I have', 'please have'], ['my data', 'my details', 'my records', 'my progress', 'everything'], ['deleted', 'erased',
      'wiped', 'removed']),
  ],
  // Led by words no navigation request opens with: "the {routine} one now" would claim "the next one now".
  StartRoutineIntent: cross(['can I do my', "let's do the", 'I want to do my', 'can we do the'], ['{routine}'], ['routine', 'stretches', 'one',
    'session'], ['now', 'thanks', 'please']),
};

const STRETCH_NAMED = ['this', 'this one', 'this stretch', 'that one', 'that stretch', 'it'];
/**
 * More of how people put the everyday requests, by structure: a verb people use for the action
 * crossed with what it acts on ("jump past" × "this stretch", "call it a day" after "I'll").
 */
export const EVERYDAY_STRUCTURES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.NoIntent': cross(['', 'no', 'nah', 'nope'], ['I don\'t think so', 'I\'d rather not', 'rather not', 'I\'d prefer not', 'not really',
    'not today', 'not this time', 'maybe later', 'I don\'t want to', 'not for me', 'I\'ll pass', 'I\'m good']),
  'AMAZON.StopIntent': cross(['', 'I\'ll', 'I think I\'ll', 'let\'s', 'time to'], ['call it a day', 'finish there', 'finish here', 'stop there',
    'stop here', 'leave it there', 'leave it here', 'wrap it up', 'call it quits', 'end it there', 'end here']),
  'AMAZON.StartOverIntent': [
    ...cross(['start', 'begin', 'do'], ['', 'it', 'the whole thing', 'the routine', 'everything', 'the whole routine'],
      ['again from the beginning', 'again from the start', 'again from the top', 'from the very start', 'from the very beginning', 'again']),
    ...cross(['back to', 'go back to', 'take me back to', 'right back to'], ['the start', 'the very start', 'the beginning',
      'the very beginning', 'the first stretch', 'the top', 'the start of the routine']),
  ],
  'AMAZON.ResumeIntent': cross(['', 'let\'s'], ['keep at it', 'keep going with it', 'go again', 'pick it up from where we stopped',
    'pick up from where we stopped', 'carry on from where we stopped', 'pick up where we stopped', 'continue from where we stopped',
    'get back to it', 'back to it', 'get back into it', 'start up again', 'unpause it', 'unpause the routine', 'unpause hip coach']),
  SkipIntent: [...cross(['jump past', 'jump over', 'hop over', 'leave', 'leave out', 'pass on', 'bypass', 'miss out', 'miss', 'skip past',
    'skip over', 'don\'t do', 'not'], STRETCH_NAMED), ...cross(['give'], STRETCH_NAMED, ['a miss'])],
  WhichSideIntent: cross(['', 'is this', 'is it', 'am I on', 'are we on', 'which is it'], ['the left or the right', 'left or right',
    'left leg or right leg', 'the left leg or the right leg', 'the left side or the right side', 'left side or right side', 'right or left'],
    ['', 'side']).concat(cross(['have we done', 'have I done', 'did we do', 'did I do'], ['both sides', 'both legs', 'the other side',
    'both sides of this'], ['', 'yet', 'already'])),
  TellMeMoreIntent: [
    ...cross(['explain', 'explain that', 'explain it', 'explain this', 'go over it', 'go through it', 'say it', 'describe it'],
      ['again', 'in more detail', 'again in more detail', 'more slowly', 'step by step']),
    ...cross(['', 'give me', 'any', 'got any', 'have you got any', 'do you have any'], ['tips', 'some tips', 'more tips', 'some more tips',
      'a tip', 'pointers', 'some pointers'], ['', 'for this', 'for this one']),
    ...cross(['what position should my', 'where should my', 'how should my'], ['{bodyPart}'], ['be', 'be in', 'go']),
  ],
  HoldDurationIntent: cross(['how long am I', 'how long are we', 'how long do I'], ['meant to be', 'supposed to be', 'going to be', 'have to be',
    ''], ['holding', 'holding it', 'holding this', 'staying here', 'in this'], ['', 'for']),
  ProgressIntent: [
    ...cross(['have I been', 'am I', 'I\'ve been'], ['keeping up', 'keeping up with it', 'consistent', 'keeping it up', 'sticking with it',
      'sticking to it', 'on track']),
    ...cross(['give me', 'tell me', 'read me', 'what\'s', ''], ['my progress report', 'a progress report', 'my report', 'a summary',
      'my summary', 'my week']),
  ],
  DeleteDataIntent: cross(['delete', 'erase', 'wipe', 'clear', 'remove', 'forget'], ['whatever you\'ve stored on me', 'what you\'ve stored',
    'everything you\'ve stored', 'my stored data', 'all my information', 'everything you have on me', 'my progress'],
  ['', 'and start fresh', 'and start again', 'and start over']),
  EasierIntent: cross(['', 'is there', 'can I do', 'let me do', 'I\'ll do', 'have you got', 'give me', 'can I have'],
    ['an easier', 'a gentler', 'a simpler', 'a softer', 'a beginner', 'a beginner\'s', 'a beginners', 'an easy', 'a lighter'],
    ['way to do this', 'way of doing this', 'version of this', 'version of this one', 'version', 'option']),
  HarderIntent: cross(['', 'I want to', 'let me'], ['go deeper', 'go further', 'push further', 'go a bit deeper', 'stretch deeper',
    'go harder', 'go a bit further'], ['', 'with this', 'with this one', 'into this', 'into it']),
  StartRoutineIntent: [
    ...cross(['let\'s get', 'get'], ['the', 'my'], ['{routine}'], ['stretches', 'routine', 'one', 'session'], ['going', 'started', 'on']),
    ...cross(['wind down with', 'let\'s wind down with', 'put on', 'run', 'give us', 'run through', 'go through', 'lead me through',
      'I\'ll do', 'we\'ll do', 'let\'s have'], ['', 'my', 'the', 'a'], ['{routine}'], ['', 'routine', 'stretches', 'stretch', 'session', 'one']),
    ...['do some stretching', 'some stretching', 'do some stretches', 'some stretches', 'do a stretch', 'have a stretch', 'a stretch'],
  ],
  'AMAZON.NextIntent': [
    ...cross(['go on then', 'go on', 'done', 'okay done', 'finished', 'that\'s done', 'all done', 'that\'s it'], ['next', 'next one',
      'what\'s next', 'what\'s the next stretch', 'what\'s the next one', 'on to the next', 'the next one']),
    ...cross(['what\'s the next', 'what is the next'], ['move', 'position', 'thing', 'step']),
  ],
  WhatDoesThisStretchIntent: cross(['where should I', 'where do I', 'where am I meant to', 'where am I supposed to', 'where should I be',
    'where am I'], ['feel this', 'feel it', 'be feeling this', 'be feeling it', 'feeling this', 'feeling it', 'feel the stretch', 'feel this one']),
  HowManyLeftIntent: cross(['how much longer is', 'how long is', 'how much is left of', 'how much more of', 'how long is left of',
    'how long is left in', 'how much time is left in'], ['this whole routine', 'the whole routine', 'this whole thing', 'the whole thing',
    'this routine', 'the session', 'this session', 'the workout']),
};

/** Questions about the hold and the week, put with where they point ("… on this one", "… this week"). */
export const EVERYDAY_POINTED: Readonly<Record<string, readonly string[]>> = {
  HoldDurationIntent: cross(['how long have I got left', 'how much longer have I got', 'how long is left', 'how much time is left',
    'how many seconds are left', 'how long left', 'how much longer'], ['on this one', 'on this', 'on this stretch', 'on this hold', 'in this one',
    'in this hold', 'of this one', 'of this hold', 'for this one']),
  ProgressIntent: cross(['how many times', 'how often', 'how many days'], ['have I stretched', 'did I stretch', 'have I done it',
    'have I done my stretches', 'have I been stretching'], ['', 'this week', 'this month', 'so far', 'lately']),
  StartRoutineIntent: cross(['{routine} stretch', '{routine} break', '{routine} stretches'], ['at my desk', 'at work', 'at the office',
    'for work', 'for tonight', 'before bed']),
};

/** A condition said with the question that comes with it ("I'm pregnant, is that okay?"). */
export const CONDITION_ASKED: readonly string[] = cross(['I\'ve a', 'I\'ve', 'I had my', 'I\'ve had my', 'I am', 'I\'m', 'I have'], ['{condition}'],
  ['', 'is that okay', 'is that ok', 'is that alright', 'is that a problem', 'is that safe', 'can I still do this', 'is this okay', 'is this safe']);
