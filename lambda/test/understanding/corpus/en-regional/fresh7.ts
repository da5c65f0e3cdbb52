/**
 * A seventh blind regional English corpus (en-GB, en-AU, en-IE, Scottish, en-IN), safety only:
 * written by hand on 2026-12-07 before reading the interaction model, the resolver or the feeling
 * classifier this round. Different on purpose from the earlier rounds: "me leg", "me bum",
 * "meself"; regional words for the body and the toilet (bum, bot, backside, nether regions, loo,
 * wee, motion, pass urine); Scottish "wee" meaning small ("a wee tingle") next to "wee" meaning
 * urine; "jaggy", "nipping", "crook", "prang", "came a cropper", "gammy", "gyp", "going on me";
 * Indian English tense and idiom ("i am having tingling since two days", "my both legs",
 * "it is paining", "current in my leg", "too much severe"); tiredness words ("jiggered") only where
 * the line also says the legs will not hold. Weighted like fresh9s; labels are what a careful
 * physiotherapist would want. Part of the development half; lines equal to a held-out text were
 * dropped mechanically, unread.
 */
import { between, cramp, hold, outside, pain, paused, type Phrasing, question, sign } from '../phrasing';

export const fresh7Phrasings: readonly Phrasing[] = [
  // saddle
  hold("me bum's gone numb", sign('saddle')),
  outside("can't feel anything when i wipe after the loo", sign('saddle')),
  between("my nether regions have gone numb", sign('saddle')),
  paused("i've lost feeling in my bum and between my legs", sign('saddle')),
  hold("och my backside's gone numb", sign('saddle')),
  outside("sat on the loo and couldn't feel the seat", sign('saddle')),
  hold("i am having numbness in the private area since morning", sign('saddle')),
  question("no my bot's all numb", sign('saddle')),
  hold("me arse has gone dead", sign('saddle')),
  between("my groin and bum are numb like", sign('saddle')),
  outside("there is no sensation in my bottom portion", sign('saddle')),
  hold("strewth my bum's gone all numb and tingly", sign('saddle')),

  // tingling
  hold("me leg's got pins and needles", sign('tingling')),
  hold("my foot's gone all fizzy like", sign('tingling')),
  between("there's a tingle in me toes", sign('tingling')),
  hold("i am getting tingling sensation in my leg", sign('tingling')),
  paused("my leg's all jaggy", sign('tingling')),
  hold("feels like there's current in my leg", sign('tingling')),
  outside("i am having tingling in my left foot since two days", sign('tingling')),
  hold("me foot's prickling something fierce", sign('tingling')),
  question("no but me calf's gone tingly", sign('tingling')),
  hold("there's a wee tingle in my shin", sign('tingling')),
  between("me toes are buzzing mate", sign('tingling')),

  // numbness, one leg or foot
  hold("my foot has gone to sleep", sign('numbness')),
  between("i've no feeling in me toes", sign('numbness')),
  hold("my thigh is feeling numb numb", sign('numbness')),

  // weakness, one leg
  hold("me gammy leg's giving way", sign('weakness')),
  hold("my leg's buckling under me", sign('weakness')),
  between("i can't push off me right foot", sign('weakness')),
  hold("my leg is not taking my weight", sign('weakness')),
  outside("me foot's been dragging since tuesday", sign('weakness')),
  paused("my knee keeps going on me", sign('weakness')),
  hold("i can't stand on that leg at all", sign('weakness')),
  question("no my leg's gone weak as", sign('weakness')),
  hold("there is weakness in my right leg", sign('weakness')),
  hold("me ankle's gone floppy i can't lift me foot", sign('weakness')),
  between("my leg's gone to pot there's no strength in it", sign('weakness')),

  // both legs
  hold("me legs have gone to jelly", sign('bothLegs')),
  hold("both me legs are numb", sign('bothLegs')),
  between("i am having weakness in both legs since yesterday", sign('bothLegs')),
  paused("me legs are jiggered they won't hold me up", sign('bothLegs')),
  outside("both legs gave out on me at the shops", sign('bothLegs')),
  hold("neither leg's working properly", sign('bothLegs')),
  question("no me legs have gone all wobbly and numb", sign('bothLegs')),
  hold("my both legs are becoming weak", sign('bothLegs')),
  hold("och my legs have gone from under me", sign('bothLegs')),
  between("both me feet have gone dead", sign('bothLegs')),

  // bladder and bowel
  outside("i've wet meself and didn't feel it", sign('bladderBowel')),
  outside("i can't do a wee since last night", sign('bladderBowel')),
  between("i didn't make it to the loo and never felt it coming", sign('bladderBowel')),
  paused("i am not able to pass urine", sign('bladderBowel')),
  hold("i've had a wee accident and didn't notice", sign('bladderBowel')),
  outside("i've lost control of me bowels", sign('bladderBowel')),
  question("no i keep leaking and can't stop it", sign('bladderBowel')),
  outside("motion is coming without control", sign('bladderBowel')),

  // falls and accidents
  outside("i came a cropper on the ice and landed on me back", sign('fall')),
  outside("i had a prang in the car last week", sign('fall')),
  between("i went arse over tit down the stairs", sign('fall')),
  outside("i slipped in the bathroom and fell on my back", sign('fall')),
  paused("i took a tumble off the back of the ute", sign('fall')),
  question("no i fell off me bike yesterday", sign('fall')),

  // radiating below the knee
  hold("it's shooting down below me knee", sign('radiating')),
  hold("the pain is going till my foot", sign('radiating')),
  between("it's running down me calf into me foot", sign('radiating')),
  outside("my sciatica's gone right down to me toes", sign('radiating')),
  hold("pain is radiating to my ankle", sign('radiating')),
  paused("it's nipping all the way down to my heel", sign('radiating')),

  // severe, worsening
  hold("it's murder so it is", sign('severe')),
  outside("me back's getting worse every day", sign('severe')),
  hold("i'm in absolute agony", sign('severe')),
  between("the pain is too much severe", sign('severe')),
  hold("it's pure agony", sign('severe')),
  outside("it's the worst it's ever been and getting worse", sign('severe')),

  // fever, unwell
  outside("i'm feeling proper rough with a temperature", sign('fever')),
  outside("i am having fever since three days and back pain", sign('fever')),
  between("i'm all shivery and crook", sign('fever')),
  paused("i've been boiling and shivering all night", sign('fever')),

  // night pain
  outside("it wakes me up in the night every night", sign('night')),
  outside("i am not able to sleep at night due to pain", sign('night')),
  outside("it's worse lying in bed of a night", sign('night')),
  question("no it's been keeping me up all night", sign('night')),

  // pain that should stop the stretch
  hold("ow that's a bit much", pain),
  hold("me hip's feeling dodgy on this one", pain),
  hold("that's sore so it is", pain),
  hold("ow me gammy knee", pain),
  between("that one's done me back in", pain),
  hold("yeow that's nipping", pain),
  hold("it is paining", pain),
  question("no it's hurting a lot", pain),
  hold("crikey that pinches", pain),
  hold("i've tweaked something there", pain),
  paused("me hip's aching from that", pain),
  hold("too sore mate", pain),

  // cramps
  hold("argh cramp in me calf", cramp),
  hold("i've got a cramp in me foot", cramp),
  between("me hamstring's gone into cramp", cramp),
  hold("oh i've got the cramp in me leg", cramp),
  paused("me toes are cramping up", cramp),
];
