/**
 * Understanding corpus, FRESH set: a second development set, written by a helper engineer (branch
 * corpus-fresh, December 2026) from its own brainstorm of what someone on the floor in a stretch,
 * eyes closed and often in pain, says to the coach (British, American, Australian and Indian
 * English; fillers, a leading "alexa", polite forms, fragments, and what a speech recogniser hands
 * over: missing apostrophes, homophones such as "write side", "holed", "paws", "brake").
 * Written blind: without opening the interaction model, its samples or the model generators, and
 * before any tuning against it. tuning.ts and dev.ts were read only to make sure no text repeats
 * one of theirs. Like the development half, it may be tuned against; the held-out half is only
 * ever run.
 */
import type { Phrasing } from './phrasing';

const hold = 'hold' as const;
const between = 'between' as const;
const paused = 'paused' as const;
const question = 'question' as const;
const outside = 'outside' as const;

export const freshPhrasings: readonly Phrasing[] = [
  // Next: mostly between stretches, the coach waiting
  { text: 'alright whats after this', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'moving on', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'go on then next', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'okay next one please', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'thats that one done', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'next exercise', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'can we move along', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'alexa next won', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'im ready for the next stretch now', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'erm okay whats the next move', expect: { intent: 'AMAZON.NextIntent' }, context: between },

  // Previous
  { text: 'back one', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'take me back to the previous stretch', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'the stretch before this one please', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'previous stretch alexa', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'um can we go back please', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'back up one stretch', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'go back to the last one', expect: { intent: 'AMAZON.PreviousIntent' }, context: hold },
  { text: 'alexa previous one', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },

  // Skip: usually mid-hold, the stretch is not working for them
  { text: 'ill pass on this one', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'ill skip it thanks', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'skip please', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'give this one a miss', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'can we leave this one out', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'lets miss that one out', expect: { intent: 'SkipIntent' }, context: between },
  { text: 'kindly skip this exercise', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'jump past this stretch', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'i dont want to do this one skip it', expect: { intent: 'SkipIntent' }, context: hold },

  // Repeat
  { text: 'what was that', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'say again', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'come again sorry', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'sorry i wasnt listening what was that', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'didnt catch that', expect: { intent: 'AMAZON.RepeatIntent' }, context: between },
  { text: 'what was the last bit', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'say that one more time', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'kindly repeat', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'um what did you just say', expect: { intent: 'AMAZON.RepeatIntent' }, context: between },

  // Pause
  { text: 'wait', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'weight a minute', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'paws it', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'hold on', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'one sec somebodys at the door', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'hang about', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'give me two minutes', expect: { intent: 'AMAZON.PauseIntent' }, context: between },
  { text: 'stop the clock a minute', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'hang on mate', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'can you put it on pause', expect: { intent: 'AMAZON.PauseIntent' }, context: between },

  // Resume: after a pause
  { text: 'okay im back', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'okay carry on then', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'you can continue now', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'right lets keep at it', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'unpause it please', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'erm resume', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'right where were we', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'pick it up from where we stopped', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'sorry about that lets go again', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'alexa unpause hip coach', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },

  // Stop
  { text: 'thats enough for today', expect: { intent: 'AMAZON.StopIntent' }, context: between },
  { text: 'i want to stop now', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'end this session now', expect: { intent: 'AMAZON.StopIntent' }, context: between },
  { text: 'im done for today', expect: { intent: 'AMAZON.StopIntent' }, context: between },
  { text: 'quit', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'no more stretching today', expect: { intent: 'AMAZON.StopIntent' }, context: between },
  { text: 'just stop the whole routine', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'alexa stop it', expect: { intent: 'AMAZON.StopIntent' }, context: paused },
  { text: 'reckon ill call it a day', expect: { intent: 'AMAZON.StopIntent' }, context: between },

  // Cancel
  { text: 'cancel that', expect: { intent: 'AMAZON.CancelIntent' }, context: between },
  { text: 'oh forget it', expect: { intent: 'AMAZON.CancelIntent' }, context: question },
  { text: 'never mind alexa', expect: { intent: 'AMAZON.CancelIntent' }, context: outside },
  { text: 'cancel the routine', expect: { intent: 'AMAZON.CancelIntent' }, context: paused },
  { text: 'scrap that', expect: { intent: 'AMAZON.CancelIntent' }, context: between },
  { text: 'nah cancel', expect: { intent: 'AMAZON.CancelIntent' }, context: outside },
  { text: 'cancel please', expect: { intent: 'AMAZON.CancelIntent' }, context: hold },
  { text: 'alexa cancel', expect: { intent: 'AMAZON.CancelIntent' }, context: hold },

  // Help
  { text: 'what can i say', expect: { intent: 'AMAZON.HelpIntent' }, context: outside },
  { text: 'what are my options', expect: { intent: 'AMAZON.HelpIntent' }, context: between },
  { text: 'im lost', expect: { intent: 'AMAZON.HelpIntent' }, context: hold },
  { text: 'how does this skill work', expect: { intent: 'AMAZON.HelpIntent' }, context: outside },
  { text: 'can somebody help me please', expect: { intent: 'AMAZON.HelpIntent' }, context: hold },
  { text: 'im confused what do i do', expect: { intent: 'AMAZON.HelpIntent' }, context: between },
  { text: 'what can you do', expect: { intent: 'AMAZON.HelpIntent' }, context: outside },
  { text: 'erm help', expect: { intent: 'AMAZON.HelpIntent' }, context: paused },
  { text: 'what commands can i use', expect: { intent: 'AMAZON.HelpIntent' }, context: outside },

  // Yes: answering the coach's question
  { text: 'yes please', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'yeah go on', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'yep', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'sure thing', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'mm hmm', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'okay sounds good', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'go for it', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'too right', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'yes yes', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'oh absolutely yes', expect: { intent: 'AMAZON.YesIntent' }, context: question },

  // No
  { text: 'no thanks not now', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'nope not today', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'nah mate', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'not really', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'no im alright', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'yeah nah', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'no ta', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'um i dont think so no', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'no thank you very much', expect: { intent: 'AMAZON.NoIntent' }, context: question },

  // Start over
  { text: 'start again from the beginning', expect: { intent: 'AMAZON.StartOverIntent' }, context: between },
  { text: 'from the top', expect: { intent: 'AMAZON.StartOverIntent' }, context: between },
  { text: 'restart please', expect: { intent: 'AMAZON.StartOverIntent' }, context: paused },
  { text: 'can we start over', expect: { intent: 'AMAZON.StartOverIntent' }, context: between },
  { text: 'begin again', expect: { intent: 'AMAZON.StartOverIntent' }, context: paused },
  { text: 'back to the very start', expect: { intent: 'AMAZON.StartOverIntent' }, context: between },
  { text: 'take it from the top please', expect: { intent: 'AMAZON.StartOverIntent' }, context: hold },
  { text: 'start the whole thing again', expect: { intent: 'AMAZON.StartOverIntent' }, context: between },
  { text: 'okay so restart the routine', expect: { intent: 'AMAZON.StartOverIntent' }, context: paused },

  // How long do I hold
  { text: 'how long do i holed this', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'how many seconds is this', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'and how long for', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'how long am i staying here', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'how much longer do i hold it', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'how long is this hold meant to be', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'for how much time i should hold', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'whats the hold time', expect: { intent: 'HoldDurationIntent' }, context: between },
  { text: 'um how long should i stay in this position', expect: { intent: 'HoldDurationIntent' }, context: hold },

  // Which side / leg
  { text: 'um which side am i doing now', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'which leg is it', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'left or right', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'is it my write side', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'which leg now', expect: { intent: 'WhichSideIntent' }, context: between },
  { text: 'what side are we on', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'am i meant to be on the left', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'which knee goes forward', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'tell me which side i am on', expect: { intent: 'WhichSideIntent' }, context: hold },

  // What does this stretch
  { text: 'whats this one for', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'what does this do', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'what muscle is this stretching', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'what am i stretching here', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'whats the point of this one', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'what is this good for', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'which part of me is this working', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'what is this stretch called', expect: { intent: 'WhatDoesThisStretchIntent' }, context: between },
  { text: 'erm what does this one target', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },

  // How many / how much left
  { text: 'how many more are there', expect: { intent: 'HowManyLeftIntent' }, context: between },
  { text: 'how many more to go then', expect: { intent: 'HowManyLeftIntent' }, context: hold },
  { text: 'how much is left', expect: { intent: 'HowManyLeftIntent' }, context: between },
  { text: 'are we nearly done yet', expect: { intent: 'HowManyLeftIntent' }, context: hold },
  { text: 'how much longer is this whole routine', expect: { intent: 'HowManyLeftIntent' }, context: between },
  { text: 'how many have we got left', expect: { intent: 'HowManyLeftIntent' }, context: between },
  { text: 'is this the last one', expect: { intent: 'HowManyLeftIntent' }, context: hold },
  { text: 'how many stretches are left then', expect: { intent: 'HowManyLeftIntent' }, context: between },
  { text: 'are we almost finished', expect: { intent: 'HowManyLeftIntent' }, context: paused },

  // Tell me more
  { text: 'more detail please', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'explain that a bit more', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'can you describe it better', expect: { intent: 'TellMeMoreIntent' }, context: between },
  { text: 'give me more info', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'talk me through it properly', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'go into more detail', expect: { intent: 'TellMeMoreIntent' }, context: between },
  { text: 'tell me a bit more about this one', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'can you explain it properly', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'i want to know more', expect: { intent: 'TellMeMoreIntent' }, context: between },

  // Easier / gentler
  { text: 'something gentler', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'is there an easier version of this one', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'this is too hard for me', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'can i do a softer one', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'a gentler option please', expect: { intent: 'EasierIntent' }, context: between },
  { text: 'i cant get into this position', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'tone it down a bit', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'go easy on me', expect: { intent: 'EasierIntent' }, context: between },
  { text: 'um an easier one please', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'im not flexible enough for this', expect: { intent: 'EasierIntent' }, context: hold },

  // Harder
  { text: 'can you make it harder', expect: { intent: 'HarderIntent' }, context: hold },
  { text: 'id like more of a challenge', expect: { intent: 'HarderIntent' }, context: between },
  { text: 'this is too easy', expect: { intent: 'HarderIntent' }, context: hold },
  { text: 'step it up a notch', expect: { intent: 'HarderIntent' }, context: between },
  { text: 'a harder version please', expect: { intent: 'HarderIntent' }, context: hold },
  { text: 'give me something tougher', expect: { intent: 'HarderIntent' }, context: between },
  { text: 'more intense please', expect: { intent: 'HarderIntent' }, context: hold },
  { text: 'i can do more than this', expect: { intent: 'HarderIntent' }, context: hold },
  { text: 'can we level up', expect: { intent: 'HarderIntent' }, context: outside },

  // Progress
  { text: 'hows my progress', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'how many sessions have i done so far', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'whats my streak', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'how am i getting on with it all', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'how far have i come', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'how many minutes have i stretched this week', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'which week of the program am i on', expect: { intent: 'ProgressIntent' }, context: between },
  { text: 'alexa ask hip coach how im doing', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'am i improving', expect: { intent: 'ProgressIntent' }, context: between },

  // Delete my data
  { text: 'erase everything you know about me', expect: { intent: 'DeleteDataIntent' }, context: outside },
  { text: 'wipe my progress', expect: { intent: 'DeleteDataIntent' }, context: outside },
  { text: 'forget everything about me', expect: { intent: 'DeleteDataIntent' }, context: outside },
  { text: 'remove my information', expect: { intent: 'DeleteDataIntent' }, context: outside },
  { text: 'clear my history', expect: { intent: 'DeleteDataIntent' }, context: outside },
  { text: 'delete all my records', expect: { intent: 'DeleteDataIntent' }, context: outside },
  { text: 'get rid of my data please', expect: { intent: 'DeleteDataIntent' }, context: outside },
  { text: 'i want my details deleted', expect: { intent: 'DeleteDataIntent' }, context: outside },

  // Start a routine: morning
  { text: 'start my morning stretches', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'morning routine please', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'lets do the morning one', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'alexa start the morning stretch', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'begin the morning session', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'morning stretches please alexa', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'can we do the morning routine', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'um my morning one', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },

  // Start a routine: evening
  { text: 'the evening routine thanks', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'start the evening stretches', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'do my evening session', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'lets do evening', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'the evening one please', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'can i do my evening stretches now', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'alexa begin evening routine', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'okay so evening stretches', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },

  // Start a routine: workday break
  { text: 'workday brake', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'start the work break routine', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'a quick desk stretch', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'office break stretches', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'the work day one please', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'start a workday break', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'lets do a work break', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'alexa ask hip coach for my workday routine', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },

  // Start a routine: no name given
  { text: 'start a routine', expect: { intent: 'StartRoutineIntent' }, context: outside },
  { text: 'lets stretch', expect: { intent: 'StartRoutineIntent' }, context: outside },
  { text: 'i want to do some stretches', expect: { intent: 'StartRoutineIntent' }, context: outside },
  { text: 'lets start stretching', expect: { intent: 'StartRoutineIntent' }, context: outside },
  { text: 'give me a routine to do', expect: { intent: 'StartRoutineIntent' }, context: outside },
  { text: 'can we do a session', expect: { intent: 'StartRoutineIntent' }, context: outside },
  { text: 'okay lets get started', expect: { intent: 'StartRoutineIntent' }, context: outside },
  { text: 'begin a stretching session please', expect: { intent: 'StartRoutineIntent' }, context: outside },

  // Condition
  { text: 'i have a bad knee', expect: { intent: 'ConditionIntent' }, context: outside },
  { text: 'ive got a dodgy hip', expect: { intent: 'ConditionIntent' }, context: between },
  { text: 'i had a hip replacement', expect: { intent: 'ConditionIntent' }, context: outside },
  { text: 'im pregnant', expect: { intent: 'ConditionIntent' }, context: outside },
  { text: 'i have arthritis in my knees', expect: { intent: 'ConditionIntent' }, context: between },
  { text: 'i had back surgery last year', expect: { intent: 'ConditionIntent' }, context: outside },
  { text: 'ive got a slipped disc', expect: { intent: 'ConditionIntent' }, context: outside },
  { text: 'i was diagnosed with osteoporosis', expect: { intent: 'ConditionIntent' }, context: outside },
  { text: 'my knee has been replaced', expect: { intent: 'ConditionIntent' }, context: between },

  // Warning signs: sudden weakness in both legs (emergency)
  { text: 'both my legs have gone weak all of a sudden', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: hold },
  { text: 'i suddenly cant stand both legs wont hold me', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: between },
  { text: 'my legs have both just turned to jelly', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: hold },
  { text: 'neither of my legs will take my weight', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: between },
  { text: 'out of nowhere both legs feel really weak', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: hold },
  { text: 'i cant move either of my legs properly', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: hold },
  { text: 'theres no strength in both legs since this morning', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: outside },

  // Warning signs: bladder or bowel control (emergency)
  { text: 'i think i just wet myself', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: hold },
  { text: 'i cant tell when i need a wee anymore', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: between },
  { text: 'i havent been able to pee since yesterday', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: outside },
  { text: 'i couldnt hold my poo in', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: between },
  { text: 'i cant feel when i need to go', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: hold },
  { text: 'ive lost control of my bladder', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: hold },
  { text: 'i needed the loo and it just came out', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: paused },
  { text: 'i am having trouble passing urine since my back went', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: outside },

  // Warning signs: saddle numbness (emergency)
  { text: 'its gone numb around my bottom', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  { text: 'i cant feel anything down below', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  { text: 'my privates feel numb', expect: { sign: 'saddle', urgency: 'emergency' }, context: between },
  { text: 'when i wipe on the toilet i cant feel it', expect: { sign: 'saddle', urgency: 'emergency' }, context: outside },
  { text: 'numb in my groin and inner thighs', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  { text: 'no feeling between my legs', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  { text: 'my bum and my private parts have no sensation', expect: { sign: 'saddle', urgency: 'emergency' }, context: between },

  // Warning signs: numbness (referral)
  { text: 'i cant feel my foot', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'my whole leg has gone dead on me', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'no feeling in my toes', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'my thighs gone numb', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'my foot feels like it isnt mine', expect: { sign: 'numbness', urgency: 'referral' }, context: between },
  { text: 'i am having numbness in my left foot', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'the outside of my calf is numb', expect: { sign: 'numbness', urgency: 'referral' }, context: between },

  // Warning signs: tingling (referral)
  { text: 'pins and needles in my foot', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'my leg feels all fizzy', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'my toes have gone fuzzy', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'my foots fallen asleep', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'its buzzing down my leg', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'tingly prickly feeling in my calf', expect: { sign: 'tingling', urgency: 'referral' }, context: between },
  { text: 'um my fingers and toes are tingling', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'like electric tingles in my heel', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },

  // Warning signs: weakness (referral)
  { text: 'my foot keeps slapping down when i walk', expect: { sign: 'weakness', urgency: 'referral' }, context: outside },
  { text: 'i cant lift my foot up', expect: { sign: 'weakness', urgency: 'referral' }, context: hold },
  { text: 'my leg gave way when i stood up', expect: { sign: 'weakness', urgency: 'referral' }, context: between },
  { text: 'my knee keeps buckling under me', expect: { sign: 'weakness', urgency: 'referral' }, context: between },
  { text: 'my write leg feels weak', expect: { sign: 'weakness', urgency: 'referral' }, context: hold },
  { text: 'i cant push up onto my toes on that side', expect: { sign: 'weakness', urgency: 'referral' }, context: between },
  { text: 'ive started dragging my foot', expect: { sign: 'weakness', urgency: 'referral' }, context: outside },
  { text: 'my leg wont do what i tell it', expect: { sign: 'weakness', urgency: 'referral' }, context: hold },

  // Warning signs: pain radiating below the knee (referral)
  { text: 'its shooting down the back of my leg', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'the pain goes all the way to my foot', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'it runs down past my knee', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'sciatica going right into my calf', expect: { sign: 'radiating', urgency: 'referral' }, context: between },
  { text: 'burning pain down into my toes', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'theres a line of pain down my shin', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'pain travelling from my bum down to my ankle', expect: { sign: 'radiating', urgency: 'referral' }, context: between },

  // Warning signs: severe pain (referral)
  { text: 'worst pain of my life', expect: { sign: 'severe', urgency: 'referral' }, context: hold },
  { text: 'its unbearable', expect: { sign: 'severe', urgency: 'referral' }, context: hold },
  { text: 'its getting worse and worse', expect: { sign: 'severe', urgency: 'referral' }, context: hold },
  { text: 'the pain is so bad i cant move', expect: { sign: 'severe', urgency: 'referral' }, context: hold },
  { text: 'ten out of ten pain', expect: { sign: 'severe', urgency: 'referral' }, context: between },
  { text: 'absolute agony i cant bear it', expect: { sign: 'severe', urgency: 'referral' }, context: hold },
  { text: 'the pain is excruciating', expect: { sign: 'severe', urgency: 'referral' }, context: between },

  // Warning signs: after a fall or accident (referral)
  { text: 'i fell down the stairs yesterday', expect: { sign: 'fall', urgency: 'referral' }, context: outside },
  { text: 'i slipped on the ice this morning and landed on my back', expect: { sign: 'fall', urgency: 'referral' }, context: outside },
  { text: 'i had a prang in the car last week', expect: { sign: 'fall', urgency: 'referral' }, context: between },
  { text: 'i took a tumble off a ladder', expect: { sign: 'fall', urgency: 'referral' }, context: outside },
  { text: 'my hips been sore since my fall', expect: { sign: 'fall', urgency: 'referral' }, context: between },
  { text: 'i fell on my bum at the weekend', expect: { sign: 'fall', urgency: 'referral' }, context: hold },
  { text: 'i came off my bike on sunday', expect: { sign: 'fall', urgency: 'referral' }, context: outside },

  // Warning signs: fever, feeling unwell (referral)
  { text: 'ive got a temperature', expect: { sign: 'fever', urgency: 'referral' }, context: outside },
  { text: 'im feeling really shivery and hot', expect: { sign: 'fever', urgency: 'referral' }, context: between },
  { text: 'i feel unwell and my back aches', expect: { sign: 'fever', urgency: 'referral' }, context: outside },
  { text: 'ive been running a fever', expect: { sign: 'fever', urgency: 'referral' }, context: outside },
  { text: 'ive got the chills and my back is killing me', expect: { sign: 'fever', urgency: 'referral' }, context: between },
  { text: 'im feeling crook and feverish', expect: { sign: 'fever', urgency: 'referral' }, context: outside },
  { text: 'i am having fever since two days', expect: { sign: 'fever', urgency: 'referral' }, context: outside },

  // Warning signs: pain at night (referral)
  { text: 'the pain wakes me up at night', expect: { sign: 'night', urgency: 'referral' }, context: outside },
  { text: 'i cant sleep it hurts so much at night', expect: { sign: 'night', urgency: 'referral' }, context: between },
  { text: 'it keeps waking me at three am', expect: { sign: 'night', urgency: 'referral' }, context: outside },
  { text: 'its worse lying in bed at night', expect: { sign: 'night', urgency: 'referral' }, context: between },
  { text: 'i wake up in the night with it', expect: { sign: 'night', urgency: 'referral' }, context: outside },
  { text: 'i was up all night with my back', expect: { sign: 'night', urgency: 'referral' }, context: hold },
  { text: 'my hip throbs all night and wakes me', expect: { sign: 'night', urgency: 'referral' }, context: outside },

  // Pain and discomfort: the stretch stops
  { text: 'thats too much', expect: { feeling: 'pain' }, context: hold },
  { text: 'too much too much', expect: { feeling: 'pain' }, context: hold },
  { text: 'something popped', expect: { feeling: 'pain' }, context: hold },
  { text: 'i felt a pop in my hip', expect: { feeling: 'pain' }, context: hold },
  { text: 'theres a pinch in the front of my hip', expect: { feeling: 'pain' }, context: hold },
  { text: 'ooh a twinge', expect: { feeling: 'pain' }, context: hold },
  { text: 'its burning in my hip', expect: { feeling: 'pain' }, context: hold },
  { text: 'ah sharp pain there', expect: { feeling: 'pain' }, context: hold },
  { text: 'i think ive pulled something', expect: { feeling: 'pain' }, context: hold },
  { text: 'this is really uncomfortable', expect: { feeling: 'pain' }, context: hold },
  { text: 'my back doesnt like this', expect: { feeling: 'pain' }, context: hold },
  { text: 'my hamstrings screaming at me', expect: { feeling: 'pain' }, context: hold },
  { text: 'ow ow ow', expect: { feeling: 'pain' }, context: hold },
  { text: 'yikes thats sore', expect: { feeling: 'pain' }, context: hold },
  { text: 'that hurts', expect: { feeling: 'pain' }, context: hold },
  { text: 'ouch', expect: { feeling: 'pain' }, context: hold },
  { text: 'argh my lower back', expect: { feeling: 'pain' }, context: hold },
  { text: 'ooh no thats not right', expect: { feeling: 'pain' }, context: hold },
  { text: 'my knee hurts in this one', expect: { feeling: 'pain' }, context: hold },
  { text: 'ow my hip', expect: { feeling: 'pain' }, context: hold },
  { text: 'it hurts when i lean forward', expect: { feeling: 'pain' }, context: hold },
  { text: 'my legs are paining', expect: { feeling: 'pain' }, context: hold },
  { text: 'my backs stuffed that really hurt', expect: { feeling: 'pain' }, context: between },
  { text: 'no no no that hurts', expect: { feeling: 'pain' }, context: hold },
  { text: 'thats killing my knee', expect: { feeling: 'pain' }, context: hold },
  { text: 'it feels sore in a bad way', expect: { feeling: 'pain' }, context: hold },
  { text: 'i am getting pain in my groin', expect: { feeling: 'pain' }, context: hold },

  // Cramp: ease out, it passes
  { text: 'cramp cramp ow', expect: { feeling: 'cramp' }, context: hold },
  { text: 'ive got a cramp in my calf', expect: { feeling: 'cramp' }, context: hold },
  { text: 'my foots cramping up', expect: { feeling: 'cramp' }, context: hold },
  { text: 'ooh charley horse', expect: { feeling: 'cramp' }, context: hold },
  { text: 'my hamstring just cramped', expect: { feeling: 'cramp' }, context: hold },
  { text: 'my toes are curling with cramp', expect: { feeling: 'cramp' }, context: between },
  { text: 'argh my calf has seized up', expect: { feeling: 'cramp' }, context: hold },
];
