/**
 * Two-clause requests and the question forms people put them in, for the en-US model: an aside
 * (what just happened, why, an apology, what interrupts) said before or after the request itself
 * ("that one's done, what's next", "I've got loads of time, let's go longer", "pause it, I need to
 * get the dog"), and the misheard words a recogniser writes for the core ones ("hole" for hold,
 * "witch" for which, "won" for one). Each aside is crossed only with its own intent's short cores,
 * so the sizes stay small; no aside names the body's feelings (lambda/test/model/everyday-clauses
 * checks that the feeling classifier reads none of these samples as pain, a cramp or a warning
 * sign). Written from how people talk on the mat, never from the held-out corpus; author.ts
 * merges these after each intent's own samples, before each sample is given to one owner.
 */
import { cross } from './locale-model';

/** Said on finishing a stretch, before asking for the next. */
// Never an aside that is another intent's whole answer ("I'm done" stops, "I'm good" declines): a
// statistical NLU learns the aside's words for the intent it is crossed with.
const FINISHED = ['that one\'s done', 'I\'m in position', 'I am in position', 'that was good', 'that felt good', 'done with that one'];
const NEXT_CORES = ['what\'s next', 'next', 'go', 'let\'s go', 'let\'s move on', 'let\'s move to the next one', 'next one', 'what now'];

/** Said on coming back to the mat, before asking to go on. */
const BACK = ['sorry about that', 'sorry for that', 'I\'m back', 'I\'m back now', 'back again', 'all sorted', 'I\'m ready'];
// Not "the kids are asleep": the classifier hears "asleep" as a numb limb.
const RESUME_CORES = ['go ahead and continue', 'go ahead', 'continue', 'carry on', 'let\'s carry on', 'let\'s go again', 'keep going',
  'let\'s keep going', 'pick it back up', 'pick up where we left off', 'we can start again where we were', 'start again where we were'];

/** What calls a user away mid-stretch. No toilet words: those are how bladder signs are said. */
const CALLED_AWAY = ['someone\'s at the door', 'someone\'s knocking', 'my phone\'s ringing', 'my phone is ringing', 'I need to get the door',
  'I need to get the dog', 'I have to take this', 'the kids need me', 'there\'s someone at the door', 'I need to get the phone', 'I need to grab my phone',
  'the dog\'s jumping on me', 'the doorbell went', 'the baby needs me', 'my neighbors are loud'];
const WAIT_CORES = ['wait', 'wait a minute', 'hang on', 'hold on', 'hold on a minute', 'pause it', 'give me a minute', 'pause', 'pause for a second',
  'pause for a sec', 'hang on a sec', 'just a moment', 'give me a second', 'can we pause', 'pause please'];

/** Why a user wants an easier form, said before asking for it. No pain words ("too much" is pain). */
const TOO_HARD = ['I\'m not very flexible', 'I\'m not that flexible', 'I\'m really stiff', 'that\'s a bit much for me',
  'this is a bit much for me', 'I can\'t reach', 'I\'m a beginner', 'I\'m new to this'];
const EASIER_CORES = ['can I have an easier one', 'is there an easier version', 'is there a simpler version', 'give me an easier one',
  'something easier', 'is there a modification', 'make it easier'];

/** Why a user wants a harder form. */
const TOO_EASY = ['this is too easy', 'that\'s too easy', 'this is easy', 'I barely feel this', 'I hardly feel this', 'I can do more',
  'I barely feel this one', 'I\'m not feeling it much'];
const HARDER_CORES = ['give me something tougher', 'can I go deeper', 'make it harder', 'is there a harder version', 'something harder',
  'give me a harder one', 'how do I go deeper', 'give me something harder', 'can we make it harder', 'can I make it more of a stretch'];

/** Time short or plenty, said before or after asking for a shorter or longer routine. */
// Few asides with "time" or "long": those are how the hold's length is asked ("how much time is
// left", "how long"), and a statistical NLU learnt them here for these two small intents.
const SHORT_OF_TIME = ['I\'m in a hurry', 'I\'m kind of in a hurry', 'I\'m in a rush', 'I\'m in a bit of a rush', 'I need to be quick',
  'I\'m busy today', 'I don\'t have much time', 'that\'s too long for me'];
const SHORTER_CORES = ['is there a shorter one', 'is there a short one', 'is there anything shorter', 'a shorter one please',
  'something shorter', 'can we do a shorter one'];
const TIME_ON_HAND = ['I\'m in no rush', 'I\'m not in a rush', 'I\'m not busy today', 'that\'s too short', 'that was too short',
  'I\'ve got loads of time', 'I\'ve got time'];
const LONGER_CORES = ['let\'s go longer', 'can we do a longer one', 'is there a longer version', 'do you have something longer',
  'something longer', 'a longer one please'];

/** Why a user skips a stretch. No pain words ("I don't like this" is said of pain). */
const NOT_FOR_ME = ['I can\'t get down on the floor', 'I can\'t get down on the floor today', 'I can\'t get on the floor',
  'I can\'t get on the floor today', 'I can\'t get on the floor for this', 'not doing this one', 'nope not doing this one', 'not this one', 'not that one', 'nah not that one',
  'I don\'t fancy this one'];
const SKIP_CORES = ['skip it', 'skip', 'skip this one', 'let\'s skip it', 'can we skip it', 'next'];

/** Why a user starts now, said before naming the routine. */
const WHY_NOW = ['I just woke up', 'I just got up', 'I\'m up', 'I\'ve been sitting at my desk all day', 'I\'ve been sat at my desk all day',
  'I have a break between meetings', 'I\'ve got a few minutes', 'I\'m about to go to sleep', 'I\'m about to go to bed', 'it\'s bedtime',
  'I\'m ready to stretch', 'I have been sitting all day', 'I\'m at my desk', 'I\'m at work'];
const START_CORES = ['let\'s do the {routine} routine', 'let\'s do the {routine} one', 'can we do the {routine} routine',
  'start the {routine} stretches', 'can we do the {routine} break', 'can we do the {routine} stretches', 'play the {routine} routine',
  'do the {routine}', 'can we do the {routine} one', 'give me the {routine} session'];
const START_ANY = ['let\'s begin', 'let\'s start', 'let\'s get started'];

/** A request crossed with the asides said before it, joined bare or with "so" / "and". */
const before = (asides: readonly string[], cores: readonly string[], joins: readonly string[] = ['']): string[] => cross(asides, joins, cores);
/** A request with the aside said after it. */
const after = (cores: readonly string[], asides: readonly string[]): string[] => cross(cores, asides);

export const EVERYDAY_CLAUSES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.NextIntent': [
    ...before(FINISHED, NEXT_CORES),
    ...cross(['', 'let\'s', 'can we', 'okay let\'s'], ['keep it moving', 'keep things moving', 'keep moving', 'keep it going', 'keep rolling']),
    ...cross(['next', 'the next', 'skip to the next'], ['won', 'wan']),
  ],
  'AMAZON.ResumeIntent': [
    ...before(BACK, RESUME_CORES),
    ...cross(['continue', 'resume', 'finish'], ['my routine', 'the routine'], ['from yesterday', 'from last time', 'from earlier']),
  ],
  'AMAZON.PauseIntent': [
    ...before(WAIT_CORES, CALLED_AWAY), ...before(CALLED_AWAY, WAIT_CORES),
    ...cross(['just', 'please just'], ['wait', 'wait a moment', 'wait a minute', 'wait a sec', 'hold on', 'hang on', 'give me a minute',
      'give me a second', 'pause', 'pause it']),
    ...cross(['I need', 'can I take', 'can I have'], ['a brake', 'a quick brake']),
    // A rest asked with "have" or "take" (the workday break is asked with "give me", "start", "I need").
    ...cross(['', 'can we', 'can I', 'let\'s'], ['have a quick break', 'take a quick break', 'take a breather', 'have a breather', 'have a little break',
      'take five', 'take a minute']),
  ],
  'AMAZON.StopIntent': [
    ...cross(['I\'m gonna', 'I\'m going to', 'I think I\'m gonna', 'I\'ll have to', 'I need to', 'I have to'], ['stop',
      'stop here', 'stop there', 'call it a day', 'finish', 'finish here', 'leave it there', 'stop for today']),
    // Called away for good: "I have to go, sorry", "I gotta go, stop the workout".
    ...cross(['I have to', 'I gotta', 'I need to', 'I\'ve got to'], ['go', 'run', 'head off', 'leave'], ['', 'sorry', 'now', 'now bye', 'bye', 'end it',
      'stop the workout', 'stop here']),
    ...cross(['', 'never mind', 'okay'], ['we\'re done', 'we\'re done here', 'we are done', 'that\'s us done'], ['', 'thanks', 'for today']),
  ],
  'AMAZON.CancelIntent': cross(['just', 'please just'], ['cancel', 'cancel it', 'cancel that', 'forget it', 'never mind']),
  'AMAZON.PreviousIntent': [
    ...cross(['', 'wait'], ['go back', 'go back one', 'can we go back'], ['I missed the last one', 'I missed that one', 'I missed it',
      'I wasn\'t ready']),
    ...cross(['', 'can we'], ['do the previous stretch', 'do the previous one', 'do the last stretch again', 'redo the previous one',
      'do the one before', 'do the previous exercise']),
  ],
  'AMAZON.RepeatIntent': [
    ...cross(['', 'sorry', 'wait'], ['what was the question', 'what did you ask', 'what were you asking', 'what did you ask me']),
    ...cross(['', 'sorry can you'], ['say it again', 'say that again', 'repeat that', 'repeat it'], ['slower', 'more slowly', 'louder']),
  ],
  'AMAZON.HelpIntent': cross(['I\'m confused', 'I\'m lost', 'I\'m not sure', 'I don\'t know', 'I have no idea'], ['what do I do now',
    'what should I say', 'what to say', 'what I can say', 'what can I do']),
  'AMAZON.YesIntent': ['I guess so', 'I suppose so', 'I guess', 'I suppose', 'guess so', 'suppose so', 'yeah I guess', 'yeah I suppose',
    'yeah I guess so', 'okay I guess', 'if you like', 'if you want', 'sure I guess', 'I guess so yeah', 'alright then',
    'yeah why not', 'might as well', 'yeah might as well', 'sounds like a plan', 'that works', 'that works for me'],
  'AMAZON.NoIntent': [
    ...cross(['', 'no'], ['not feeling it', 'not feeling it today', 'I\'m not feeling it', 'not in the mood', 'I\'m not in the mood',
      'not up for it', 'I\'m not up for it', 'I don\'t feel like it', 'I don\'t want that', 'I don\'t want to', 'I don\'t want it']),
  ],
  SkipIntent: [
    ...before(NOT_FOR_ME, SKIP_CORES),
    ...cross(['skip ahead', 'skip', 'jump ahead'], ['past this one', 'past this', 'past it']),
    ...cross(['skip'], ['the strech', 'this strech', 'that strech', 'that won']),
  ],
  EasierIntent: [
    ...before(TOO_HARD, EASIER_CORES),
    ...cross(['', 'is there', 'do you have'], ['a modification', 'a chair version', 'a seated version', 'a version I can do in a chair',
      'a version of this I can do in a chair', 'a version of this I can do sitting down']),
    ...cross(['can the next one be', 'can the next ones be', 'make the next one', 'make the next ones'], ['easier', 'gentler']),
    'I can\'t reach that far', 'I\'m not that flexible', 'I\'m not very flexible', 'I can\'t get my knee down that far',
    'I can\'t get my leg that far', 'I can\'t get that low', 'I can\'t bend that far',
    ...cross(['beginner', 'beginners', 'beginner\'s', 'easy', 'easier', 'gentle', 'gentler'], ['version', 'one', 'option'], ['', 'please']),
  ],
  HarderIntent: [
    ...before(TOO_EASY, HARDER_CORES),
    ...cross(['can the next one be', 'can the next ones be', 'make the next one', 'make the next ones'], ['harder', 'tougher']),
    ...cross(['is there a'], ['harder', 'tougher', 'more challenging'], ['way to do this', 'way to do this one', 'way to do it']),
  ],
  ShorterIntent: [
    // Few on purpose: the two small intents, grown by hundreds, drew a statistical NLU's everyday
    // phrasings ("shorter holds", "hold it longer") away from their own intents.
    ...SHORTER_CORES, 'do you have a quicker version', ...before(SHORT_OF_TIME, SHORTER_CORES.slice(0, 4)), ...after(SHORTER_CORES.slice(3, 5), SHORT_OF_TIME),
    ...cross(['is there', 'do you have'], ['anything', 'something'], ['shorter', 'quicker']),
  ],
  LongerIntent: [
    ...LONGER_CORES, ...before(TIME_ON_HAND, LONGER_CORES.slice(0, 4)), ...after(LONGER_CORES.slice(1, 2), TIME_ON_HAND),
    ...cross(['is there', 'do you have', 'I want'], ['anything', 'something', 'a'], ['longer'], ['', 'than that']),
  ],
  StartRoutineIntent: [
    ...before(WHY_NOW, START_CORES.slice(0, 2), ['so']), ...before(WHY_NOW, START_CORES.slice(2)),
    ...before(WHY_NOW, START_ANY),
    ...cross(['', 'let\'s do', 'I want', 'do', 'can we do'], ['the one', 'the little stretch'], ['for {routine}', 'I do {routine}', 'you do {routine}',
      'for when I am at {routine}', 'I can do at my {routine}']),
    ...cross(['start', 'do', 'play', 'put on'], ['the', 'my'], ['{routine}'], ['rooting', 'routeen', 'stretch routine', 'stretches today']),
    ...cross(['{routine} routine', 'the {routine} one'], ['like right now', 'right now', 'let us go', 'instead']),
    // A closing "please" or "now" is dropped only when nothing reads the words whole, and "can I do the
    // {routine} …" reads them whole with the routine's words unknown ("wake up one please").
    ...cross(['can I do', 'can we do', 'let\'s do', 'do', 'start', 'I\'ll do'], ['the', 'my'], ['{routine}'], ['one please',
      'stretches please', 'routine please', 'stretches now', 'routine now', 'one now']),
    ...cross(['actually let\'s', 'can we'], ['switch to the {routine} one', 'do the {routine} one instead']),
    ...cross(['', 'yeah hi'], ['can we do the {routine} stretches today']),
    ...cross(['let\'s get going with', 'let\'s get on with', 'get going with', 'let\'s crack on with', 'time for'], ['my stretches',
      'the stretches', 'my stretching', 'my routine', 'a routine']),
  ],
  CustomRoutineIntent: [
    // Never "I have …", "I've got …" or "my {focus}" alone: those are how warning signs begin, and a
    // statistical NLU trained on them here hears "I've got numbness in my leg" as a routine request.
    ...cross(['do', 'make me', 'do me'], ['a {minutes} minute', 'like a {minutes} minute'], ['routine', 'session', 'workout']),
    ...cross(['I\'ve only got', 'I only have'], ['{minutes} minutes', 'about {minutes} minutes'], ['', 'what can we do']),
    ...cross(['do', 'just do', 'can I do', 'can we do'], ['{minutes} minutes', 'about {minutes} minutes'], ['instead']),
  ],
  HoldDurationIntent: [
    ...cross(['how long am I', 'how long do I'], ['supposed to stay', 'meant to stay', 'keep holding'], ['like this', 'here', '']),
    ...cross(['how long do I', 'how long should I'], ['hole', 'holed', 'hole this', 'holed this', 'hole it'], ['', 'for']),
    ...cross(['how long is'], ['this holed', 'the holed', 'this hole'], ['', 'for']),
    // "How" as a recogniser may write it.
    ...cross(['hows', 'hoo'], ['long is the hold', 'long do I hold', 'long do I hold this', 'long left', 'much longer']),
    ...cross(['how long will I hold', 'how long is'], ['the next one', 'the next stretch']),
    ...cross(['how many more seconds', 'how much longer', 'how long'], ['on this side', 'left on this side', 'on this leg']),
    ...cross(['wait', 'hang on'], ['how long do I hold', 'how long do I hold this', 'how long left', 'how much longer',
      'how long do I keep holding']),
  ],
  WhichSideIntent: [
    ...cross(['', 'wait'], ['which leg', 'which foot', 'which side'], ['should be in front', 'goes in front', 'should be on top', 'should be back']),
    ...cross(['am I doing', 'am I on', 'is this'], ['the right side', 'the correct side', 'the right leg'], ['', 'now']),
    ...cross(['did we do', 'have we done', 'did I do'], ['this side', 'that side', 'this leg', 'the left side', 'the right side'], ['', 'already']),
    ...cross(['witch'], ['side', 'leg', 'way'], ['', 'am I on', 'is it', 'now', 'first']),
    ...cross(['', 'wait'], ['which way', 'what way'], ['am I meant to be facing', 'should I face', 'should I be facing']),
  ],
  WhatDoesThisStretchIntent: [
    ...cross(['what muscle', 'what muscles', 'which muscle'], ['is this', 'is this one'], ['supposed to', 'meant to'], ['stretch', 'work']),
    ...cross(['what am I', 'what are we'], ['stretching', 'working'], ['right now', 'now']),
    ...cross(['what does'], ['this', 'this one', 'this stretch'], ['do exactly', 'actually do']),
  ],
  HowManyLeftIntent: [
    ...cross(['how many more', 'how many'], ['after this one', 'after this stretch']),
    ...cross(['how much of'], ['the routine', 'this routine', 'the session'], ['is left', 'is there left', 'have we done']),
    ...cross(['what number', 'which number'], ['are we on', 'am I on', 'are we up to']),
    ...cross(['hows', 'hoo'], ['many left', 'many are left', 'many more', 'many stretches to go', 'many to go', 'many stretches left']),
    ...cross(['how many stretches', 'how many'], ['are there', 'are in this routine'], ['in total', 'altogether']),
  ],
  TellMeMoreIntent: [
    ...before(['I\'m not sure I\'m doing it right', 'I don\'t think I\'m doing it right', 'I\'m confused', 'I don\'t get this one'],
      ['can you tell me more', 'tell me more', 'explain it again', 'how do I do this']),
    ...cross(['how do I', 'how exactly am I supposed to', 'how am I supposed to'], ['set this up', 'set it up']),
    ...cross(['explain', 'talk me through', 'walk me through'], ['the setup', 'the set up', 'the starting position']),
  ],
  ProgressIntent: [
    ...before(['okay I\'m done', 'all done', 'that\'s me done'], ['how did I do', 'how did I do today']),
    ...cross(['how am I'], ['doing', 'going'], ['so far this week', 'this week so far']),
    ...cross(['', 'tell me'], ['how my week is going', 'how my week went', 'how I\'m doing', 'how I\'m going', 'how I\'m getting on']),
  ],
  ListRemindersIntent: [
    ...cross(['do I have', 'have I got'], ['any reminders', 'a reminder'], ['set', 'on']),
    ...cross(['what reminders'], ['have you got for me', 'have you got', 'are set']),
    ...cross(['what time is', 'when is'], ['my'], ['morning reminder', 'evening reminder', 'workday reminder', 'stretch reminder']),
  ],
  MoveReminderIntent: [
    ...cross(['push', 'move'], ['my reminder', 'my {routine} reminder', 'the {routine} reminder'], ['back', 'forward', 'back an hour',
      'forward an hour']),
    ...cross(['reschedule'], ['my stretch reminder', 'my reminder', 'my {routine} reminder'], ['to {time}', 'for {time}']),
    ...cross(['make'], ['the {routine} reminder', 'my reminder'], ['earlier', 'later', 'earlier like {time}', 'later say {time}',
      'an hour earlier']),
    ...cross(['shift', 'move', 'push'], ['the {routine} reminder', 'my {routine} reminder', 'my reminder'], ['an hour earlier', 'an hour later',
      'earlier', 'later']),
  ],
  CancelReminderIntent: cross(['I don\'t want', 'I don\'t need'], ['reminders anymore', 'any more reminders', 'the reminders anymore']),
  SetReminderIntent: cross(['', 'can you like'], ['nudge me', 'remind me'], ['{dayOne} to stretch',
    '{dayOne} at {time} to stretch', '{dayOne} {time} to stretch', 'to stretch {dayOne}', 'to stretch {dayOne} {time}']),
};
