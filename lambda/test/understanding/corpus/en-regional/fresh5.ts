/**
 * A fifth blind regional English corpus (UK, Australian, Canadian and Indian English), safety
 * round 2: both legs and falls, written by hand before reading the models, the resolver or the
 * feeling classifier this round. Part of the development half; lines equal to a held-out text
 * were dropped mechanically, unread.
 */
import { between, hold, outside, paused, type Phrasing, question, sign } from '../phrasing';

export const fresh5Phrasings: readonly Phrasing[] = [
  // both legs
  hold('both my legs have gone weak', sign('bothLegs')),
  hold('both legs have gone dead', sign('bothLegs')),
  hold("i can't feel either of my legs", sign('bothLegs')),
  between('my legs are giving way, both of them', sign('bothLegs')),
  hold('both me legs have gone numb', sign('bothLegs')),
  hold('my legs have both gone to jelly', sign('bothLegs')),
  hold('pins and needles in both legs', sign('bothLegs')),
  hold('both my legs feel heavy and weak', sign('bothLegs')),
  paused("i can't stand up, both legs are weak", sign('bothLegs')),
  hold('numbness in both legs', sign('bothLegs')),
  hold('my legs have suddenly gone weak', sign('bothLegs')),
  question('no, both my legs are numb', sign('bothLegs')),
  hold("neither leg will hold me up", sign('bothLegs')),
  hold('both of my legs are tingling', sign('bothLegs')),
  outside('both my legs went weak this morning', sign('bothLegs')),
  hold('my legs are buckling', sign('bothLegs')),
  hold('weakness in both legs', sign('bothLegs')),
  hold("i've lost strength in both legs", sign('bothLegs')),
  between('both legs numb', sign('bothLegs')),
  hold('my two legs are becoming weak', sign('bothLegs')),
  // falls
  hold('i had a fall yesterday', sign('fall')),
  hold('i came off my bike last week', sign('fall')),
  hold('i fell down the stairs', sign('fall')),
  between('i took a tumble in the garden', sign('fall')),
  hold('i slipped in the shower and hurt my back', sign('fall')),
  outside('i had a fall and my back is sore', sign('fall')),
  hold('i went arse over tit on the ice', sign('fall')),
  hold('i fell off a ladder', sign('fall')),
  hold('i was in a car accident', sign('fall')),
  hold('i had a prang in the car last week', sign('fall')),
  paused('i fell over this morning', sign('fall')),
  hold('i landed on my bum on the ice', sign('fall')),
  hold('i tripped and fell on my hip', sign('fall')),
  question('no, i had a fall', sign('fall')),
  hold('i fell from the bed', sign('fall')),
  hold('i slipped on the wet floor', sign('fall')),
  hold('i had a bad fall at work', sign('fall')),
  hold('i came a cropper on the stairs', sign('fall')),
  hold('i fell onto my tailbone', sign('fall')),
  hold('i got knocked over playing footy', sign('fall')),
];
