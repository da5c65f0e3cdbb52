/**
 * Understanding corpus, regional English (en-GB, en-AU, en-IN), DEV half: safety phrasings written in one sitting
 * before the regional English samples and classifier words were tuned for them (the writer had read the
 * classifier's word lists, not the model or the other halves). Engineers may read it; its first
 * figure is the honest estimate of how the regional English safety vocabulary generalises.
 * Urgency follows the English corpus: bladderBowel, saddle and bothLegs are emergencies.
 */
import type { Phrasing, SignCategory } from '../phrasing';

const hold = (text: string, expect: Phrasing['expect']): Phrasing => ({ text, expect, context: 'hold' });
const referral = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'referral' });
const emergency = (sign: SignCategory): Phrasing['expect'] => ({ sign, urgency: 'emergency' });

export const devPhrasings: readonly Phrasing[] = [
  hold("me leg's gone to sleep", referral('numbness')),
  hold('my foot feels like cotton wool', referral('numbness')),
  hold("i've got pins and needles all down my shin", referral('tingling')),
  hold('my toes are all fizzy and buzzing', referral('tingling')),
  hold("my knee's gone all wobbly on me", referral('weakness')),
  hold('my foot keeps catching on the carpet', referral('weakness')),
  hold('both me pins have gone weak', emergency('bothLegs')),
  hold("neither of my legs will hold me up", emergency('bothLegs')),
  hold("i keep weeing myself", emergency('bladderBowel')),
  hold("i can't tell when i need the loo", emergency('bladderBowel')),
  hold("my tackle's gone numb", emergency('saddle')),
  hold("i can't feel the loo roll when i wipe", emergency('saddle')),
  hold('it shoots right down to me ankle', referral('radiating')),
  hold('the pain goes all the way till my toes', referral('radiating')),
  hold("it's absolutely awful", referral('severe')),
  hold("the pain's nine out of ten", referral('severe')),
  hold('i took a nasty tumble on the ice', referral('fall')),
  hold('i had a prang in the car last week', referral('fall')),
  hold("i've been shivery and sweaty all day", referral('fever')),
  hold("it's worse when i'm lying in bed at night", referral('night')),
  hold('ooh that nips', { feeling: 'pain' }),
  hold("that's a bit much", { feeling: 'pain' }),
  hold('owch', { feeling: 'pain' }),
  hold("my knee's not happy with that", { feeling: 'pain' }),
  hold("that's proper uncomfy", { feeling: 'pain' }),
  hold("i've got cramp in me calf", { feeling: 'cramp' }),
];
