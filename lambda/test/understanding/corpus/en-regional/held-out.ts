/**
 * Understanding corpus, regional English (en-GB, en-AU, en-IN), HELD-OUT half: everyday phrasings a person on the mat says to the
 * coach, as the speech recogniser hands them over (lower case, no wake word, no punctuation but
 * apostrophes), written before any regional English (en-GB, en-AU, en-IN) interaction-model sample existed.
 * Only ever run, never read while writing samples and never copied into the model; report its figure.
 *
 * Split: per category (intent, warning sign, pain, cramp), phrasings ordered by context then an
 * FNV-1a hash of the text and dealt alternately to the two halves, tuning first; a text that appears
 * in two categories or contexts goes to the same half both times. Dealt by
 * tools/understanding/split-corpus.ts (`--check` verifies it); add phrasings to either half and re-run it.
 * Urgency follows the English corpus: bladderBowel, saddle and bothLegs (sudden weakness in both legs)
 * are emergencies; every other warning sign is a referral.
 */
import type { Phrasing } from '../phrasing';

export const heldOutPhrasings: readonly Phrasing[] = [
  { text: 'next one please ta', expect: { intent: 'AMAZON.NextIntent' }, context: 'between' },
  { text: 'go ahead with next', expect: { intent: 'AMAZON.NextIntent' }, context: 'between' },
  { text: 'kindly proceed to next', expect: { intent: 'AMAZON.NextIntent' }, context: 'between' },
  { text: 'give this one a miss', expect: { intent: 'SkipIntent' }, context: 'hold' },
  { text: 'nah skip it mate', expect: { intent: 'SkipIntent' }, context: 'hold' },
  { text: 'you what', expect: { intent: 'AMAZON.RepeatIntent' }, context: 'hold' },
  { text: 'half a mo', expect: { intent: 'AMAZON.PauseIntent' }, context: 'hold' },
  { text: 'give us a sec', expect: { intent: 'AMAZON.PauseIntent' }, context: 'hold' },
  { text: 'please continue', expect: { intent: 'AMAZON.ResumeIntent' }, context: 'paused' },
  { text: "i'm shattered that'll do", expect: { intent: 'AMAZON.StopIntent' }, context: 'hold' },
  { text: "i'm buggered", expect: { intent: 'AMAZON.StopIntent' }, context: 'hold' },
  { text: 'cheers yeah', expect: { intent: 'AMAZON.YesIntent' }, context: 'question' },
  { text: 'yes do the needful', expect: { intent: 'AMAZON.YesIntent' }, context: 'question' },
  { text: 'not today cheers', expect: { intent: 'AMAZON.NoIntent' }, context: 'question' },
  { text: 'how many more to go mate', expect: { intent: 'HowManyLeftIntent' }, context: 'between' },
  { text: "i can't feel my bum", expect: { sign: 'saddle', urgency: 'emergency' }, context: 'hold' },
  { text: 'my bits have gone numb', expect: { sign: 'saddle', urgency: 'emergency' }, context: 'hold' },
  { text: "i've wet myself", expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: 'hold' },
  { text: "i can't feel when i need a wee", expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: 'hold' },
  { text: "i can't hold my wee", expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: 'hold' },
  { text: 'both me legs have gone all of a sudden', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: 'hold' },
  { text: "i can't stand up both legs have gone to jelly", expect: { sign: 'bothLegs', urgency: 'emergency' }, context: 'hold' },
  { text: 'my toes are getting numb', expect: { sign: 'numbness', urgency: 'referral' }, context: 'hold' },
  { text: "me foot's gone dead", expect: { sign: 'numbness', urgency: 'referral' }, context: 'hold' },
  { text: "i'm off to the gp my leg's all tingly", expect: { sign: 'tingling', urgency: 'referral' }, context: 'hold' },
  { text: 'pins and needles in me foot', expect: { sign: 'tingling', urgency: 'referral' }, context: 'hold' },
  { text: 'my leg has no power', expect: { sign: 'weakness', urgency: 'referral' }, context: 'hold' },
  { text: 'my leg keeps going on me', expect: { sign: 'weakness', urgency: 'referral' }, context: 'hold' },
  { text: 'the pain is coming below my knee', expect: { sign: 'radiating', urgency: 'referral' }, context: 'hold' },
  { text: "it's running down the back of me leg", expect: { sign: 'radiating', urgency: 'referral' }, context: 'hold' },
  { text: "it's proper agony", expect: { sign: 'severe', urgency: 'referral' }, context: 'hold' },
  { text: 'the pain is too much it is increasing', expect: { sign: 'severe', urgency: 'referral' }, context: 'hold' },
  { text: 'i had a stack on my bike', expect: { sign: 'fall', urgency: 'referral' }, context: 'hold' },
  { text: 'i slipped in the bathroom and hurt my back', expect: { sign: 'fall', urgency: 'referral' }, context: 'hold' },
  { text: 'i have body ache and fever', expect: { sign: 'fever', urgency: 'referral' }, context: 'hold' },
  { text: 'i feel rotten and shivery', expect: { sign: 'fever', urgency: 'referral' }, context: 'hold' },
  { text: 'the pain wakes me up of a night', expect: { sign: 'night', urgency: 'referral' }, context: 'hold' },
  { text: 'the pain is coming at night only', expect: { sign: 'night', urgency: 'referral' }, context: 'hold' },
  { text: "ooh that's nipping", expect: { feeling: 'pain' }, context: 'hold' },
  { text: 'bloody hell that hurts', expect: { feeling: 'pain' }, context: 'hold' },
  { text: 'something went pop', expect: { feeling: 'pain' }, context: 'hold' },
  { text: "that's giving me gyp", expect: { feeling: 'pain' }, context: 'hold' },
  { text: "that's a bit much", expect: { feeling: 'pain' }, context: 'hold' },
  { text: "me foot's cramping up", expect: { feeling: 'cramp' }, context: 'hold' },
  { text: "i've got cramp in me calf", expect: { feeling: 'cramp' }, context: 'hold' },
];
