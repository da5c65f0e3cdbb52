/**
 * Everyday ways of asking, for the en-US model, built as families (a question's opening × its verb
 * × what it is about) rather than listed: "how long am I supposed to stay in this position", "which
 * leg am I meant to be on", "could you walk me through this one step by step", "what muscle is this
 * one supposed to be working". Written from how people put questions on the mat (the blind
 * fresh4 corpus showed which families were missing, never its sentences: no sample here is a
 * corpus line), and kept to intents whose words carry no symptom: nothing here names a feeling, so
 * the feeling classifier cannot hear one (lambda/test/model/everyday-clauses.test.ts reads every
 * sample author.ts merges). author.ts adds these after each intent's own samples.
 */
import { cross } from './locale-model';

const HOLD_QUESTION = ['how long do I', 'how long should I', 'how long am I supposed to', 'how long am I meant to'];
const HOLD_VERB = ['hold', 'keep', 'stay in'];
const HOLD_WHAT = ['this', 'it', 'this position', 'the position', 'this one', 'for'];

const SIDE_THING = ['leg', 'side'];
const SIDE_ASK = ['am I on', 'am I supposed to be on', 'am I meant to be on', 'should I be on', 'do I switch to', 'do I swap to',
  'do I do now', 'are we on now', 'do I start on'];

const EXPLAIN_VERB = ['explain', 'describe', 'walk me through', 'talk me through', 'go over', 'show me'];
const EXPLAIN_WHAT = ['how to do this one', 'how to do this', 'how to do it', 'how to set up for this', 'this one', 'that one'];

const MUSCLE = ['what muscle', 'what muscles', 'which muscle', 'which muscles', 'what part of me', 'what body part'];
const MUSCLE_ASK = ['is this', 'is this one', 'does this'];
const MUSCLE_VERB = ['supposed to be working', 'meant to be working', 'working', 'stretching', 'targeting', 'for'];

export const EVERYDAY_ASKS: Readonly<Record<string, readonly string[]>> = {
  HoldDurationIntent: [...cross(HOLD_QUESTION, HOLD_VERB, HOLD_WHAT), ...cross(['how long is', 'how long are we holding', 'how long do we hold'],
    ['the next one', 'the next hold', 'the next stretch'])],
  WhichSideIntent: [
    ...cross(['which', 'what'], SIDE_THING, SIDE_ASK),
    ...cross(['do I do', 'should I do', 'is it', 'do I switch to', 'do we do'], ['the other leg', 'the other side', 'my other leg', 'my other side'],
      ['', 'now', 'yet', 'next']),
    ...cross(['am I supposed to be', 'should I be', 'am I meant to be'], ['on my', 'on the'], ['right', 'left'], ['side', 'leg', '']),
  ],
  TellMeMoreIntent: cross(EXPLAIN_VERB, EXPLAIN_WHAT, ['', 'in more detail', 'step by step']),
  WhatDoesThisStretchIntent: [
    ...cross(MUSCLE, MUSCLE_ASK, MUSCLE_VERB),
    ...cross(["what's", 'what is'], ['this one', 'this', 'this stretch'], ['even', 'actually', ''], ['doing for me', 'doing', 'for', 'good for']),
  ],
  HowManyLeftIntent: cross(['how many more', 'how many', 'how much more'], ['do we have', 'do I have', 'are there', 'have we got', 'have I got',
    'stretches do we have', 'stretches are there', 'do we have to do', 'are we doing'], ['', 'left']),
  'AMAZON.HelpIntent': cross(['what are my options', 'what are the options', 'what am I supposed to say', 'what am I meant to say',
    'what can I ask', 'what do I say', 'what can I ask you'], ['', 'here', 'now', 'to you']),
  'AMAZON.RepeatIntent': cross(['', 'I missed that', "I didn't catch that", "I didn't hear that", 'I missed it', "I didn't catch it"],
    ['', 'can you'], ['repeat it', 'repeat that', 'say it again', 'say that again', 'say that one more time', 'say it one more time']),
  'AMAZON.NextIntent': [
    ...cross(["I think I'm", "I'm", "okay I'm"], ['ready to keep going', 'ready to move on', 'ready for the next one', 'ready to go on']),
    ...cross(['go ahead and', 'can we just', "let's just"], ['move on', 'move on to the next one', 'go to the next one', 'do the next one']),
    ...cross(['done with that one', 'done with that', 'finished that one', "that's done"], ["what's after it", "what's after this",
      "what's after that", 'what comes next']),
  ],
  'AMAZON.PauseIntent': cross(['pause', 'pause it', 'stop the timer', 'stop the clock', 'pause the timer'],
    ['for a sec', 'for a second', 'for a minute', 'a sec', 'a second', 'a minute']),
  'AMAZON.StopIntent': cross(["let's", "let's just", "I think we'll", ''], ['end it here', 'end here', 'end the session', 'stop the workout',
    'end the workout', 'finish the workout', 'wrap it up', 'wrap up here']),
  ProgressIntent: [
    ...cross(['am I doing', 'am I getting', 'am I any'], ['better', 'any better'], ['than last week', 'this week', 'than before', '']),
    ...cross(['how much', 'how many times', 'how often'], ['have I stretched', 'have I done it', 'did I stretch'], ['so far', 'this week']),
  ],
  EasierIntent: [
    ...cross(['can I do this one', 'can I do this', 'can I do it', 'is there a way to do this', 'is there a version'],
      ['standing', 'sitting', 'standing up', 'sitting down', 'on a chair', 'in a chair']),
    ...cross(['', 'can you', 'can we'], ['tone it down', 'take it down a notch', 'dial it back', 'go a bit easier']),
  ],
  HarderIntent: [
    ...cross(['can we', 'can you', "let's"], ['make it', 'make this', 'make it a bit'],
      ['more challenging', 'tougher', 'more intense']),
    ...cross(['how do I', 'how can I'], ['go deeper', 'go further', 'make this harder', 'get more out of this']),
  ],
};
