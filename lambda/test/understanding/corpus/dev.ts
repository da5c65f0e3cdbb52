/**
 * Understanding corpus, DEVELOPMENT half: written by the round-2 engineer from a fresh brainstorm
 * of how people really talk to a speaker from the floor (British and American, casual, hesitant,
 * fillers such as "um", "erm", "okay so", a leading "alexa", polite forms, fragments,
 * contractions, and what a speech recogniser hands over: missing apostrophes, homophones),
 * written before any failure of the other halves was read. It may be tuned against, as the
 * tuning half may; the held-out half is only ever run.
 */
import type { Phrasing } from './phrasing';

const hold = 'hold' as const;
const between = 'between' as const;
const paused = 'paused' as const;
const question = 'question' as const;
const outside = 'outside' as const;

export const devPhrasings: readonly Phrasing[] = [
  // Next, between stretches
  { text: 'um next', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'erm whats next', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'okay so what is next', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'alexa next stretch', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'ready for the next one', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'right what now', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'onwards', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'ok done', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'finished that one', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'lets do the next one', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'whats the next stretch', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'and the next', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'yep next', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'next stretch please alexa', expect: { intent: 'AMAZON.NextIntent' }, context: between },
  { text: 'i think im done with this one', expect: { intent: 'AMAZON.NextIntent' }, context: hold },
  { text: 'can we go to the next one', expect: { intent: 'AMAZON.NextIntent' }, context: hold },
  // Previous
  { text: 'um go back one', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'the one before', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'previous stretch please', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'can we go back to the last stretch', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'back to the previous one', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  { text: 'erm go back', expect: { intent: 'AMAZON.PreviousIntent' }, context: between },
  // Skip
  { text: 'um skip this one', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'can i skip this stretch', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'skip ahead', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'lets skip it', expect: { intent: 'SkipIntent' }, context: hold },
  { text: 'skip that stretch', expect: { intent: 'SkipIntent' }, context: hold },
  // Repeat
  { text: 'sorry can you say that again', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'erm repeat that please', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'can you repeat the instructions', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'pardon me', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  { text: 'what did she say', expect: { intent: 'AMAZON.RepeatIntent' }, context: hold },
  // Pause
  { text: 'hang on a sec', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'um can you pause', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'pause for a moment', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'just a second', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'give me a moment', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'hold it there', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'the doorbells going hang on', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'pause the stretch', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  { text: 'need a break', expect: { intent: 'AMAZON.PauseIntent' }, context: hold },
  // Resume
  { text: 'ok im back', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'resume please', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'right lets carry on', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'lets keep going', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'ready to go again', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'um resume', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  { text: 'lets get going again', expect: { intent: 'AMAZON.ResumeIntent' }, context: paused },
  // Stop
  { text: 'thats it for today', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'im done', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'stop now please', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'erm stop', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'end the session', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'i want to stop', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'finish the workout', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'quit the routine', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'i have to go now', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  { text: 'thats enough for me', expect: { intent: 'AMAZON.StopIntent' }, context: hold },
  // Cancel
  { text: 'cancel it', expect: { intent: 'AMAZON.CancelIntent' }, context: between },
  { text: 'forget about it', expect: { intent: 'AMAZON.CancelIntent' }, context: between },
  // Help
  { text: 'um what do i do now', expect: { intent: 'AMAZON.HelpIntent' }, context: between },
  { text: 'help me please', expect: { intent: 'AMAZON.HelpIntent' }, context: outside },
  // Start over
  { text: 'go back to the beginning', expect: { intent: 'AMAZON.StartOverIntent' }, context: between },
  // Yes and no to "pick up where you left off?"
  { text: 'yeah go on then', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'um yes', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'sure why not', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'yes lets do that', expect: { intent: 'AMAZON.YesIntent' }, context: question },
  { text: 'nah not today', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'um no', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'no i dont', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'no lets not', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  { text: 'i dont think so', expect: { intent: 'AMAZON.NoIntent' }, context: question },
  // How long is the hold
  { text: 'um how many seconds is this', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'how long have i got left on this one', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'is it nearly over', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'how long is this hold', expect: { intent: 'HoldDurationIntent' }, context: hold },
  { text: 'how much time is left on this stretch', expect: { intent: 'HoldDurationIntent' }, context: hold },
  // Which side
  { text: 'um which leg', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'is this the left side', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'what side should i be doing', expect: { intent: 'WhichSideIntent' }, context: hold },
  { text: 'which leg goes forward', expect: { intent: 'WhichSideIntent' }, context: hold },
  // What does this stretch do
  { text: 'what is this one for', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'whats this stretch good for', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'what does this help with', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'erm what am i stretching here', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  { text: 'why are we doing this one', expect: { intent: 'WhatDoesThisStretchIntent' }, context: hold },
  // Tell me more
  { text: 'how do i do this one', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'explain it again slowly', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'im not sure im doing it right', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'where do my hands go', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  { text: 'talk me through it', expect: { intent: 'TellMeMoreIntent' }, context: hold },
  // How many left
  { text: 'um how many are left', expect: { intent: 'HowManyLeftIntent' }, context: between },
  { text: 'how many stretches to go', expect: { intent: 'HowManyLeftIntent' }, context: between },
  // Easier and harder
  { text: 'can we make it easier', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'is there an easier version', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'um i cant get down that far', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'something gentler please', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'i need an easier one', expect: { intent: 'EasierIntent' }, context: hold },
  { text: 'can i hold them longer', expect: { intent: 'HarderIntent' }, context: between },
  // Progress and data
  { text: 'how many times have i stretched this week', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'um show me my progress', expect: { intent: 'ProgressIntent' }, context: outside },
  { text: 'erase my history', expect: { intent: 'DeleteDataIntent' }, context: outside },
  { text: 'wipe my data please', expect: { intent: 'DeleteDataIntent' }, context: outside },
  // Starting routines
  { text: 'um start the morning routine', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'morning stretches please', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'do my wake up stretches', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'ask hip coach for the morning routine', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'lets do the morning stretches', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: outside },
  { text: 'evening routine please', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'okay so start my bedtime stretches', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'wind down routine', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'tell hip coach to start the evening one', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'the night time routine', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: outside },
  { text: 'start the work day break', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'um desk stretches', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'i need a break from my desk', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'lets do the office one', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'quick stretch at work', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'start the workday routine please', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: outside },
  { text: 'um lets stretch', expect: { intent: 'StartRoutineIntent' }, context: outside },
  { text: 'can we do some stretches', expect: { intent: 'StartRoutineIntent' }, context: outside },
  // Telling the coach about a condition
  { text: 'i had a hip replacement last year', expect: { intent: 'ConditionIntent' }, context: outside },
  { text: 'i have arthritis in my hips', expect: { intent: 'ConditionIntent' }, context: outside },
  { text: 'um i have a bad back', expect: { intent: 'ConditionIntent' }, context: outside },
  // Describing a fine feeling mid-hold
  { text: 'nice stretch', expect: { intent: 'DescribeFeelingIntent' }, context: hold },
  { text: 'i can feel it pulling a bit', expect: { intent: 'DescribeFeelingIntent' }, context: hold },
  { text: 'ooh thats a good one', expect: { intent: 'DescribeFeelingIntent' }, context: hold },
  // Words the coach cannot place
  { text: 'the cat is on my mat', expect: { intent: 'AMAZON.FallbackIntent' }, context: hold },
  // Warning signs: numbness
  { text: 'my leg has gone numb', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'um i cant feel my foot', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'my thigh feels dead', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'theres no feeling in my toes', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'my left foot is numb', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'alexa my leg went numb', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  { text: 'my knee feels numb', expect: { sign: 'numbness', urgency: 'referral' }, context: between },
  { text: 'i lost the feeling in my calf', expect: { sign: 'numbness', urgency: 'referral' }, context: hold },
  // Tingling
  { text: 'my foots tingling', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'erm i have pins and needles in my leg', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'my toes are all fizzy', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'theres a buzzing down my leg', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'my hand is tingly', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  { text: 'prickly feeling in my foot', expect: { sign: 'tingling', urgency: 'referral' }, context: hold },
  // Weakness
  { text: 'my leg feels really weak', expect: { sign: 'weakness', urgency: 'referral' }, context: hold },
  { text: 'i cant lift my leg up', expect: { sign: 'weakness', urgency: 'referral' }, context: hold },
  { text: 'my right leg keeps giving out', expect: { sign: 'weakness', urgency: 'referral' }, context: hold },
  { text: 'i cant stand on my left leg', expect: { sign: 'weakness', urgency: 'referral' }, context: between },
  // Both legs
  { text: 'i cant move either leg', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: hold },
  { text: 'my legs wont hold me', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: hold },
  { text: 'both legs are numb', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: hold },
  // Bladder and bowel
  { text: 'i think ive wet myself', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: hold },
  { text: 'um i had an accident in my pants', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: hold },
  { text: 'i keep leaking', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: hold },
  { text: 'i cant hold my poo', expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: hold },
  // Saddle
  { text: 'my bottom is numb', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  { text: 'i cant feel my backside', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  { text: 'my groin feels numb', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  { text: 'my butt has gone numb', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  { text: 'tingling around my privates', expect: { sign: 'saddle', urgency: 'emergency' }, context: hold },
  // Radiating
  { text: 'the pain shoots down my leg', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'its going all the way down to my ankle', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'theres pain running down the back of my leg', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'my sciatica is flaring down into my calf', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  { text: 'um pain below my knee', expect: { sign: 'radiating', urgency: 'referral' }, context: hold },
  // Severe
  { text: 'this is the worst pain ive ever had', expect: { sign: 'severe', urgency: 'referral' }, context: hold },
  { text: 'my back is agony', expect: { sign: 'severe', urgency: 'referral' }, context: hold },
  { text: 'the pain is getting worse and worse', expect: { sign: 'severe', urgency: 'referral' }, context: hold },
  // After a fall or accident
  { text: 'i fell over yesterday and hurt my back', expect: { sign: 'fall', urgency: 'referral' }, context: hold },
  { text: 'i was in a car accident last week', expect: { sign: 'fall', urgency: 'referral' }, context: hold },
  // Fever, feeling unwell
  { text: 'im feeling really hot and shivery', expect: { sign: 'fever', urgency: 'referral' }, context: hold },
  { text: 'i feel sick and my back hurts', expect: { sign: 'fever', urgency: 'referral' }, context: hold },
  { text: 'ive got a high temperature', expect: { sign: 'fever', urgency: 'referral' }, context: hold },
  // Pain at night
  { text: 'my back keeps me up at night', expect: { sign: 'night', urgency: 'referral' }, context: hold },
  { text: 'i cant sleep because of my back', expect: { sign: 'night', urgency: 'referral' }, context: hold },
  { text: 'it hurts all night long', expect: { sign: 'night', urgency: 'referral' }, context: hold },
  // Pain and discomfort
  { text: 'ow that hurts', expect: { feeling: 'pain' }, context: hold },
  { text: 'um that really hurts', expect: { feeling: 'pain' }, context: hold },
  { text: 'my hip is killing me', expect: { feeling: 'pain' }, context: hold },
  { text: 'thats painful', expect: { feeling: 'pain' }, context: hold },
  { text: 'something clicked in my knee', expect: { feeling: 'pain' }, context: hold },
  { text: 'i felt a twinge in my back', expect: { feeling: 'pain' }, context: hold },
  { text: 'this is too much for my back', expect: { feeling: 'pain' }, context: hold },
  { text: 'sharp pain in my hip', expect: { feeling: 'pain' }, context: hold },
  { text: 'it stings', expect: { feeling: 'pain' }, context: hold },
  { text: 'my knee doesnt like this', expect: { feeling: 'pain' }, context: hold },
  { text: 'i think i tweaked something', expect: { feeling: 'pain' }, context: hold },
  { text: 'that hurts a lot', expect: { feeling: 'pain' }, context: between },
  // Cramp
  { text: 'ive got cramp in my foot', expect: { feeling: 'cramp' }, context: hold },
  { text: 'cramp cramp', expect: { feeling: 'cramp' }, context: hold },
  { text: 'um my calf is cramping', expect: { feeling: 'cramp' }, context: hold },
];
