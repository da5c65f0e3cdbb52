/**
 * Everyday turns of phrase for the en-US model, built as families (an opener × a verb × what it is
 * about), from the kinds of phrasing the blind fresh6 corpus showed missing, never its sentences:
 * moving on, back or to the start said with a destination ("take me back to the earlier stretch"),
 * finishing said as a self-report ("I'm finished for the day", "I have to head off"), asking what a
 * stretch is for as "the point of" or "how does it help", how to get into position said as
 * "remind me how to", how long said as "is it time yet", which side asked of the hip or the way to
 * lean, reminders put as "pop a reminder in", a routine's length asked of "the routine" itself.
 * No family names a feeling of the body (lambda/test/model/everyday-clauses.test.ts reads every
 * sample author.ts merges for pain, cramp and warning-sign words). author.ts adds these after each
 * intent's own samples, before each sample is given to one owner.
 */
import { cross } from './locale-model';

const NEXT_THING = ['one', 'stretch', 'exercise', 'pose'];
const EARLIER = ['the one before', 'the earlier stretch', 'the one we just did', 'the last stretch', 'the previous one', 'the stretch before',
  'the stretch before this'];
const FIRST = ['the very first stretch', 'the first stretch', 'stretch one', 'the first one', 'the beginning'];
const LEAVING = ['go', 'run', 'head off', 'leave', 'get going'];
const THIS = ['this', 'this one', 'this stretch'];
const HOW_TO = ['how to do this', 'how to do this one', 'how to get into position', 'how to get into the position', 'how to set up',
  'where my hands go', 'where my feet go', 'what to do with my legs'];
const BODY_SIDE = ['hip', 'leg', 'side', 'foot', 'knee'];

export const EVERYDAY_TURNS: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.NextIntent': [
    ...cross(['go to', 'move to', 'move on to', 'take me to', 'on to', 'bring on'], ['the next', 'the following'], NEXT_THING),
    ...cross(['move', 'take'], ['me', 'us'], ['on', 'forward', 'to the next one']),
    ...cross(['ready for', "I'm ready for"], ['another one', 'another stretch', 'the next stretch']),
    ...cross(['what comes'], ['after this', 'after this one', 'after that']),
    ...cross(['crack on', 'push on'], ['', 'to the next', 'with the next one']),
  ],
  'AMAZON.PreviousIntent': [
    ...cross(['go back to', 'take me back to', 'back to', 'rewind to'], EARLIER),
    ...cross(['do', ''], ['the last stretch again', 'the last one again', 'the previous stretch again']),
  ],
  'AMAZON.StartOverIntent': [
    ...cross(['go back to', 'take me back to', 'back to', 'reset to', 'reset back to'], FIRST),
    ...cross(['take it', 'do it', 'start it'], ['from the start', 'from the top', 'from scratch']),
    ...cross(['start', 'do'], ['the whole routine', 'the whole thing'], ['over', 'again']),
    ...cross(['star'], ['over', 'again', 'from the beginning']),
  ],
  'AMAZON.RepeatIntent': [
    ...cross(['', 'can you', 'could you'], ['run that by me again', 'say that once more', 'say it once more', 'go over that again']),
    ...cross(['I missed that', "I didn't catch that", 'I missed what you said'], ['could you repeat it', 'could you repeat that',
      'could you say it again', 'what did you say']),
  ],
  'AMAZON.PauseIntent': [
    ...cross(['freeze', 'pause', 'stop'], ['for a bit', 'for a moment', 'a moment', 'it for a bit']),
    ...cross(['pause'], ['the session', 'the workout', 'the stretch', 'the exercise']),
    ...cross(['give us', 'give me'], ['a sec', 'a tick', 'two secs', 'a few minutes']),
  ],
  'AMAZON.ResumeIntent': [
    ...cross(["I'm ready to", 'I am ready to'], ['carry on', 'continue', 'keep going', 'go again']),
    ...cross(['okay done', 'back now', 'all done'], ['you can continue', 'you can carry on', 'go on', 'carry on']),
    ...cross(['start it', 'get it'], ['back up', 'going again']),
    'play', 'press play', 'hit play', "sorry about that let's continue", "let's continue",
  ],
  'AMAZON.StopIntent': [
    ...cross(['', 'I think', 'okay'], ["I'm done", 'I am done', "that's me done", "I'm finished", 'I am finished'], ['for today', 'for the day']),
    'I am done', "that's me done", 'that is me done', 'I am finished',
    ...cross(['I have to', 'I need to', "I've got to"], LEAVING, ['', 'now', 'bye']),
    ...cross(["that's", 'that is'], ['enough', 'plenty'], ['for today', 'for the day', 'for one day']),
    ...cross(['exit', 'end', 'quit', 'close'], ['the routine', 'the session', 'the workout']),
    ...cross(['we can', "we'll", 'I will', "I'll"], ['stop', 'finish', 'leave it'], ['there', 'here']),
  ],
  'AMAZON.HelpIntent': [
    ...cross(['what'], ['commands', 'options', 'things'], ['are there', 'can I use', 'do you understand']),
    ...cross(['what does', "what's", 'what is'], ['this skill', 'this app', 'hip coach'], ['do', 'for']),
    ...cross(["I'm a bit lost", 'I am a bit lost', "I'm stuck", 'I am lost'], ['', 'what do I do', 'what do I say', 'help']),
    ...cross(["I don't know", 'I do not know'], ['what to do', 'what to say', 'what I should say'], ['', 'now', 'here']),
  ],
  'AMAZON.NoIntent': [
    ...cross(['no', 'nah', ''], ["I'd rather not", 'I would rather not']),
    ...cross(['no', 'nah', 'no thanks'], ['start fresh', 'start a new one', 'a fresh start']),
  ],
  'AMAZON.NavigateHomeIntent': cross(['back to', 'go back to', 'return to'], ['home', 'the home screen', 'the main menu']),
  SkipIntent: [
    ...cross(['skip'], ['dis', 'dis one', 'dat one']),
    ...cross(["I'll", 'I will', 'let me', "I think I'll"], ['sit this one out', 'give this one a miss', 'pass on this one', 'leave this one']),
    ...cross(["I'd rather", 'I would rather'], ['not do this one', 'not do this', 'skip this one', 'skip this']),
  ],
  HoldDurationIntent: [
    ...cross(['is it time', 'is the time up', 'is time up'], ['', 'yet']),
    ...cross(['how long is', 'how long will'], ['this stretch', 'this one', 'the next hold', 'each stretch'], ['held for', 'be held for', 'be']),
    'for how long', 'for how many seconds', 'how long is the hole', 'how long is the whole',
  ],
  WhichSideIntent: [
    ...cross(['which', 'what'], BODY_SIDE, ['is this for', 'was I on', 'were we on', 'should I be using', 'should I use']),
    ...cross(['which way', 'what way', 'which direction'], ['do I lean', 'should I lean', 'do I turn', 'do I twist']),
    ...cross(['white', 'wet'], ['side', 'leg'], ['', 'is it', 'am I on']),
  ],
  WhatDoesThisStretchIntent: [
    ...cross(["what's", 'what is'], ['the point of', 'the benefit of', 'the purpose of', 'the idea of'], [...THIS, 'doing this']),
    ...cross(['how does', 'how will'], THIS, ['help', 'help me', 'help my hips', 'help my back']),
    ...cross(['what is', "what's"], ['this', 'this one'], ['stretching', 'working', 'targeting']),
    ...cross(['what should I', 'what am I supposed to', 'what am I meant to'], ['feel this in', 'be feeling this in']),
    ...cross(['what does this one do', 'what does this do', "what's this one for", 'what is this for'], ['again']),
  ],
  TellMeMoreIntent: [
    ...cross(['remind me', 'remind me again', 'can you remind me', 'tell me again'], HOW_TO),
    ...cross(['explain', 'describe'], ['the position', 'the stretch', 'this stretch', 'it'], ['again', 'step by step', 'one more time']),
    ...cross(['how do I', 'how should I'], ['set up for this', 'set up for this one', 'get into this', 'get into position']),
    ...cross(['show me', 'teach me'], ['how', 'how to do it', 'how it goes']),
    ...cross(['how am I meant to be', 'how am I supposed to be', 'how should I be'], ['sitting', 'standing', 'lying', 'kneeling', 'positioned']),
  ],
  HowManyLeftIntent: [
    ...cross(['how many', 'how many stretches', 'how many more'], ['remain', 'remaining', 'are remaining', 'of these', 'of these left']),
    ...cross(['what number', 'which number'], ['stretch is this', 'is this', 'is this one', 'stretch are we on']),
  ],
  EasierIntent: cross(['', 'something', 'a'], ['a bit less intense', 'less intense', 'a simpler one', 'simpler'], ['', 'maybe']),
  HarderIntent: [
    ...cross(['push me', 'challenge me', 'work me'], ['', 'a bit more', 'harder', 'more']),
    ...cross(['', 'something', 'a'], ['more advanced', 'a harder one', 'harder'], ['', 'maybe']),
    ...cross(['I can go', 'I could go'], ['deeper', 'further'], ['', 'than this']),
  ],
  ProgressIntent: [
    ...cross(['show', 'show me', 'tell me', 'give me'], ['my stats', 'my statistics', 'my track record', 'my record', 'my numbers']),
    ...cross(['how is', "how's"], ['my streak', 'my progress'], ['', 'going', 'looking']),
    ...cross(['how many'], ['routines', 'sessions', 'workouts'], ['have I finished', 'have I completed', 'did I finish'], ['', 'so far', 'this week']),
    'track record', 'my track record', 'my stats',
  ],
  DeleteDataIntent: cross(['get rid of', 'remove', 'delete', 'erase', 'wipe'], ['my stored data', 'my saved data', 'everything you have saved',
    "everything you've saved", 'everything you know about me']),
  StartRoutineIntent: [
    ...cross(['', 'the', 'my'], ['{routine}'], ['routing', 'routeen', 'rooting']),
    ...cross(['give me', 'can I have', "I'll have"], ['the {routine} session', 'the {routine} routine', 'my {routine} stretches']),
    ...cross(['get me', 'get us'], ['started', 'going', 'stretching']),
    ...cross(["I'd like to", 'I would like to', 'I want to'], ['exercise', 'work out', 'do some exercise', 'do my exercises']),
    ...cross(["let's", 'let us'], ['begin a session', 'start a session', 'begin']),
  ],
  CustomRoutineIntent: [
    ...cross(['', 'make me', 'give me'], ['a quick', 'a short', 'a custom', 'a'], ['routine'], ['for my {focus}', 'focused on my {focus}']),
    ...cross(['', 'can you'], ['make me a custom routine', 'make me a routine', 'build me a routine', 'build me a custom routine']),
    ...cross(['{minutes} minutes of', 'a {minutes} minute'], ['hip stretches', 'back stretches', '{focus} stretches']),
  ],
  ShorterIntent: [
    ...cross(['make', 'can we make', 'can you make'], ['the routine', 'this routine', 'the session'], ['shorter', 'quicker']),
    ...cross(['cut', 'trim'], ['the routine', 'the session'], ['down', 'short']),
  ],
  LongerIntent: [
    ...cross(['make', 'can we make', 'can you make'], ['the routine', 'this routine', 'the session'], ['longer']),
    ...cross(['extend', 'lengthen'], ['the routine', 'the session']),
    ...cross(['add', 'can we add', 'can you add'], ['a few more stretches', 'more stretches', 'another stretch']),
    'is there a longer one',
  ],
  SetReminderIntent: [
    ...cross(['pop', 'put', 'stick'], ['a reminder in', 'a reminder on'], ['', 'for {time}', 'for {dayOne}', 'for {dayOne} {time}', 'at {time}']),
    ...cross(['schedule'], ['my stretches', 'my routine', 'a stretch'], ['for {time}', 'at {time}', 'for {dayOne}', 'for {dayOne} at {time}']),
    ...cross(['give me', 'I want', "I'd like"], ['a reminder'], ['at {time}', 'on {dayOne}', 'on {dayOne} and {dayTwo}', '{dayOne} at {time}']),
    ...cross(['remind her', 'remind him'], ['to stretch', 'to stretch at {time}', 'at {time}', '{dayOne}']),
  ],
  ListRemindersIntent: [
    ...cross(['read out', 'read me', 'go through'], ['my reminders', 'the reminders']),
    ...cross(['when are', 'what time are'], ['my reminders', 'the reminders'], ['set for', 'set', 'for']),
  ],
  MoveReminderIntent: cross(['change', 'move', 'update'], ['my reminder time', 'the reminder time', 'the time of my reminder']),
  CancelReminderIntent: cross(["I don't want", 'I do not want', "I don't need"], ['the reminder', 'my reminder', 'the reminders'],
    ['any more', 'anymore']),
};
