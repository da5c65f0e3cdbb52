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
export function otherForm(sample: string): string | undefined {
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
    ...cross(['pause', 'wait', 'hold on', 'hang on', 'give me', 'I need', 'need', 'can I have', 'can we have', 'take', 'stop for',
      'pause for', 'just'], ['a moment', 'a minute', 'a second', 'a sec', 'a bit', 'a tick', 'a break', 'a breather', 'a rest']),
    ...cross(['hold it', 'pause it', 'stop it', 'pause', 'wait'], ['there', 'here', 'for now', 'a moment', 'a sec']),
    ...cross(INTERRUPTIONS, WAITS), ...cross(WAITS, INTERRUPTIONS),
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
    ['', 'this week', 'so far', 'this month']),
  StartRoutineIntent: cross(['', 'I need', 'I want', "let's do", 'time for', 'can I have'], ['a stretch', 'a break', 'a quick stretch',
    'a quick break', 'some stretches', 'a stretch break'], ROUTINE_WHERE),
};

