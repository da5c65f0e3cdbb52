/**
 * A sixth blind regional English corpus (UK, Scottish, Irish, Australian, New Zealand and Indian
 * English), safety round 3: both legs and falls weighted, with speech-recogniser mishearings,
 * euphemisms and filler, written by hand before reading the models, the resolver or the feeling
 * classifier this round. Part of the development half; lines equal to a held-out text were dropped
 * mechanically, unread.
 */
import { between, cramp, hold, outside, pain, paused, type Phrasing, question, sign } from '../phrasing';

export const fresh6Phrasings: readonly Phrasing[] = [
  // both legs
  hold('my both legs are paining', sign('bothLegs')),
  hold('my both legs are having no strength', sign('bothLegs')),
  hold('i am having weakness in both the legs', sign('bothLegs')),
  hold('my legs have gone to jelly', sign('bothLegs')),
  hold('me legs have gone all wobbly', sign('bothLegs')),
  hold('both me legs are num', sign('bothLegs')),
  hold('my legs are knackered, i cannae stand', sign('bothLegs')),
  between("my legs just won't hold me up", sign('bothLegs')),
  hold('both legs gone dead', sign('bothLegs')),
  hold('ooh my legs have gone from under me', sign('bothLegs')),
  hold('both legs are tinkling', sign('bothLegs')),
  hold('pins and needless in both legs', sign('bothLegs')),
  question('no, my legs are both numb', sign('bothLegs')),
  paused("i can't feel my legs properly", sign('bothLegs')),
  outside('both of me legs went weak on the way to the shops', sign('bothLegs')),
  hold('my two legs are going numb', sign('bothLegs')),
  hold('both my feet have gone dead', sign('bothLegs')),
  hold('right so both legs are buckling', sign('bothLegs')),
  hold('numbness is coming in both legs', sign('bothLegs')),
  hold('my legs feel like lead, the pair of them', sign('bothLegs')),
  // falls
  hold('i took a tumble down the stairs', sign('fall')),
  hold('i came off me bike', sign('fall')),
  hold('i had a bit of a fall in the garden', sign('fall')),
  hold('i fell on me arse', sign('fall')),
  hold('i went down hard on the footpath', sign('fall')),
  hold('i slipped on the wet tiles', sign('fall')),
  hold('i came a cropper on the ice', sign('fall')),
  hold('i had a tumble off the horse', sign('fall')),
  between('i fell off my push bike', sign('fall')),
  hold('i stacked it on my bike', sign('fall')),
  hold('i had a fall this morning', sign('fall')),
  hold('i fell over in the shower', sign('fall')),
  question('no, i fell over yesterday', sign('fall')),
  paused('i slipped getting out of the bath', sign('fall')),
  outside('i had a fall at the weekend and my back is sore', sign('fall')),
  hold('i fell from the scooter', sign('fall')),
  hold('i was tackled at rugby and landed on my back', sign('fall')),
  hold('i had a car crash last week', sign('fall')),
  hold('i missed the step and fell', sign('fall')),
  hold('i got thrown off my bike', sign('fall')),
  // other signs: regional words
  hold('i wet meself', sign('bladderBowel')),
  hold("i couldn't make it to the loo in time", sign('bladderBowel')),
  hold('urine is not coming properly', sign('bladderBowel')),
  hold('my waterworks have gone funny', sign('bladderBowel')),
  hold("i can't feel anything on the dunny", sign('saddle')),
  hold('my bum is numb', sign('saddle')),
  hold('numb down there', sign('saddle')),
  hold('my privates have gone numb', sign('saddle')),
  hold('my arse has gone numb', sign('saddle')),
  hold('my knee gave out', sign('weakness')),
  hold('my leg keeps going from under me', sign('weakness')),
  hold('my foot is tinkling', sign('tingling')),
  hold('my foot has gone num', sign('numbness')),
  hold('my sciatica is giving me gyp down my leg', sign('radiating')),
  hold("i've got a temperature and me back's killing me", sign('fever')),
  // pain and cramp
  hold('ooh that is paining', pain),
  hold('that smarts', pain),
  hold('cramp in me foot', cramp),
];
