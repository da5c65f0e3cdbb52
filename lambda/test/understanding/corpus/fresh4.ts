import { Intent } from '../../../src/intents';
import { between, cramp, hold, is, outside, pain, paused, question, sign, start, type Phrasing } from './phrasing';

/**
 * A fourth blind English corpus: US-flavoured and general English, written by hand, line by line,
 * by the corpus-en helper on 2026-12-03. Written blind to the interaction models
 * (skill-package/**), the model, NLU and understanding tools (tools/**), the feeling code
 * (lambda/src/coach/feeling*) and every other corpus file (phrasing.ts, the format, and the first
 * lines of fresh3.ts, the layout, aside); never a held-out file. Sources used: PRODUCT.md,
 * EVIDENCE.md, intents.ts, the routine ids.
 *
 * Expectations are what a careful physiotherapist would want the coach to do, not a guess at what
 * the software does: pain stops the stretch, a cramp eases out, and the warning signs are sorted by
 * clinical category (bladder or bowel, saddle numbness and weakness in both legs are emergencies).
 * Phrasings are spoken the way people talk to a speaker while lying on the floor: fillers,
 * politeness, run-ons, two-clause utterances, misheard words and indirect requests; a two-clause
 * utterance is labelled by what the user finally asks for.
 *
 * Deduplicated mechanically against held-out.ts with /work/brief/tools/dedupe.mts, without reading
 * it: 28 line(s) equal to a held-out text were dropped.
 */


const next = is(Intent.Next);
const previous = is(Intent.Previous);
const repeat = is(Intent.Repeat);
const pause = is(Intent.Pause);
const resume = is(Intent.Resume);
const stop = is(Intent.Stop);
const skip = is(Intent.Skip);
const startOver = is(Intent.StartOver);
const help = is(Intent.Help);
const yes = is(Intent.Yes);
const no = is(Intent.No);
const holdDuration = is(Intent.HoldDuration);
const whichSide = is(Intent.WhichSide);
const whatStretch = is(Intent.WhatDoesThisStretch);
const howManyLeft = is(Intent.HowManyLeft);
const tellMeMore = is(Intent.TellMeMore);
const progress = is(Intent.Progress);
const easier = is(Intent.Easier);
const harder = is(Intent.Harder);
const shorter = is(Intent.Shorter);
const longer = is(Intent.Longer);
const condition = is(Intent.Condition);
const describe = is(Intent.DescribeFeeling);
const setReminder = is(Intent.SetReminder);
const listReminders = is(Intent.ListReminders);
const moveReminder = is(Intent.MoveReminder);
const cancelReminder = is(Intent.CancelReminder);
const custom = is(Intent.CustomRoutine);
const deleteData = is(Intent.DeleteData);

export const fresh4Phrasings: readonly Phrasing[] = [
  // next
  between('okay so what\'s next', next),
  between('um alright i\'m ready for the next one', next),
  between('go ahead and move on please', next),
  between('yeah okay next stretch', next),
  between('k done with that one what\'s after it', next),
  hold('can we just move on to the next one', next),
  between('i think i\'m ready to keep going', next),
  between('nex one', next),
  between('alright let\'s do the next thing', next),
  between('done, go on', next),
  // previous
  between('wait go back one', previous),
  between('uh can we do the last one again the one before this', previous),
  between('take me back to the previous stretch', previous),
  hold('hold on go back a step', previous),
  between('back up one please', previous),
  between('previous one', previous),
  // repeat
  hold('sorry what did you say', repeat),
  hold('um can you say that again', repeat),
  between('i missed that could you repeat it', repeat),
  hold('come again', repeat),
  between('say that one more time i didn\'t catch it', repeat),
  hold('huh what was that', repeat),
  between('could you repeat the instructions', repeat),
  // pause
  hold('hang on a sec someone\'s at the door', pause),
  hold('pause please', pause),
  hold('um can you pause it for a minute', pause),
  between('wait wait hold up', pause),
  hold('give me a second i need to grab my phone', pause),
  hold('paws', pause),
  between('hold on the dog\'s jumping on me can we pause', pause),
  hold('could you stop the timer for a sec', pause),
  // resume
  paused('okay i\'m back', resume),
  paused('alright let\'s keep going', resume),
  paused('resume please', resume),
  paused('okay go ahead and continue', resume),
  paused('sorry about that we can start again where we were', resume),
  paused('um carry on', resume),
  paused('unpause', resume),
  paused('i\'m ready pick it back up', resume),
  // stop
  hold('okay i\'m done for today', stop),
  between('that\'s enough for me thanks', stop),
  paused('let\'s just end it here', stop),
  between('i gotta go, stop the workout', stop),
  between('i\'m finished thank you alexa', stop),
  paused('never mind we\'re done', stop),
  between('end the session please', stop),
  // skip
  hold('can we skip this stretch i don\'t like it', skip),
  between('um i\'m gonna pass on that one', skip),
  hold('let\'s not do this one, skip it', skip),
  between('i\'d rather skip the frog one', skip),
  hold('this one\'s awkward for me can we skip to the next', skip),
  between('skip it', skip),
  between('jump past this one', skip),
  // start over
  between('start over', startOver),
  paused('can we start the whole thing over', startOver),
  between('let\'s go back to the very beginning', startOver),
  hold('restart the routine', startOver),
  paused('um i lost track, start from the top', startOver),
  between('begin again from the first stretch', startOver),
  // help
  outside('help', help),
  outside('um how does this work', help),
  between('what are my options here', help),
  outside('i don\'t know what to do can you help', help),
  hold('what am i supposed to say to you', help),
  outside('how do i use hip coach', help),
  // yes
  question('yep let\'s do it', yes),
  question('uh huh', yes),
  question('okay yeah why not', yes),
  question('sure thing', yes),
  question('absolutely', yes),
  question('mhm yeah go for it', yes),
  // no
  question('no', no),
  question('nah', no),
  question('no thanks', no),
  question('not right now', no),
  question('um no i\'m good', no),
  question('nope', no),
  question('i don\'t think so', no),
  question('no not today', no),
  // hold duration
  hold('um how long am i supposed to stay like this', holdDuration),
  hold('how many seconds is this one', holdDuration),
  hold('how much longer do i hold it', holdDuration),
  between('how long are we holding the next one', holdDuration),
  hold('wait how long do i stay here', holdDuration),
  hold('like how long do i keep this position', holdDuration),
  // which side
  hold('which side am i on', whichSide),
  hold('is this the left or the right', whichSide),
  hold('which leg should i be doing', whichSide),
  hold('um wait which leg is it', whichSide),
  between('which side do i switch to', whichSide),
  hold('am i supposed to be on my right side now', whichSide),
  hold('do i do the other leg yet', whichSide),
  // what stretch
  hold('what\'s this one for', whatStretch),
  hold('what muscle is this supposed to be working', whatStretch),
  between('what\'s this stretch called', whatStretch),
  hold('um what\'s this one even doing for me', whatStretch),
  hold('where should i be feeling this', whatStretch),
  // how many left
  hold('how much more do we have', howManyLeft),
  hold('are we almost done', howManyLeft),
  between('how much longer is this routine', howManyLeft),
  between('um how many to go', howManyLeft),
  // tell me more
  hold('can you explain how to do this one', tellMeMore),
  between('i\'m not sure i\'m doing it right can you walk me through it', tellMeMore),
  hold('give me the full instructions again', tellMeMore),
  between('explain that one in more detail please', tellMeMore),
  hold('how exactly am i supposed to set up for this', tellMeMore),
  // start routines
  outside('um let\'s do the morning routine', start('morning')),
  outside('i\'d like to do my morning stretch please', start('morning')),
  outside('okay so can we do the wake up routine', start('morning')),
  outside('morning routine', start('morning')),
  outside('start the evening routine', start('evening')),
  outside('let\'s do the night time one', start('evening')),
  outside('i think i\'d like to do the evening stretches', start('evening')),
  outside('can we do the long one before bed', start('evening')),
  outside('evening stretch please', start('evening')),
  outside('start the workday break', start('workday')),
  outside('i need a quick desk stretch', start('workday')),
  outside('can we do the work break one', start('workday')),
  outside('um do the quick one i can do at my desk', start('workday')),
  outside('give me a two minute break routine', start('workday')),
  outside('start a stretch', start()),
  outside('let\'s stretch', start()),
  outside('i wanna do some hip stretches', start()),
  outside('could we maybe start a routine', start()),
  outside('start the work day break please', start('workday')),
  // progress
  outside('um how\'s my progress', progress),
  outside('how many sessions have i done this week', progress),
  outside('how much have i stretched so far', progress),
  outside('what week am i on', progress),
  between('am i doing better than last week', progress),
  // easier
  hold('make it easier', easier),
  hold('this is too hard for me', easier),
  hold('is there an easier version', easier),
  hold('um i can\'t get down that far', easier),
  between('can we go a bit gentler', easier),
  hold('i can\'t reach my foot, is there another way', easier),
  hold('can i do this one standing instead', easier),
  hold('that\'s a lot, can you tone it down', easier),
  // harder
  hold('make it harder', harder),
  between('can we make it a little more challenging', harder),
  hold('i barely feel this one, how do i go deeper', harder),
  between('i want more of a challenge', harder),
  // shorter / longer
  between('can we make it shorter today', shorter),
  outside('i only have a few minutes, a shorter one please', shorter),
  hold('can the holds be shorter', shorter),
  between('make the holds longer', longer),
  outside('i\'ve got time, can we make it longer', longer),
  // custom length
  outside('give me a ten minute routine', custom),
  outside('can i do like a fifteen minute stretch', custom),
  outside('i have five minutes what can we do', custom),
  outside('um make me a routine for my lower back, like twelve minutes', custom),
  outside('i want a seven minute hip session', custom),
  outside('do a custom routine focused on my hamstrings', custom),
  // conditions
  outside('i have sciatica is that okay', condition),
  outside('i had a hip replacement last year', condition),
  outside('i\'m pregnant can i still do these', condition),
  outside('um i have a herniated disc', condition),
  outside('i\'ve got arthritis in my hips', condition),
  between('just so you know i have a bad knee', condition),
  outside('i have osteoporosis are these safe', condition),
  outside('i just had back surgery a few weeks ago', condition),
  // describe feeling (not pain)
  hold('it feels tight', describe),
  hold('i feel a nice stretch in my hip', describe),
  hold('yeah that feels good', describe),
  hold('i don\'t really feel anything', describe),
  hold('it\'s kind of stiff but okay', describe),
  // reminders
  outside('remind me to stretch every morning at seven', setReminder),
  outside('can you set a reminder for my evening routine at nine pm', setReminder),
  outside('um set a reminder for the desk break at noon', setReminder),
  outside('remind me at three to do the work break', setReminder),
  outside('what reminders do i have', listReminders),
  outside('list my reminders', listReminders),
  outside('when are my reminders set for', listReminders),
  outside('move my morning reminder to eight', moveReminder),
  outside('change the evening reminder to ten instead', moveReminder),
  outside('can you push my reminder back an hour', moveReminder),
  outside('cancel my reminders', cancelReminder),
  outside('delete the morning reminder', cancelReminder),
  outside('stop reminding me', cancelReminder),
  // delete data
  outside('erase all my progress please', deleteData),
  // pain
  hold('ow', pain),
  hold('ouch that hurts', pain),
  hold('that\'s too much', pain),
  hold('ah this really hurts', pain),
  hold('i felt a pinch in my hip', pain),
  hold('um something\'s pinching in the front of my hip', pain),
  hold('i got a twinge in my back', pain),
  hold('sharp pain in my lower back', pain),
  hold('my hip just popped and it hurts', pain),
  between('i think i tweaked my back on that last one', pain),
  hold('it\'s burning in my groin', pain),
  hold('this is painful', pain),
  hold('yikes that hurts', pain),
  hold('owie', pain),
  hold('okay that\'s hurting my knee', pain),
  paused('my back hurts from that', pain),
  hold('it\'s a stabbing feeling in my hip', pain),
  hold('ugh that\'s not a good stretch that\'s pain', pain),
  hold('aah', pain),
  hold('that kinda hurts', pain),
  hold('my groin hurts when i go down', pain),
  hold('i strained something', pain),
  hold('that pinches really bad', pain),
  between('my hip hurts can we stop that one', pain),
  // cramp
  hold('ah cramp cramp', cramp),
  hold('my calf is cramping', cramp),
  hold('i got a charley horse', cramp),
  hold('my hamstring just seized up', cramp),
  hold('ow my foot\'s cramping up', cramp),
  // numbness (referral)
  hold('my leg went numb', sign('numbness')),
  hold('i can\'t feel my foot', sign('numbness')),
  between('my right thigh is kinda numb', sign('numbness')),
  hold('um my toes are numb', sign('numbness')),
  paused('part of my leg feels dead', sign('numbness')),
  hold('my foot fell asleep and it\'s not going away', sign('numbness')),
  // tingling
  hold('my leg is tingling', sign('tingling')),
  hold('i\'m getting pins and needles in my foot', sign('tingling')),
  between('my toes are all tingly', sign('tingling')),
  hold('there\'s like a buzzing down my leg', sign('tingling')),
  hold('i feel tingles down the back of my leg', sign('tingling')),
  // weakness
  hold('my leg feels weak', sign('weakness')),
  between('my knee keeps giving out', sign('weakness')),
  hold('i can\'t lift my foot up properly', sign('weakness')),
  between('um my left leg feels really weak all of a sudden', sign('weakness')),
  paused('my foot\'s dragging when i walk', sign('weakness')),
  // both legs (emergency)
  hold('both my legs feel weak', sign('bothLegs')),
  hold('both legs went numb', sign('bothLegs')),
  between('i can\'t feel either of my legs', sign('bothLegs')),
  hold('my legs are both tingling and weak', sign('bothLegs')),
  paused('i can barely stand, both legs are giving out', sign('bothLegs')),
  // bladder bowel (emergency)
  outside('i can\'t control my bladder', sign('bladderBowel')),
  between('i just wet myself and i didn\'t feel it coming', sign('bladderBowel')),
  outside('i can\'t pee since my back went', sign('bladderBowel')),
  outside('um i\'ve lost control of my bowels', sign('bladderBowel')),
  paused('i can\'t tell if i need to go to the bathroom anymore', sign('bladderBowel')),
  outside('i\'ve been leaking urine since my back started hurting', sign('bladderBowel')),
  // saddle (emergency)
  hold('i\'m numb between my legs', sign('saddle')),
  outside('my groin and butt are numb', sign('saddle')),
  between('it\'s numb down there around my privates', sign('saddle')),
  outside('i can\'t feel anything when i wipe', sign('saddle')),
  outside('numbness in my inner thighs and my bottom', sign('saddle')),
  // radiating
  hold('the pain is shooting down my leg', sign('radiating')),
  hold('it goes all the way down to my foot', sign('radiating')),
  between('i\'ve got pain going down the back of my leg', sign('radiating')),
  outside('my back pain spreads down into my calf', sign('radiating')),
  hold('it\'s like an electric shock down my leg', sign('radiating')),
  // severe
  hold('this is the worst pain i\'ve ever had', sign('severe')),
  between('my back is killing me i can hardly move', sign('severe')),
  outside('i\'m in agony', sign('severe')),
  paused('the pain\'s a ten out of ten', sign('severe')),
  // fall
  outside('i fell down the stairs and my back hurts', sign('fall')),
  outside('i slipped on the ice yesterday and landed on my hip', sign('fall')),
  between('i just fell off the bed', sign('fall')),
  outside('i had a fall last week and it still hurts', sign('fall')),
  // fever
  outside('my back hurts and i\'ve got a fever', sign('fever')),
  outside('i have a fever and chills and my lower back is sore', sign('fever')),
  outside('um i\'m running a temperature and my back\'s aching', sign('fever')),
  // night
  outside('my back hurts so bad at night i can\'t sleep', sign('night')),
  outside('the pain wakes me up at night', sign('night')),
  outside('it hurts even when i\'m lying still in bed at night', sign('night')),
  // two clauses, labelled by the final request
  between('that was good, what\'s next', next),
  hold('okay i\'m in position, how long do i hold it', holdDuration),
  between('i didn\'t like that one, go back actually no skip', skip),
  between('sorry i was on the phone, can you repeat that', repeat),
  hold('wait i\'m confused which leg am i on', whichSide),
  paused('okay the kids are asleep, let\'s keep going', resume),
  between('that felt nice, how many more are there', howManyLeft),
  outside('i\'m at my desk, can we do the quick break one', start('workday')),
  hold('i\'m not feeling it much, can we make it harder', harder),
  between('my neighbors are loud, pause for a sec', pause),
  outside('i finished yesterday, how am i doing this week', progress),
  hold('this feels fine, but what does it actually stretch', whatStretch),
];
