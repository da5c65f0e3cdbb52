import { Intent } from '../../../src/intents';
import { between, cramp, hold, is, outside, pain, paused, question, sign, start, type Phrasing } from './phrasing';

/**
 * A third blind English corpus: US-flavoured and general English, written by hand, line by line,
 * by the corpus-en helper on 2026-12-03. Written blind to the interaction models
 * (skill-package/**), the model, NLU and understanding tools (tools/model, tools/nlu,
 * tools/understanding), the feeling and speech code (lambda/src/coach/feeling*, lambda/src/speech)
 * and every other corpus file (phrasing.ts, the format, aside); never a held-out file. Sources used:
 * PRODUCT.md, EVIDENCE.md, issues 11 and 14, intents.ts, the routine ids, the README.
 *
 * Expectations are what a careful physiotherapist would want the coach to do, not a guess at what
 * the software does: pain stops the stretch, a cramp eases out, and the warning signs are sorted by
 * clinical category (bladder or bowel, saddle numbness and weakness in both legs are emergencies).
 * Everyday phrasings carry fillers, politeness, run-ons, two-clause utterances, misheard words and
 * indirect requests; a two-clause utterance is labelled by what the user finally asks for.
 *
 * Deduplicated mechanically against held-out.ts with /work/brief/tools/dedupe.mts, without reading
 * it: 29 line(s) equal to a held-out text were dropped.
 */


const custom = is(Intent.CustomRoutine);
const shorter = is(Intent.Shorter);
const longer = is(Intent.Longer);
const skip = is(Intent.Skip);
const holdDuration = is(Intent.HoldDuration);
const whichSide = is(Intent.WhichSide);
const whatIsThis = is(Intent.WhatDoesThisStretch);
const howManyLeft = is(Intent.HowManyLeft);
const tellMore = is(Intent.TellMeMore);
const easier = is(Intent.Easier);
const harder = is(Intent.Harder);
const next = is(Intent.Next);
const previous = is(Intent.Previous);
const repeat = is(Intent.Repeat);
const startOver = is(Intent.StartOver);
const pause = is(Intent.Pause);
const resume = is(Intent.Resume);
const stop = is(Intent.Stop);
const cancel = is(Intent.Cancel);
const help = is(Intent.Help);
const yes = is(Intent.Yes);
const no = is(Intent.No);
const progress = is(Intent.Progress);
const deleteData = is(Intent.DeleteData);
const setReminder = is(Intent.SetReminder);
const listReminders = is(Intent.ListReminders);
const moveReminder = is(Intent.MoveReminder);
const cancelReminder = is(Intent.CancelReminder);
const condition = is(Intent.Condition);

export const fresh3Phrasings: readonly Phrasing[] = [
  // Starting the morning routine
  outside('um start my morning stretches', start('morning')),
  outside("okay so let's do the morning one", start('morning')),
  outside("i just woke up let's get my hips moving", start('morning')),
  outside('wake up routine please', start('morning')),
  outside('can you do the a m routine', start('morning')),
  outside('begin the morning routine', start('morning')),
  outside('start my mourning routine', start('morning')),
  outside('i want the one you do first thing when you get up', start('morning')),
  outside('yeah hi can we do the morning stretches today', start('morning')),
  outside('morning stretch session let us go', start('morning')),
  outside("uh i'm up play the morning routine", start('morning')),
  between("actually let's switch to the morning one", start('morning')),

  // Starting the evening routine
  outside('can we do the one for bed', start('evening')),
  outside('time for my nighttime stretches', start('evening')),
  outside("uh let's do evening", start('evening')),
  outside('i want to wind down before bed with the evening stretches', start('evening')),
  outside('do the long one the evening one', start('evening')),
  outside('put on my evening stretch routine please', start('evening')),
  outside('start the evenings routine', start('evening')),
  outside('before bed stretches', start('evening')),
  outside("i'm about to go to sleep so let's do the bedtime routine", start('evening')),
  outside('evening routine like right now', start('evening')),
  outside('start the evening rooting', start('evening')),
  between('can we do the evening one instead', start('evening')),

  // Starting the workday break
  outside('i need a quick desk break', start('workday')),
  outside('start the work day break', start('workday')),
  outside('do the workday one', start('workday')),
  outside("i've been sitting at my desk all day can we do the work break", start('workday')),
  outside('office stretch please', start('workday')),
  outside("let's do the one i can do at my desk", start('workday')),
  outside('lunch break stretches', start('workday')),
  outside('start the word day break', start('workday')),
  outside('okay so i have a break between meetings start the work stretches', start('workday')),
  outside('the little stretch for when i am at work', start('workday')),
  outside('workday break please', start('workday')),

  // Starting without naming a routine
  outside("let's stretch", start()),
  outside("let's get going with my stretches", start()),
  outside('i want to do some stretching', start()),
  outside('okay um start a stretching session', start()),
  outside("i'm ready to stretch let's begin", start()),

  // A routine of a length or a focus the user asks for
  outside('give me a ten minute stretch', custom),
  outside("i've only got five minutes", custom),
  outside('can you do like a fifteen minute routine', custom),
  outside('can we just work on my hips', custom),
  outside('something for my lower back only', custom),
  outside('make me a twenty minute session', custom),
  question("i've got about seven minutes what can we do", custom),
  outside('a three minute stretch please', custom),
  outside('focus on my hamstrings for ten minutes', custom),
  question('can i do eight minutes instead', custom),

  // Shorter or longer than the routine offered
  question('is there anything shorter', shorter),
  question("that's too long for me right now", shorter),
  question('do you have a quicker version', shorter),
  question('can we do a shorter one', shorter),
  question("a shorter one please i don't have much time", shorter),
  question("um i'm kind of in a hurry is there a short one", shorter),
  question('do you have something longer', longer),
  question("can we do a longer one today i've got time", longer),
  question('is there a longer version', longer),
  question("i've got loads of time let's go longer", longer),
  question('i want a longer session than that', longer),

  // Skipping a stretch
  hold('um can we skip this', skip),
  hold('pass on this stretch', skip),
  hold("i can't get down on the floor today skip it", skip),
  hold('nope not doing this one skip', skip),
  hold('skip the strech', skip),
  paused('actually just skip this one', skip),
  hold('can i skip the frog one', skip),
  hold("let's skip ahead past this one", skip),

  // How long to hold
  hold('um how long am i supposed to stay like this', holdDuration),
  hold('how many seconds is this one', holdDuration),
  hold('how long do i hole this', holdDuration),
  hold('how much longer do i hold it', holdDuration),
  hold('how long is this hold', holdDuration),
  hold('wait how long do i keep holding', holdDuration),
  hold('is it thirty seconds or what', holdDuration),
  hold('when can i let go', holdDuration),
  between('how long will i hold the next one', holdDuration),
  hold('how many more seconds on this side', holdDuration),

  // Which side or leg
  hold('is this the left or the right', whichSide),
  hold('wait which leg should be in front', whichSide),
  hold('am i doing the right side now', whichSide),
  hold('which side', whichSide),
  between('which side do i start with', whichSide),
  hold('uh is it my left leg', whichSide),
  hold('did we do this side already', whichSide),
  hold('witch side am i on', whichSide),
  hold('which foot goes forward', whichSide),

  // What this stretch is and what it does
  hold("what's this one called", whatIsThis),
  hold('what is this stretch good for', whatIsThis),
  hold("what's this doing for me", whatIsThis),
  hold('what muscle is this supposed to stretch', whatIsThis),
  between("what's the point of this one", whatIsThis),
  hold('why are we doing this one', whatIsThis),
  hold('what am i stretching right now', whatIsThis),
  hold('is this the piriformis one', whatIsThis),
  hold('okay so what does this one do exactly', whatIsThis),

  // How many stretches are left, how much longer the routine
  hold('how many more after this one', howManyLeft),
  between('are we almost done', howManyLeft),
  hold('how much longer is the whole routine', howManyLeft),
  between('how many to go', howManyLeft),
  paused('how much of the routine is left', howManyLeft),
  between('what number are we on', howManyLeft),
  between('how many stretches are there in total', howManyLeft),

  // Tell me more
  hold('can you explain this one in more detail', tellMore),
  hold("i'm not sure i'm doing it right can you tell me more", tellMore),
  between('more detail please', tellMore),
  hold('how exactly am i supposed to set this up', tellMore),
  hold('talk me through it properly', tellMore),
  hold('explain the setup', tellMore),

  // Easier
  hold('this is too hard for me', easier),
  hold('is there a gentler version', easier),
  hold("i can't reach that far", easier),
  hold('can you give me an easier way to do this', easier),
  hold("i'm not that flexible", easier),
  hold('um is there a modification', easier),
  between('can the next one be easier', easier),
  hold('can we tone it down a little', easier),
  hold("i can't get my knee down that far", easier),
  paused('is there a version of this i can do in a chair', easier),

  // Harder
  hold('i barely feel this can i go deeper', harder),
  hold('give me a more advanced version', harder),
  hold('can we kick it up a notch', harder),
  between('i want more of a challenge', harder),
  hold('is there a harder way to do this', harder),
  between('make the next ones harder', harder),

  // Next
  between('next', next),
  between("ok what's next", next),
  between("i'm ready for the next one", next),
  between('alright go on', next),
  between('done next please', next),
  between("let's keep it moving", next),
  between("okay that one's done what's next", next),
  hold('next stretch', next),
  between('move on', next),
  between('uh next one', next),
  between('go ahead', next),
  between('yeah i am in position go', next),
  hold("okay i'm good let's move to the next one", next),

  // Previous
  between('go back', previous),
  between('go back to the last one', previous),
  between('can we do the previous stretch', previous),
  between('back one', previous),
  hold('wait go back i missed the last one', previous),
  between('previous', previous),
  between('the one before this', previous),

  // Repeat
  hold('what did you say', repeat),
  hold("sorry i didn't catch that", repeat),
  hold('say that again', repeat),
  between('can you repeat the instructions', repeat),
  hold('huh come again', repeat),
  question('sorry what was the question', repeat),
  hold('could you say it again slower', repeat),

  // Start over
  between('start over', startOver),
  hold("let's start from the beginning", startOver),
  paused('restart the whole routine', startOver),
  between('can we start again from the top', startOver),
  hold('start the routine over', startOver),

  // Pause
  hold('pause', pause),
  hold('hold on a second', pause),
  hold("wait a minute someone's at the door", pause),
  hold('give me a sec', pause),
  between('can you pause for a bit', pause),
  hold("hang on my phone's ringing", pause),
  hold('pause it i need to get the dog', pause),
  between('take a break', pause),
  hold('paws', pause),
  between('um just wait a moment', pause),

  // Resume
  paused("okay i'm back", resume),
  paused("let's keep going", resume),
  paused('carry on please', resume),
  paused('pick up where we left off', resume),
  outside('continue my routine from yesterday', resume),
  paused('unpause', resume),
  paused("alright let's get back to it", resume),
  paused("i'm ready again", resume),
  paused('sorry about that go ahead and continue', resume),

  // Stop
  between("that's all for today", stop),
  between("that's enough for now", stop),
  hold('stop the routine', stop),
  between('i have to go', stop),
  hold("okay i'm gonna stop here", stop),
  paused('end the session', stop),
  between("i'm finished", stop),
  hold('be quiet', stop),

  // Cancel
  between('never mind', cancel),
  question('forget it', cancel),
  paused('just cancel it', cancel),

  // Help
  outside('help', help),
  between('how does this work', help),
  paused("um i'm confused what do i do now", help),
  question("i don't know what to say", help),

  // Yes
  question('uh huh', yes),
  question("okay let's do it", yes),
  question('absolutely', yes),
  question('sure why not', yes),
  question('yeah go for it', yes),
  question('yah', yes),
  question('i guess so', yes),

  // No
  question('no thanks', no),
  question('nope', no),
  question('not feeling it today', no),
  question('not right now', no),
  question("nah i'm good", no),
  question('maybe later', no),
  question("no i don't want that", no),
  question("uh no i'll pass", no),

  // Progress
  outside("how's my progress", progress),
  outside('how many sessions have i done', progress),
  between("okay i'm done how did i do", progress),
  outside('how many minutes have i stretched this week', progress),
  question('how am i doing so far this week', progress),
  outside('what week am i on', progress),
  outside('am i keeping up', progress),
  outside('tell me how my week is going', progress),

  // Deleting the user's data
  outside('erase everything you know about me', deleteData),
  outside('reset my progress', deleteData),
  outside('i want you to forget me', deleteData),
  outside('wipe my history', deleteData),
  outside('clear all my information', deleteData),
  outside('delete my data please', deleteData),

  // Reminders
  outside('remind me every morning at seven', setReminder),
  question('can you remind me to stretch at lunch', setReminder),
  outside('set a reminder for my evening stretches at nine p m', setReminder),
  outside('remind me to do the desk break at two', setReminder),
  outside('um can you like nudge me every night to stretch', setReminder),
  outside('set up a daily stretch reminder', setReminder),
  outside('remind me tomorrow at six thirty', setReminder),
  outside('do i have any reminders set', listReminders),
  outside('when are my reminders', listReminders),
  outside('list my reminders', listReminders),
  outside('what time is my morning reminder', listReminders),
  outside('what reminders have you got for me', listReminders),
  outside('change my reminder to ten p m', moveReminder),
  outside('can you push my morning reminder back an hour', moveReminder),
  outside('reschedule my stretch reminder to six', moveReminder),
  outside('make the evening reminder earlier like six thirty', moveReminder),
  outside('move my workday reminder to noon', moveReminder),
  outside('stop reminding me', cancelReminder),
  outside('turn off the morning reminder', cancelReminder),
  outside('delete my reminder', cancelReminder),
  outside("i don't want reminders anymore", cancelReminder),
  outside('cancel the evening stretch reminder', cancelReminder),

  // Conditions the user mentions
  outside("i'm pregnant", condition),
  outside('i had a hip replacement last year', condition),
  hold("i'm six months pregnant is this okay", condition),
  outside('i have osteoporosis', condition),
  outside('i had back surgery a few months ago', condition),
  outside('i have arthritis in my hips', condition),
  outside('i just had a baby', condition),
  outside("i've got a herniated disc", condition),
  between('i had my knee replaced', condition),

  // Warning sign: numbness
  hold('my foot just went numb', sign('numbness')),
  hold('my toes have gone numb', sign('numbness')),
  hold('my whole thigh is numb', sign('numbness')),
  outside('my leg has been numb since yesterday', sign('numbness')),
  hold('my foot fell asleep', sign('numbness')),
  hold('i lost feeling in my shin', sign('numbness')),

  // Warning sign: tingling
  hold('pins and needles in my foot', sign('tingling')),
  hold('my leg is tingling like crazy', sign('tingling')),
  hold('my toes are all tingly', sign('tingling')),
  hold("i've got this buzzing feeling in my foot", sign('tingling')),
  between('my calf feels fizzy', sign('tingling')),
  hold("it's like electric tingles in my leg", sign('tingling')),

  // Warning sign: weakness in one leg
  hold('my leg just gave out', sign('weakness')),
  hold("i can't lift my foot up", sign('weakness')),
  hold('my right leg feels really weak', sign('weakness')),
  between('my knee keeps buckling', sign('weakness')),
  outside('my foot slaps the floor when i walk', sign('weakness')),
  outside("my left leg won't support me", sign('weakness')),

  // Warning sign: weakness in both legs (emergency)
  hold('both my legs just went weak', sign('bothLegs')),
  between("i can't stand up both my legs feel weak", sign('bothLegs')),
  hold('suddenly both legs are giving way', sign('bothLegs')),
  outside('since this morning both my legs are weak and wobbly', sign('bothLegs')),
  hold('i can barely move either of my legs', sign('bothLegs')),

  // Warning sign: bladder or bowel (emergency)
  hold("i just peed myself and didn't feel it", sign('bladderBowel')),
  outside("i can't pee since my back started hurting", sign('bladderBowel')),
  outside("i've lost control of my bladder", sign('bladderBowel')),
  hold("i can't control my bowels", sign('bladderBowel')),
  outside("i had an accident i didn't even know i had to go", sign('bladderBowel')),
  between("i can't tell if i need to pee anymore", sign('bladderBowel')),

  // Warning sign: saddle numbness (emergency)
  hold('my groin area is numb', sign('saddle')),
  hold('my butt and my privates feel numb', sign('saddle')),
  outside("i can't feel anything when i wipe", sign('saddle')),
  between("it's numb between my legs", sign('saddle')),
  hold('my inner thighs and bottom have no feeling', sign('saddle')),
  outside('numbness around my private parts', sign('saddle')),

  // Warning sign: pain spreading down the leg
  hold('the pain shoots down my leg', sign('radiating')),
  hold('it goes all the way down to my foot', sign('radiating')),
  hold("there's a pain running down the back of my leg past the knee", sign('radiating')),
  outside('my sciatica is shooting into my calf', sign('radiating')),
  hold("it's radiating down my leg", sign('radiating')),

  // Warning sign: severe or worsening pain
  hold("this is the worst pain i've ever felt", sign('severe')),
  outside('my back pain keeps getting worse every day', sign('severe')),
  hold("it's like a ten out of ten", sign('severe')),
  outside('my back hurts so bad i can barely move', sign('severe')),

  // Warning sign: after a fall or an accident
  outside('i fell down the stairs yesterday and my back hurts', sign('fall')),
  outside('i slipped on the ice and landed on my tailbone', sign('fall')),
  outside('i was in a car accident last week', sign('fall')),
  hold('i just fell over', sign('fall')),
  between('i tripped and hit my hip on the floor', sign('fall')),

  // Warning sign: fever or feeling unwell with back pain
  outside("i've got a fever and my back is killing me", sign('fever')),
  outside("i'm running a temperature and my lower back aches", sign('fever')),
  outside('i have chills and back pain', sign('fever')),
  between('i feel really sick and hot and my back hurts', sign('fever')),
  outside("i've had the flu and now my back is aching", sign('fever')),

  // Warning sign: pain at night
  outside('my back pain wakes me up every night', sign('night')),
  outside('it hurts more when i lie down at night', sign('night')),
  outside("i can't sleep because of my back pain", sign('night')),
  outside('the pain is worst in the middle of the night', sign('night')),
  outside('i wake up at three a m with my back throbbing', sign('night')),

  // Pain: the stretch stops
  hold('ow', pain),
  hold('ouch that hurts', pain),
  hold("that's pinching my hip", pain),
  hold('i felt a twinge in my back', pain),
  hold("ooh that's sharp", pain),
  hold('something just popped', pain),
  hold('i think i tweaked my back', pain),
  hold('my knee is hurting in this position', pain),
  hold("there's a burning in the front of my hip", pain),
  hold('this is too much', pain),
  hold("my back doesn't like this at all", pain),
  hold('yikes', pain),
  hold('my hip is screaming at me', pain),
  hold("that's really uncomfortable and not in a good way", pain),
  between('that last one hurt my groin', pain),
  hold('it stings', pain),
  paused('my back hurts when i move like that', pain),
  hold("um that's a bit painful", pain),

  // Cramp: ease out, it passes
  hold('cramp cramp cramp', cramp),
  hold("i'm getting a charley horse", cramp),
  hold('my calf is cramping up', cramp),
  hold('ah my foot is cramping', cramp),
  hold('my hamstring just seized up in a cramp', cramp),
  between('i got a cramp in my toes', cramp),
];
