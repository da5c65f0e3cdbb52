import { feelingClassifierFor, inEnglishClassifierWords, slotReaderFor } from './feeling-words';
import { isUrgentSign, type WarningSign } from './safety';

/**
 * What free words about how the body feels amount to, for the catch-all safety intent and for
 * symptom words Alexa could not resolve: a warning sign (with its category), pain (stop the
 * stretch), a cramp (ease out, it passes), or nothing the coach can read.
 */
export type Feeling =
  | { readonly kind: 'pain' }
  | { readonly kind: 'cramp' }
  | { readonly kind: 'warning'; readonly sign: WarningSign }
  /** The stretch as it should feel ("that feels good", "it's tight"): nothing wrong was said. */
  | { readonly kind: 'fine' }
  | { readonly kind: 'none' };

/*
 * The vocabulary is sorted the way a physical therapist listens: first where it is (the saddle
 * region, both legs, bladder or bowel), then what it does (numb, tingling, weak, spreading), then
 * when and why (at night, after a fall, with a fever), then how bad. Spelling slips the speech
 * recogniser makes ("num", "tingeling", "week") are part of the words people are heard to use.
 */

/** Not feeling something: numbness, in everyday words. "Can't feel the stretch" is not numbness. */
const numb = String.raw`numb(?!ers?\b)\w*|\bnum\b|no feeling|no sensation|(?:don'?t|do not|doesn'?t|does not|haven'?t|have not|hasn'?t|has not) (?:have |has |got |have got )?(?:any |much )?(?:feeling|sensation) in\b|(?:lost|losing|lose|loss of|less|reduced) (?:all |the |my |any )?(?:feeling|sensation)|(?:can'?t|cannot|can not) feel (?:anything|a thing)|lost (?:all )?(?:the )?feeling|(?:can'?t|cannot|can not|could ?n'?t) (?:really |properly |quite |even |hardly |barely )?feel(?! (?:it|the|a|any|much|this|that)? ?stretch)|can (?:hardly|barely|scarcely) feel (?:my|me)\b|gone dead|go(?:es|ing)? dead|feels? dead|is dead(?! (?:easy|simple|good|right|on|set|keen|serious|boring))|dead leg|(?:fallen|gone|going|falls|fell) (?:to )?asleep|falling asleep|asleep|(?:gone|going|goes|went|fallen) (?:off )?to sleep|(?:feels?|feeling|gone|going|went|is|are|all|kind of|sort of|bit|like|totally|completely) dead\b(?! (?:easy|simple|good|right|on|set|keen|serious|boring))|deaden\w*|deadness|(?:don'?t|do not|didn'?t|did not) feel (?:my|anything|a thing|it when)|feel\w* nothing|not feeling (?:my|anything)|cotton wool|like wood|wooden|rubbery|like rubber|anaesthe\w*|anesthe\w*|novocaine|^feel (?:my|me|anything|a thing|the (?!stretch))\b|(?:feels?|feeling|like) (?:\w+ ){0,2}(?:isn'?t|is not|aren'?t|are not|not) (?:there|even there)|^(?:really |quite |properly |fully |hardly |barely )feel (?:my|me|anything|a thing)\b|can feel (?:my|me|the|any)\b(?:(?!stretch)[^,.]){0,30}\b(?:anymore|any more|no more|at all)\b|numb ness|(?:gone|going|went|feels?|totally) none\b(?! the)|like (?:cardboard|plastic|concrete|stone|a log|a block)|feels? (?:like )?(?:someone else'?s|somebody else'?s)`;
const tingle = String.raw`tinge?l\w*|tinkl(?:ing|y|ey|es)\b|pins?,? (?:and |in |an |n )?needl\w*|needless|tickl\w*|tinging|like pins\b|pins in (?:my|me|the)\b|nettles?\b|humming|like (?:soda|seltzer|lemonade|sherbet|pop rocks|fizzy \w+)|soda water|soda pop|jagg\w*|\bcurrent (?:in|through|down|running|going)\b|electricity|\bsoda\b|carbonated|pins and needles|pin and needles|pins & needles|needles|prickl\w*|pricking|fizz\w*|fuzz\w*|buzz\w*|crawl\w*|like ants|ants\b|insects|zing\w*|static|sparkl\w*|bubbl\w*|champagne`;
const weak = String.raw`given (?:way|out)|(?:not|isn'?t|is not|aren'?t|won'?t|will not) (?:taking|take|holding|carrying|bearing|supporting) (?:my|me|any|the) (?:weight|body)\b|(?:can|could) (?:barely|hardly|scarcely) (?:move|lift) (?:either|both|my|me|the) (?:of (?:my |the )?)?(?:legs?|feet|foot)\b|neither[\w ]* (?:will|wants? to|want to|is going to|can) (?:hold|take|carry|support)|weak\w*|(?:feels?|feeling|is|are|gone|going|so|really|very) week\b|gave (?:way|out)|giv(?:e|es|ing) (?:way|out)|buckl\w*|collaps\w*|from under me|(?:won'?t|will not|wont|can'?t|cannot|doesn'?t|does not|(?<=neither \w+ )will) (?:hold|take|carry|support) (?:me|my weight)|(?:can'?t|cannot|can not|could ?n'?t|could not|unable to) (?:lift|move|raise|point|flex|stand on|walk on|put (?:any )?weight on|bear weight|walk\b|stand up|stand(?! (?:it|this|that|the|much))|get up|push (?:up|off|down)|go up on|get up on|take (?:any |my )?weight|control (?:my|the) (?:leg|legs|foot|feet|knee))|(?:won'?t|will not|wont|doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t) (?:do what i|listen|obey|respond|cooperate|move|lift|bend)\b|wobbl\w*|unsteady|(?:no|lost|losing) (?:the |all |my |any )?power\b|powerless|(?:keeps?|kept) going on me|(?:gone|going|went|goes) on me\b|foot drop|drop foot|drag\w* my (?:foot|feet|leg)|(?:foot|leg) drags|slap\w*|trip\w* over my (?:right |left |own )?(?:foot|feet|toes)|(?:foot|feet|legs?)\b(?:'s|s)?(?: \w+){0,3} dragg?\w*|no strength|lost (?:the |all |my )?strength|lost (?:the )?use of|(?:legs?|knees?|pins)(?:'s)?(?: (?:have|has|just|keep|keeps|kept|are|is|'re))* (?:gone|went|go|going)(?=$| on me| from| under| again| and)|jelly|like lead\b|leaden|(?:won'?t|will not|don'?t|doesn'?t|does not) work\b|stopped working|(?:legs?|foot|feet) (?:is |are )?not working|floppy|(?:foot|feet|ankles?|toes?)\b(?:'s)?(?: \w+){0,3} flopp?\w*|(?:legs?|foot|feet|knees?|ankles?)\b(?:'s)?(?: \w+){0,2} (?:isn'?t|aren'?t|is not|are not|not) working|(?:can'?t|cannot|can not|could ?n'?t|unable to) (?:\w+ )?(?:hold|keep) (?:my|me|the) (?:legs?|foot|feet|knees?) (?:up|straight|still)|(?:can'?t|cannot|can not|could ?n'?t|unable to) push (?:with|through|off) (?:my|me|the) (?:(?:right|left|other|good|bad|front|back) )?(?:legs?|foot|feet|toes?)|^push (?:off|with|through) (?:my|me|the) (?:(?:right|left|other|good|bad|front|back) )?(?:legs?|foot|feet|toes?)\b|paraly\w*|^(?:lift|raise|stand on|walk on|bear weight|put (?:any )?weight on|control) (?:my|me|the|it|any)\b|(?<=\bneither\b.*)will (?:hold|take|carry|support) (?:me|my weight)|(?:can'?t|cannot|can not|could ?n'?t|unable to) (?:\w+ )?(?:climb|go up|get up|walk up|manage) (?:the |my |any |a )?(?:stairs|steps?|kerbs?|curbs?)\b|(?:can'?t|cannot|can not|could ?n'?t|unable to) get (?:up )?(?:out of|off) (?:a|the|my) (?:chair|bed|car|seat|sofa|couch|bath|toilet)|(?:foot|feet|toes?|legs?|ankles?)\b(?:'s)? (?:won'?t|will not|doesn'?t|does not|don'?t|do not|can'?t|cannot|isn'?t|is not) (?:come|lift|pull|point|flex) up\b|(?:foot|feet|toes?)\b(?: keeps?| keep)? catch\w*|(?:gave|give|gives|giving|given) up on me|noodl\w*|spaghetti|(?:legs?|knees?|feet|foot)\b(?:'s)?(?: is| are)? (?:not|isn'?t|aren'?t) (?:supporting|holding|carrying|bearing)\b|(?:can'?t|cannot|can not|could ?n'?t|unable to) (?:\w+ )?(?:wiggle|wriggle|curl|spread|balance on)\b|strong enough to (?:hold|take|carry|support|stand|walk)|(?:^(?:is |are )?|(?:legs?|foot|feet|knees?|ankles?)\b(?:'s)?(?: is| are)? )(?:not|isn'?t|aren'?t) (?:\w+ )?strong enough|strength (?:has |is |'s )?(?:gone|going|went)\b|(?:doesn'?t|does not|don'?t|do not|won'?t|will not) (?:want to|wanna) (?:move|work|lift|hold|go up|take)\b|(?:trip\w*|stumbl\w*|catch\w*) (?:over |on )?(?:my|me) (?:own |right |left )*(?:foot|feet|toes?)\b|^(?:is |are |keeps? |has been |have been |'s |just )?(?:dragg\w*|slapp\w*|flopp\w*|not lifting)|(?:foot|feet|toes?|legs?)\b(?:'s)?(?: is| are)? (?:not|isn'?t|aren'?t) (?:lifting|moving|holding)\b|(?:not having|isn'?t having|aren'?t having|don'?t have|doesn'?t have|do not have|does not have|without|there is no|there'?s no|have no|has no|having no) (?:any |much )?(?:power|strength)\b`;
const saddleRegion = String.raw`arse\w*|\bass\b|\bwipe\b|(?:area|part|bit)s? i sit on|groin|crotch|between my legs|between the legs|saddle|(?<!the )bottom(?! of)|bum\b|bums\b|backside|butt\w*|rear end|private|down below|down there|genital\w*|back passage|inner thighs?|on the toilet|on the loo|toilet paper|when i wipe|wiping|perineum|tailbone|(?:my|the) bits\b|nether\w*|undercarriage|lady parts|(?:my|the) seat\b|where i sit|sitting area|penis|vagina|scrotum|testic\w*|anus|rectum|(?:around|near) my (?:back ?side|behind)|(?:my|the) behind\b|^(?:bits|behind|seat|privates|nether\w*|bum|backside|crotch|groin)\b|\bi wipe\b|wipe\b|(?:area|part|bit|bits|spot) i sit on|arse\b|groans?\b|bombs?\b|toilet seat|loo seat|(?:where|what|bit|part|area) (?:that )?i sit(?: on| down)?\b|(?:grown|groan|grain) area|\bbot(?:'?s)?\b|botty|bahookie`;
const bladderBowel = String.raw`(?:lost|losing|lose|no) control (?:down there|down below)|(?:bathroom|restroom|washroom|toilet|loo)\b.*\b(?:couldn'?t|could not|can'?t|cannot|didn'?t|did not) (?:hold|make|tell|feel|control)\b|(?:can'?t|cannot|couldn'?t|could not) (?:tell|feel|know) (?:if|when|whether) i need (?:to go|the (?:bathroom|restroom|washroom))|did ?n'?t (?:even )?(?:know|notice|feel|reali[sz]e) i (?:was going|had to go|needed to go|needed the (?:toilet|loo|bathroom))|nothing (?:comes|came) out|(?:can'?t|cannot) (?:go|wee|pee|poo)\b(?! (?:up|down|on|any|further|deeper|lower|that|so|back|to sleep|out|for|walking|far|as|there|into|in)\b)|(?:didn'?t|did not|couldn'?t|could not|never) (?:make it|get) to the (?:bathroom|toilet|loo|restroom|washroom)|bladder|bowels?|pee(?:d|ing)?\b|\bwee(?:d|ing|ed|s)?\b(?! (?:tingl\w*|twinge|ache|pain|niggle|pull|sore\w*|stiff\w*|numb\w*|prickl\w*|buzz\w*|burn\w*|bit|while|little|one|thing|lad|lass|man|boy|girl|dram|hours|break|rest|breather|pause|stretch(?:es)?|minute|moment|second|sec|sit|lie|walk|drink|cup|tea|go|try|change|routine|session|workout|twist|push|bend|stop))|urin\w*|incontinen\w*|poo(?:ed|ing|p\w*)?\b|wet (?:myself|me|the bed)|soil\w*|leak\w*|the loo|the toilet|to the toilet|(?:toilet|bathroom|bowel|bladder) accident|number two|pass water|accident in (?:my|the) (?:pants|knickers|underwear|undies|trousers)|(?:wet|soiled|messed) (?:my )?(?:pants|knickers|underwear|trousers)|(?:little |keep having |having |had |some )accidents\b|accident (?:down below|down there|in (?:the |my )?bed|in the night)|nothing (?:comes|came|coming|will come) out|didn'?t (?:know|reali[sz]e|notice) i was going|without (?:knowing|realising|realizing|noticing) i was going|blather\w*|bladda\w*|waterworks|loose motions?|motions?\b(?=.*\b(?:control|coming|come|came|pass\w*|hold|leak\w*|accident))|(?:pass\w*|hold\w*|control\w*|no) (?:\w+ ){0,2}motions?\b|hold it in\b|(?:a |an )?(?:little |small |slight |tiny |bit of an? )accident\b|^(?:i )?(?:had|have had|'ve had|ve had|just had|had just had|think i had|think i'?ve had) an accident$|^an accident$|stools?\b(?=.*\b(?:control|hold|coming|pass))|(?:control|hold) (?:of |over )?(?:my |the )?bowls\b|(?:haven'?t|have not|hasn'?t|has not|not) been able to (?:go|wee|pee|poo|pass water)\b|(?:coming|came|comes|passing|passed|going) (?:out )?without (?:any )?control`;
/**
 * Both legs: "both", "either", "neither", "left and right", a plural the catch-all slot begins with (its
 * carrier may have taken the "both of"), or a plural alone ("my legs", "my feet"). Numb, tingling or weak
 * there is the urgent kind: over-triage is the safe side, as symptoms in both legs can be the cauda
 * equina's, and the speech recogniser's "my leg's" for "my legs" costs an emergency line said once too often.
 */
const bothLegs = String.raw`\bother (?:leg|foot)\b.*\b(?:too|as well|also)\b|\b(?:also|and) the other (?:leg|foot)\b|pair of them|two (?:legs|feet|knees|thighs|calves|shins|ankles)\b|both of them|both (?:of )?(?:my |the )?(?:legs|sides|feet|knees|thighs|calves|ankles|hips)|either leg|either (?:of )?(?:my |the )?(?:legs|feet)|neither (?:of my )?legs?|neither foot|both (?:of them|together)|both (?:my |the )?(?:feet|calves|thighs|shins)\b|both (?:of )?(?:my |the |me )?(?:leg|foot|knee|side|thigh|calf)\b|left and right|right and left|(?:left|right) (?:leg|foot|side) and (?:my |the )?(?:right|left)|^(?:of (?:my |the |me )?|the )?(?:feet|calves|thighs|shins|knees|sides|legs)\b|legs\b|(?:my|the|both|me) (?:feet|calves|thighs|shins|knees)\b|\b(?:feet|calves|thighs|shins|knees)$`;
const spreading = String.raw`shoot\w*|radiat\w*|sciatica|sciatic\b|(?:sigh|psy|sci|si) attica|down in (?:my|the) (?:foot|feet|toes?|ankles?|heels?)\b|electric\w*|spread\w*|travel\w*|(?:down|into|to|through) (?:my|the) (?:leg|legs|calf|calves|shin|shins|foot|feet|toes?|ankle|heel|thigh)|down (?:the )?back of my|(?:below|past|under|beyond) (?:my|the) knee|runs down|running down|goes down|going down|all the way down|right down|(?:calf|calves|shins?|foot|feet|ankles?|heels?|toes?)\b.*\b(?:from|starting in|coming from|starts in|comes from) (?:my|the) (?:lower |low )?(?:back|spine|bum|buttocks?|hip)\b`;
const night = String.raw`night pain|awake at|(?:at|by) (?:one|two|three|four|five|[1-5]) (?:am\b|a\.m\.|in the morning|every morning|every night)|at night|in the night|during the night|overnight|night ?time|(?:wakes?|woke|waking) (?:me|my)\b|wake up (?:with|in|because)|keeps? me (?:up|awake)|in the middle of the night|can'?t sleep|cannot sleep|lying still|all night|every night|night long|nights\b|(?:can'?t|cannot|couldn'?t|could not|trouble|hard to|unable to) (?:get to |go to )?sleep|(?:stops?|stopping|keeps?|keeping|kept) me (?:from )?sleep\w*|ruin\w* my sleep|(?:lose|losing|lost) sleep|in my sleep|(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|not) (?:been )?(?:slept|sleeping)|(?:when|while) i(?:'m| am)? (?:lie|lying|lay) (?:down|in bed)|in bed at night|(?:get|getting|be|stay) comfortable in bed|(?:can'?t|cannot|couldn'?t) (?:get comfortable|settle) (?:in bed|at night)|(?:can'?t|cannot|couldn'?t) (?:lie|lay) (?:in bed|in my bed)|up (?:half|most|all) (?:of )?the night|up every night|(?:at|around|about) (?:one|two|three|four|five|[1-5]) (?:in the morning|am|every)|every morning at`;
const fall = String.raw`\bfell\b|\bfall\b|(?<!(?:has|have|had|it's|is) )\bfallen\b(?! asleep)|\bfalling\b(?! asleep)|tumble\w*|toppl\w*|keeled over|trip(?:ped)?\b(?! over my foot)|slipped(?! disc)|slip(?! disc)\b|landed|accident|crash\w*|knocked (?:down|over)|hit by|went flying|came down (?:hard|heavily|badly|on (?:my|the))|(?:bump|knock|spill|tumble) (?:on|down|off) the (?:stairs|steps|ice|floor|ground|pavement|kerb|curb)\b|missed my footing|ended up on the (?:floor|ground)|tackled|took a (?:hit|knock|bump|header)|wiped out (?:on|in|at|off|coming|going)\b|went down (?:hard|heavily|badly)|hit the (?:floor|ground|deck)|came a cropper|came off my|fell off|thrown|injured it (?:playing|at)|prang\w*|bingle|fender bender|shunt\w*|pile ?up|whiplash|collision|rear ?ended|knocked off|bang\w* (?:my|it|into)|went over on|lost my (?:footing|balance)|missed (?:a|the) step|down the stairs|took a (?:dive|purler|fall|spill|tumble)|came a purler|ended up on (?:my|me|the) (?:back|bum|backside|arse|bottom|side|floor|ground)\b|went for six|(?:had|was in) a (?:bump|knock|shunt|smash|prang|bingle) in (?:the|my|me) car|\bslid\b|skidd?(?:ed|ing)\b|(?:had|took|have had) a (?:spill|header|nasty one)|stacked it|face ?plant\w*|bit the dust|off (?:a|the|my) (?:ladder|bike|horse|stool|roof)`;
const fever = String.raw`fever\w*|temperature|chills?\b|shiver\w*|shaky|hot and cold|sweat\w*|unwell|\bill\b|\bsick\b|crook|poorly|under the weather|\bflu\b|burning up|feel(?:ing)? rough|run down|feel awful|feel terrible|not (?:feeling |very |too )?well|feel(?:ing)? (?:ill|sick|crap|lousy|rotten|horrible|grotty|ropey|ropy)|coming down with|infection|\btemp\b|clammy|flu(?:ey|ish|like)?\b|\ba (?:bug|virus)\b|covid`;
const severe = String.raw`(?:pain|hurts?|hurting)\b.{0,20}\b(?:can'?t|cannot|can not) (?:even )?breathe|(?:aren'?t|are not|isn'?t|is not|not|don'?t|do not|doesn'?t) (?:touching|touch|helping|working on) it|painkillers? (?:aren'?t|are not|don'?t|do not|not|doesn'?t)|never (?:felt|had) (?:pain|anything) like|(?:can|could) (?:barely|hardly) (?:move|walk|stand)|severe\w*|unbearable|excruciating|agon\w*|\bworse\b|worst|terribl\w*|horrible|horrendous|(?:ten|10) out of (?:ten|10)|(?:can'?t|cannot|can not) (?:bear|stand|take) (?:it|this|the)|(?<!not )(?:so|really|very) bad|getting bad|intolerable|crippling|unreal pain|awful pain|dreadful|horrific|extreme\w*|(?:nine|9|eleven|11) out of (?:ten|10)|pain(?:'s| is)?(?: at| about| like| now)*(?: a| an)? (?:nine|ten|9|10|eleven|11)\b(?! (?:\w+ )?(?:seconds?|minutes?|more|left|times?|reps?))|\b(?:a|an) (?:nine|ten|9|10)$|off the (?:charts?|scale)|through the roof|(?:can'?t|cannot|can not) (?:cope|handle|deal)|worsen\w*|(?:absolutely|seriously|bloody|totally) killing\b|(?:the )?most (?:pain|painful)\b|too much to (?:bear|take|handle|stand)|(?:pain|it|ache|hurting)(?:'s| is| keeps?)? (?:increasing|intensifying|escalating)|(?:worse|increasing|more) (?:day by day|by the day|every day|each day)|day by day|getting (?:stronger|more painful)|more and more painful|in tears|crying|brings? tears|can (?:barely|hardly|scarcely) (?:move|walk|stand|breathe|sit)|never (?:felt|had|known) (?:\w+ ){0,2}(?:pain|anything|hurt) like|(?:pain|hurt) like (?:this|that|it) (?:before|in my life)|painkillers? (?:\w+ ){0,2}(?:not|aren'?t|isn'?t|don'?t|doesn'?t) (?:touching|working|helping|doing)`;
const cramp = String.raw`cramp\w*|charl(?:ey|ie|y) horse|seiz(?:ed|ing) up|locked up|knotted up|muscle spasm`;
const pain = String.raw`kills?\b|smart(?:s|ing)\b|not happy|hurt\w*|pain\w*|ouch\w*|\bo+w+\b|\boww?ie\b|yikes|yowch|yeow\w*|ouchie|argh+|aa+h+|\bah ah\b|sore\w*|ache\w*|aching|achy|pinch\w*|sharp\w*|stab\w*|jab\w*|(?:a |the )?bad (?:one|stretch)\b|not a good (?:stretch|one)\b|twing\w*|sting\w*|burn\w*|throb\w*|tender|too (?:much|intense|far|deep|hard|strong)|\bpop\w*|click\w* and|\bclick(?:ed|ing)?\b|clunk\w*|crunch\w*|pull\w* (?:something|a muscle|it|my)|pulled|strain\w*|tweak\w*|twang\w*|ping(?:ed)?\b|snap\w*|tore|torn|\btear\b|rip\w*|uncomfortabl\w*|discomfort|not comfortable|not (?:very |that |too |at all )?comfy|uncomfy|(?:doesn'?t|does not|don'?t|do not) like (?:this|that|it)|scream\w*|killing (?:me|my)|murder\w*|on fire|not right|wrong|spasm\w*|jolt|jarring|owie|eek|not (?:very |too )?happy|unhappy|complain\w*|protest\w*|done (?:something|summat|it|a number) (?:to|in|on)|(?:doesn'?t|does not|don'?t|do not|isn'?t|is not) feel (?:right|good|great|ok|okay|nice)|(?:that'?s|it'?s|this is|oof|phew|whoa) a lot(?! (?:better|easier|nicer|looser|calmer|more|of|less))|bit much(?! for me \w)|grabb(?:ing|y)|giving me (?:grief|trouble|hell|gyp|jip|gip)|dodgy|playing up|acting up`;

/** The stretch as it should feel: fine, tight, a good pull. Read only when no pain or warning word is there. */
const fine = String.raw`good|great|fine|nice\w*|lovely|better|brilliant|amazing|awesome|ok|okay|alright|all right|comfortable|comfy|relax\w*|tight\w*|stiff\w*|stretch\w*|loosen\w*|loose\w*|feel\w* (?:it|that|the|this)\b|working|perfect|just right|spot on|the spot|excellent|wonderful|fantastic|super|sweet|lush|heavenly|bliss\w*|sooth\w*|reliev\w*|relief|releas\w*|open\w*|warm\w*|helping|doing (?:me )?good`;
/** Said of the stretch, these are fine though they carry a "not" or a "no": "not bad", "no problem". */
const fineDespiteNot = String.raw`not (?:too |that |so )?bad|no problems?|nothing wrong|can'?t complain|no complaints`;
/** Words that turn "good" into its opposite; said with any of them, the words are not read as fine. */
const negation = String.raw`not|no|never|nothing|isn'?t|doesn'?t|don'?t|won'?t|can'?t|cannot|aren'?t|wasn'?t|too|really bad|\w+n't`;

/** Where in the body: said together with an odd sensation, the words are read as a changed feeling there. */
const bodyPart = String.raw`legs?|thighs?|calf|calves|shins?|knees?|feet|foot|toes?|soles?|arch|ankles?|heels?|hips?|back|spine|hamstrings?|glutes?|quads?|arms?|hands?|fingers?|side|limbs?`;
/**
 * Sensations that are not how a stretch feels and not plain pain: odd, heavy, cold, not their own.
 * Said of a body part they are read as altered sensation (a referral): a needless referral costs
 * less than a missed sign. A stretch's own feelings (tight, pulling, stiff) are not among them.
 */
const oddSensation = String.raw`isn'?t there|is not there|weird|strange|funny|odd|peculiar|heavy|heaviness|cold|icy|freezing|zap\w*|vibrat\w*|like water|wet feeling|not (?:normal|my own|mine)|feel like (?:my own|mine)|like (?:it'?s )?not mine|(?:isn'?t|is not|aren'?t|are not|not) (?:mine|my own|part of me|attached|real)\b|belong\w* to (?:me|someone)|not there|disconnected|useless|lifeless`;

const re = (alternatives: string) => new RegExp(`\\b(?:${alternatives})`);
const reNumb = re(numb);
const reTingle = re(tingle);
const reWeak = re(weak);
const reSaddle = re(saddleRegion);
const reBladder = re(bladderBowel);
const reBothLegs = re(bothLegs);
const reNight = re(night);
const reOdd = re(oddSensation);
/** Not able to move, walk, stand or sit, and the pain is why. */
const reStoppedByPain = re(String.raw`(?:can'?t|cannot|can not|could ?n'?t|unable to) (?:even |really |hardly |barely )?(?:move|walk|stand|sit|get up)\b.{0,30}\b(?:for|because of|with|from) (?:the |my |this |all the )?(?:pain|hurt\w*)|(?:(?:pain|hurts?) (?:so bad|so much|too much)|(?:so much|too much|such) pain)\b.{0,20}(?:can'?t|cannot) (?:even )?(?:move|walk|stand|sit)`);
/** Limbs that "feel useless": said of one leg an odd sensation (a referral), said of both the urgent kind. */
const reUseless = re(String.raw`(?:legs?|foot|feet|knees?|ankles?)\b.{0,25}\buseless`);
/**
 * Both named outright ("both", "my both legs", "either", "two legs"), not a plural alone: pain or an odd
 * feeling said of both legs at once ("my both legs are paining", "both my legs feel weird") is the urgent
 * kind, as sciatica or changed feeling on both sides can be the cauda equina's, while "my legs are sore"
 * after a hamstring stretch stays plain pain.
 */
const reBothNamed = re(String.raw`both\b|either\b|neither\b|two legs|pair of them|left and right|right and left`);
const rePainWord = re(String.raw`pain(?:s|ing|ful)?\b`);
/** Pain in both hips or both sides is a stretch's pain (stop, go gentler); pain in both legs is the urgent kind. */
const reLegsNamed = re(String.raw`\b(?:legs|feet|thighs|calves|shins)\b`);
/** Limbs that do not feel one's own ("like they belong to someone else", "lifeless"): said of both, the urgent kind. */
const reNotOwn = re(String.raw`belong\w* to (?:someone|somebody)|(?:someone|somebody) else'?s|not (?:my own|mine|part of me|attached)|like (?:they'?re |it'?s )?not mine|disconnected|lifeless`);

// Order matters: the urgent and the specific signs are looked for before general pain words.
const warningWords: ReadonlyArray<readonly [(said: string) => boolean, WarningSign]> = [
  // Numbness around the bottom, groin or "on the toilet" is saddle numbness, even with toilet words in it.
  [(s) => (reNumb.test(s) || reTingle.test(s) || reOdd.test(s)) && reSaddle.test(s), 'saddle'],
  [(s) => reBladder.test(s), 'bladderBowel'],
  [(s) => reBothLegs.test(s) && (reWeak.test(s) || reNumb.test(s) || reTingle.test(s) || reUseless.test(s) || reNotOwn.test(s)), 'bothLegs'],
  [(s) => reBothNamed.test(s) && reBothLegs.test(s) && (reOdd.test(s) || (rePainWord.test(s) && reLegsNamed.test(s))), 'bothLegs'],
  // "I can't even walk because of the pain", "can't move for the pain": it is the pain that stops them, so severe pain.
  [(s) => reStoppedByPain.test(s), 'severe'],
  [(s) => reWeak.test(s), 'weakness'],
  [(s) => reNumb.test(s), 'numbness'],
  [(s) => reTingle.test(s), 'tingling'],
  [(s) => re(spreading).test(s), 'radiating'],
  [(s) => reNight.test(s), 'night'],
  [(s) => re(fall).test(s), 'fall'],
  [(s) => re(fever).test(s), 'fever'],
  [(s) => re(severe).test(s), 'severe'],
  // Last: an odd sensation in a named body part, when no sign above has named it better.
  [(s) => re(oddSensation).test(s) && re(bodyPart).test(s) && !re(cramp).test(s), 'numbness'],
];

const crampWords = re(cramp);
const painWords = re(pain);
const fineWords = new RegExp(`\\b(?:${fine})\\b`);
const negated = new RegExp(`\\b(?:${negation})\\b`);
const fineAnyway = new RegExp(`\\b(?:${fineDespiteNot})\\b`);

/**
 * "Can't, um, feel my foot": the sounds people make while they find the word carry no meaning, and
 * left in they would part words the classifier reads together. Only hesitations: "like" and "kind of"
 * say what a feeling is like ("like ants", "kind of dead") and stay.
 */
const hesitation = /\b(?:u+m+|u+h+m*|e+r+m*|h+m+|mm+)\b/g;
const withoutHesitations = (said: string): string => said.replace(hesitation, ' ').replace(/\s+/g, ' ').trim();

/**
 * Needing the toilet, said plainly ("I need a wee", "hang on, I need the loo"), is a pause, not a change in
 * bladder control: only the need itself, with no "can't", "keep", "accident" or feeling word beside it.
 */
const justNeedsTheToilet =
  /^(?:(?:hang on|hold on|wait|sorry|excuse me|oh|oops|sorry but) )*(?:i )?(?:just )?(?:need|have|got|gotta|must|want)(?: to)?(?: go)?(?: to| for| have)?(?: a| the)? (?:wee|pee|loo|toilet|bathroom|restroom|washroom|lavatory)(?: (?:break|quickly|quick|real quick|first|now|sorry|please))*$/;

/** Classifies the words, in the locale's language; pure. Warning signs win over a cramp, and a cramp over plain pain. */
export function classifyFeeling(text: string, locale = 'en-US'): Feeling {
  const said = inEnglishClassifierWords(text.toLowerCase().replace(/[’‘`]/g, "'"), locale);
  const other = feelingClassifierFor(locale.split('-')[0] ?? 'en');
  if (other) return other(said);
  const plain = withoutHesitations(said);
  if (justNeedsTheToilet.test(plain)) return { kind: 'none' };
  for (const [test, sign] of warningWords) if (test(plain)) return { kind: 'warning', sign };
  if (crampWords.test(plain)) return { kind: 'cramp' };
  if (painWords.test(plain)) return { kind: 'pain' };
  if (fineAnyway.test(plain) || (fineWords.test(plain) && !negated.test(plain))) return { kind: 'fine' };
  return { kind: 'none' };
}

/**
 * The sign named by the slots, read again with the words heard in them: where a numb or weak
 * feeling is decides its urgency, so numbness "in my bits" is saddle numbness and weakness in
 * "both knees" is the both-legs kind, even when the body-part words resolved to nothing or to one
 * limb. Without a sign from the slots, the words alone decide.
 */
export function warningFromSlots(sign: WarningSign | undefined, words: string, locale = 'en-US'): WarningSign | undefined {
  const said = inEnglishClassifierWords(words.toLowerCase().replace(/[’‘`]/g, "'"), locale);
  // German, Spanish and French: the same reading in the language's own words (feeling-words.ts).
  const other = slotReaderFor(locale.split('-')[0] ?? 'en');
  if (other) return other(sign, said);
  if ((sign === 'numbness' || sign === 'tingling') && reSaddle.test(said)) return 'saddle';
  if ((sign === 'numbness' || sign === 'tingling' || sign === 'weakness') && reBothLegs.test(said)) return 'bothLegs';
  // Words that name the bladder or bowel ("I had a little accident", heard as a fall) make it the urgent kind.
  if (sign && !isUrgentSign(sign) && reBladder.test(said)) return 'bladderBowel';
  if (sign) return sign;
  const read = classifyFeeling(said, locale);
  return read.kind === 'warning' ? read.sign : undefined;
}
