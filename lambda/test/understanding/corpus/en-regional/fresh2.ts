import { Intent, type IntentName } from '../../../../src/intents';
import type { RoutineId } from '../../../../src/scripts/routines';
import type { Context, Expectation, Phrasing, SignCategory } from '../phrasing';

/**
 * A second blind regional English corpus: British (GB), Scottish (SC), Irish (IE), Australian (AU),
 * New Zealand (NZ), Indian (IN) and Canadian (CA) English, written by hand, line by line, by the
 * corpus-en helper on 2026-12-03. Each line's trailing tag says whose idiom it is. Written blind to
 * the interaction models (skill-package/**), the model, NLU and understanding tools (tools/model,
 * tools/nlu, tools/understanding), the feeling and speech code (lambda/src/coach/feeling*,
 * lambda/src/speech) and every other corpus file (phrasing.ts, the format, aside); never a held-out
 * file. Sources used: PRODUCT.md, EVIDENCE.md, issues 11 and 14, intents.ts, the routine ids, the
 * README.
 *
 * Expectations are what a careful physiotherapist would want the coach to do, not a guess at what
 * the software does: pain stops the stretch, a cramp eases out, and the warning signs are sorted by
 * clinical category (bladder or bowel, saddle numbness and weakness in both legs are emergencies).
 * Regional traps on purpose: "wee" as small (SC) beside "wee" as urine, "yeah nah" is a no and
 * "nah yeah" a yes (AU/NZ), "done in" and "knackered" are tiredness, not pain, "giving me gyp" and
 * "nipping" are pain, "crook" is feeling ill, "half seven" is 7:30.
 *
 * Deduplicated mechanically against en-regional/held-out.ts with /work/brief/tools/dedupe.mts,
 * without reading it: 5 line(s) equal to a held-out text were dropped (a second run, after four
 * safety lines were added, dropped none).
 */

const at =
  (context: Context) =>
  (text: string, expect: Expectation): Phrasing => ({ text, expect, context });
const hold = at('hold');
const between = at('between');
const paused = at('paused');
const question = at('question');
const outside = at('outside');

const is = (intent: IntentName): Expectation => ({ intent });
const start = (routine?: RoutineId): Expectation => (routine ? { intent: Intent.StartRoutine, routine } : { intent: Intent.StartRoutine });
const emergencies: readonly SignCategory[] = ['bladderBowel', 'saddle', 'bothLegs'];
const sign = (category: SignCategory): Expectation => ({ sign: category, urgency: emergencies.includes(category) ? 'emergency' : 'referral' });
const pain: Expectation = { feeling: 'pain' };
const cramp: Expectation = { feeling: 'cramp' };

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

export const fresh2Phrasings: readonly Phrasing[] = [
  // Starting the morning routine
  outside('right crack on with the morning stretches', start('morning')), // GB
  outside("go on then let's do the morning one", start('morning')), // GB
  outside('stretches before brekkie please', start('morning')), // AU
  outside('kindly start the morning routine', start('morning')), // IN
  outside('do the needful and start morning stretching', start('morning')), // IN
  outside('morning routine please eh', start('morning')), // CA
  outside("let's get the morning stretches done before work", start('morning')), // GB
  outside("i'm up let's have a go at the morning one", start('morning')), // GB
  outside('morning stretches now itself', start('morning')), // IN
  outside('aye start the morning stretches', start('morning')), // SC

  // Starting the evening routine
  outside("i'm knackered let's do the evening one", start('evening')), // GB
  outside('reckon we do the evening stretches before bed', start('evening')), // AU
  outside('put the evening routine on would you', start('evening')), // GB
  outside('evening stretches before the telly', start('evening')), // GB
  outside('start evening routine now itself', start('evening')), // IN
  outside('do the evening one yaar', start('evening')), // IN
  outside("i'm done in can we do the bedtime stretches", start('evening')), // GB
  outside('evening stretches after me tea', start('evening')), // GB
  outside('the night one please mate', start('evening')), // AU
  outside("i'd love the evening routine now so i would", start('evening')), // IE

  // Starting the workday break
  outside('crack on with the workday break', start('workday')), // GB
  outside('lunch break stretch please', start('workday')), // GB
  outside('quick stretch at me desk', start('workday')), // GB
  outside('arvo desk break cheers', start('workday')), // AU
  outside('smoko stretches mate', start('workday')), // AU
  outside('kindly start the work break routine', start('workday')), // IN
  outside("i've been sat at my desk all morning do the work one", start('workday')), // GB
  outside('do the work break one eh', start('workday')), // CA
  outside('the office one please ta', start('workday')), // GB
  outside('a wee break from work stretches', start('workday')), // SC

  // Starting without naming a routine
  outside("go on then let's have a stretch", start()), // GB
  outside("righto let's get stretching", start()), // GB
  outside("let's get cracking with a routine", start()), // GB
  outside('kindly begin the stretching', start()), // IN
  outside('keen for a stretch', start()), // NZ

  // A routine of a length or a focus the user asks for
  outside('give us ten minutes of stretching', custom), // GB
  outside("i've only got five minutes spare", custom), // GB
  outside('can you do a quarter of an hour on my hips', custom), // GB
  outside('just my lower back only', custom), // IN
  outside('do a twenty minute session for me kindly', custom), // IN
  outside('reckon you could do me a quick seven minute one', custom), // AU
  outside('just the hips today ta', custom), // GB
  outside('a wee ten minute stretch', custom), // SC

  // Shorter or longer than the routine offered
  question('got anything shorter', shorter), // GB
  question("that's a bit long for me have you a shorter one", shorter), // IE
  question('is there a quicker one mate', shorter), // AU
  question('shorter one please yaar', shorter), // IN
  question('got a shorter one eh', shorter), // CA
  question('a bit shorter if you can', shorter), // GB
  question("i've heaps of time give me a longer one", longer), // AU
  question('have you a longer one', longer), // IE
  question('a longer session would be grand', longer), // IE
  question('can i get a longer one eh', longer), // CA
  question('kindly give a longer routine', longer), // IN

  // Skipping a stretch
  hold('skip this one cheers', skip), // GB
  hold('nah skip it', skip), // AU
  hold("i'll pass on this one", skip), // GB
  hold('can we skip this one only', skip), // IN
  hold('leave this one out', skip), // GB
  hold("i'm not doing that yoke skip it", skip), // IE
  between('skip this stretch mate', skip), // AU
  paused('skip this one and carry on', skip), // GB

  // How long to hold
  hold('how long am i meant to hold this', holdDuration), // GB
  hold('how long do i stay like this for', holdDuration), // GB
  hold('how many seconds for this one yaar', holdDuration), // IN
  hold('how long to hold it', holdDuration), // IN
  hold('how long do i hold this for eh', holdDuration), // CA
  hold('how long have i got left on this one', holdDuration), // GB
  hold('tell me the holding time kindly', holdDuration), // IN
  hold('how long do i keep this going for', holdDuration), // AU

  // Which side or leg
  hold('which side am i meant to be on', whichSide), // GB
  hold('is this me left or me right', whichSide), // GB
  hold('which leg is it now yaar', whichSide), // IN
  hold('which side are we on then', whichSide), // GB
  hold('have we done this side already', whichSide), // GB
  hold('left leg or right leg', whichSide), // IN
  between('which leg do i start on', whichSide), // AU
  between('which side first eh', whichSide), // CA

  // What this stretch is and what it does
  hold("what's this one in aid of", whatIsThis), // GB
  hold("what's this stretch for then", whatIsThis), // GB
  hold('what is the use of this stretch', whatIsThis), // IN
  hold("what's this one called again", whatIsThis), // GB
  hold("what's this yoke doing for me", whatIsThis), // IE
  hold('what muscle does this one work on', whatIsThis), // AU
  hold("what's the point of this one mate", whatIsThis), // AU
  hold('this stretch is for what', whatIsThis), // IN

  // How many stretches are left, how much longer the routine
  hold('how many more have we got', howManyLeft), // GB
  between('how many are left to go', howManyLeft), // GB
  between('are we nearly there', howManyLeft), // GB
  between('how many more to do yaar', howManyLeft), // IN
  hold('how much longer is the whole thing', howManyLeft), // AU
  between('is this the last one then', howManyLeft), // GB
  between('how many stretches remaining', howManyLeft), // IN
  paused('how much of this is left eh', howManyLeft), // CA

  // Tell me more
  hold('tell us a bit more about this one', tellMore), // GB
  hold('can you explain it properly', tellMore), // GB
  hold('give me the full rundown', tellMore), // AU
  hold('explain in detail kindly', tellMore), // IN
  between('tell me more about how to do it', tellMore), // CA
  hold('go on tell me more', tellMore), // IE

  // Easier
  hold("i'm not bendy enough for this make it easier", easier), // GB
  hold('is there an easier version of this', easier), // GB
  hold("i can't get down that far easier please", easier), // AU
  hold('go easier on me', easier), // IE
  hold('too tough this one give me something gentler', easier), // AU
  hold('kindly make it simpler', easier), // IN
  hold("i'm stiff as a board give me an easier one", easier), // GB
  hold('can we do a gentler one eh', easier), // CA

  // Harder
  hold('this is dead easy make it harder', harder), // GB
  hold("i'm barely feeling this give me something harder", harder), // AU
  hold('can we step it up a bit', harder), // GB
  hold('too easy yaar make it tougher', harder), // IN
  hold('this is a doddle', harder), // GB
  hold('give us a harder version', harder), // GB

  // Next
  between('go on then next', next), // GB
  between('right next one', next), // GB
  between('crack on', next), // GB
  between("righto what's next", next), // GB
  between('sweet as next', next), // NZ
  between('next one eh', next), // CA
  between("let's move on to the next", next), // AU
  between('carry on to the next one', next), // GB
  between('done next one cheers', next), // GB
  hold('on to the next one', next), // IE
  between('go ahead kindly', next), // IN

  // Previous
  between('go back one', previous), // GB
  between('take me back to the last stretch', previous), // AU
  between('can we go back to the one before', previous), // GB
  between('previous one please', previous), // IN
  between('back to the previous stretch only', previous), // IN
  hold('go back a step', previous), // CA

  // Repeat
  hold('sorry what was that', repeat), // GB
  hold('come again', repeat), // AU
  hold('say that again would you', repeat), // GB
  hold('pardon', repeat), // GB
  hold('kindly repeat', repeat), // IN
  question('sorry say again', repeat), // IN
  hold('eh what was that', repeat), // CA
  hold('can you say that once more', repeat), // IN

  // Start over
  between('start from the top', startOver), // GB
  paused("let's start again from scratch", startOver), // GB
  hold('go back to the very beginning', startOver), // AU
  between('restart the whole thing', startOver), // CA
  between('start the routine again from the beginning itself', startOver), // IN

  // Pause
  hold('hang about', pause), // GB
  hold('hold your horses', pause), // AU
  hold('give us a minute', pause), // GB
  hold('pause a sec i need the loo', pause), // GB
  hold("hang on the kettle's boiled", pause), // GB
  hold('just a tick', pause), // GB
  between('wait one minute yaar', pause), // IN
  hold('hold on a mo', pause), // GB
  between('pause it eh', pause), // CA
  hold('gimme a wee minute', pause), // SC

  // Resume
  paused("right i'm back", resume), // GB
  paused('carry on', resume), // GB
  paused('crack on then', resume), // GB
  paused('off we go again', resume), // GB
  paused("let's get going again", resume), // AU
  paused('continue kindly', resume), // IN
  paused('okay resume it', resume), // CA
  paused("sorted let's keep going", resume), // GB
  outside('pick up where i left off yesterday', resume), // GB

  // Stop
  hold("that'll do for today", stop), // GB
  between("i'm done in that's enough", stop), // GB
  hold('stop there', stop), // GB
  between("i've had enough for today", stop), // AU
  between("let's call it a day", stop), // GB
  hold('stop it yaar', stop), // IN
  between("i'm knackered i'll stop there", stop), // GB
  paused('end it there cheers', stop), // GB
  between("that's me done", stop), // SC

  // Cancel
  hold('cancel that', cancel), // GB
  question('ah forget about it', cancel), // IE
  between('never mind then', cancel), // GB
  outside('cancel it', cancel), // CA

  // Help
  outside('what can i say to you', help), // GB
  hold('help me out here', help), // AU
  between('what are me options', help), // GB
  outside('how does this thing work', help), // CA
  paused('kindly tell me what to say', help), // IN
  outside('what can you do for me mate', help), // AU

  // Yes
  question('go on then', yes), // GB
  question('aye', yes), // SC
  question('yeah go on', yes), // GB
  question('righto', yes), // GB
  question('too right', yes), // AU
  question('sure thing', yes), // CA
  question('yes please ta', yes), // GB
  question('grand so', yes), // IE
  question('nah yeah', yes), // NZ
  question('okay done', yes), // IN
  question('sounds good eh', yes), // CA

  // No
  question('no ta', no), // GB
  question('naw', no), // SC
  question('yeah nah', no), // AU
  question('not the now', no), // SC
  question('no thank you', no), // IN
  question("nah i'm right", no), // AU
  question("not today i'm knackered", no), // GB
  question('no need', no), // IN
  question("no worries i'll leave it", no), // AU

  // Progress
  outside('how many sessions have i clocked up', progress), // GB
  outside('how am i getting on then', progress), // GB
  outside("how's my progress looking", progress), // CA
  outside("what's my streak at", progress), // AU
  outside('how many minutes have i done this week', progress), // GB
  between("right i'm finished how did i get on", progress), // GB
  outside('am i doing alright', progress), // AU
  outside('what week am i up to', progress), // AU
  outside('kindly tell my progress', progress), // IN
  outside("how've i been going", progress), // AU

  // Deleting the user's data
  outside('delete all me data', deleteData), // GB
  outside("wipe everything you've got on me", deleteData), // GB
  outside('kindly delete my details', deleteData), // IN
  outside('get rid of my records', deleteData), // AU
  outside('clear my data eh', deleteData), // CA

  // Reminders
  outside('remind me to stretch every morning at half seven', setReminder), // GB
  outside('set a reminder for the arvo', setReminder), // AU
  outside('give me a nudge at lunchtime to stretch', setReminder), // GB
  outside('remind me at nine in the evening kindly', setReminder), // IN
  outside('remind me every night at ten eh', setReminder), // CA
  outside('put a reminder in for the evening routine at eight', setReminder), // GB
  outside('what reminders have i got', listReminders), // GB
  outside('have i any reminders on', listReminders), // IE
  outside('tell me my reminders kindly', listReminders), // IN
  outside('which reminders are set eh', listReminders), // CA
  outside('shift my morning reminder to half six', moveReminder), // GB
  outside('move the evening reminder back to nine', moveReminder), // AU
  outside('change the reminder time to quarter past seven', moveReminder), // GB
  outside('can you make my reminder an hour later', moveReminder), // CA
  outside('get rid of my reminders', cancelReminder), // GB
  outside('stop the reminders cheers', cancelReminder), // GB
  outside('cancel the morning reminder', cancelReminder), // IN
  outside('no more reminders thanks', cancelReminder), // AU

  // Conditions the user mentions
  outside("i'm expecting", condition), // GB
  outside("i've had a new hip", condition), // GB
  hold("i'm pregnant is that alright", condition), // GB
  outside('i had a slipped disc last year', condition), // GB
  outside("i've got arthritis in me hip", condition), // GB
  outside("i'm after having a baby", condition), // IE
  outside('i had a knee replacement in the spring', condition), // CA
  outside("i'm twenty weeks along", condition), // AU
  outside('i have lumbar spondylosis', condition), // IN

  // Warning sign: numbness
  hold('i cannae feel my toes', sign('numbness')), // SC
  hold("my leg's gone all numb", sign('numbness')), // AU
  hold('my thigh has gone numb yaar', sign('numbness')), // IN
  between("i've lost all the feeling in me shin", sign('numbness')), // IE
  hold("my heel's gone numb eh", sign('numbness')), // CA

  // Warning sign: tingling
  hold('pins and needles in me toes', sign('tingling')), // GB
  hold("my foot's all fizzy", sign('tingling')), // GB
  hold('my leg is tingling a lot', sign('tingling')), // IN
  hold('my calf is prickling like mad', sign('tingling')), // AU

  // Warning sign: weakness in one leg
  hold("my leg's gone from under me", sign('weakness')), // GB
  hold("i can't lift me foot properly", sign('weakness')), // GB
  hold('my knee gave way', sign('weakness')), // AU
  outside("my foot's been dragging since yesterday", sign('weakness')), // CA

  // Warning sign: weakness in both legs (emergency)
  hold('both me legs have gone weak', sign('bothLegs')), // GB
  outside('suddenly both my legs are not holding me', sign('bothLegs')), // IN
  hold('my legs are both giving way i can hardly stand', sign('bothLegs')), // AU
  between('both legs have gone weak and wobbly all of a sudden', sign('bothLegs')), // GB

  // Warning sign: bladder or bowel (emergency)
  outside("i've wet myself and didn't notice", sign('bladderBowel')), // GB
  outside("i can't control going to the loo", sign('bladderBowel')), // GB
  outside("i couldn't make it to the washroom i didn't feel it coming", sign('bladderBowel')), // CA
  hold("i can't pass urine since this morning", sign('bladderBowel')), // IN

  // Warning sign: saddle numbness (emergency)
  outside("my bum's gone numb and so has my groin", sign('saddle')), // GB
  outside('numb down below when i wipe', sign('saddle')), // GB
  hold('no feeling in my bottom and between my legs', sign('saddle')), // AU
  outside('my privates feel numb', sign('saddle')), // IE

  // Warning sign: pain spreading down the leg
  hold("the pain's going right down me leg", sign('radiating')), // GB
  hold("it's shooting down into my foot", sign('radiating')), // AU
  outside("my sciatica's running down past my knee", sign('radiating')), // GB
  hold('pain is going down till my ankle', sign('radiating')), // IN

  // Warning sign: severe or worsening pain
  hold('this is absolute agony', sign('severe')), // GB
  hold('worst pain of my life', sign('severe')), // AU
  outside('the pain keeps getting worse and worse', sign('severe')), // IE
  hold("it's killing me i can't bear it", sign('severe')), // GB

  // Warning sign: after a fall or an accident
  outside('i came off my bike yesterday and landed on my back', sign('fall')), // GB
  outside('i had a fall on the stairs', sign('fall')), // GB
  outside('i slipped in the shower and hurt my back', sign('fall')), // AU

  // Warning sign: fever or feeling unwell with back pain
  outside("i'm feeling crook with a temperature and my back's sore", sign('fever')), // AU
  outside("i've a fever and my back's aching", sign('fever')), // IE
  outside("i've got the shivers and a sore back", sign('fever')), // GB

  // Warning sign: pain at night
  outside('my back keeps me up at night', sign('night')), // GB
  outside('the pain wakes me at night', sign('night')), // SC
  outside("it's worse when i'm in bed at night", sign('night')), // AU

  // Pain: the stretch stops
  hold("ow that's giving me gyp", pain), // IE
  hold('ooh that smarts', pain), // GB
  hold("that's well sore", pain), // GB
  hold('ouch', pain), // CA
  hold("oof that's sore", pain), // AU
  hold('my hip is paining', pain), // IN
  hold('that hurts a lot yaar', pain), // IN
  hold("i've done something to my back", pain), // GB
  hold("that's nipping", pain), // SC
  hold("something's twanged in my hamstring", pain), // GB
  hold("that's not right it's hurting", pain), // GB
  hold('agh that pinches', pain), // CA

  // Cramp: ease out, it passes
  hold('cramp in my foot', cramp), // AU
  hold("ahh my leg's cramping up", cramp), // CA
  hold("my hamstring's gone into cramp", cramp), // GB
  hold('getting a cramp yaar', cramp), // IN
  hold("argh me calf's cramped up", cramp), // SC
  between('got a cramp in me foot mate', cramp), // NZ
];
