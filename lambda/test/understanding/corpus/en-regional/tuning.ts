/**
 * Understanding corpus, regional English (en-GB, en-AU, en-IN), TUNING half: everyday phrasings a person on the mat says to the
 * coach, as the speech recogniser hands them over (lower case, no wake word, no punctuation but
 * apostrophes), written before any regional English (en-GB, en-AU, en-IN) interaction-model sample existed.
 * Engineers may read this half while writing samples and may fix the model against its failures.
 *
 * Split: per category (intent, warning sign, pain, cramp), phrasings ordered by context then an
 * FNV-1a hash of the text and dealt alternately to the two halves, tuning first; a text that appears
 * in two categories or contexts goes to the same half both times. Dealt by
 * tools/understanding/split-corpus.ts (`--check` verifies it); add phrasings to either half and re-run it.
 * Urgency follows the English corpus: bladderBowel, saddle and bothLegs (sudden weakness in both legs)
 * are emergencies; every other warning sign is a referral.
 */
import type { Phrasing } from '../phrasing';

export const tuningPhrasings: readonly Phrasing[] = [
  { text: 'cheers next', expect: { intent: 'AMAZON.NextIntent' }, context: 'between' },
  { text: 'right next one', expect: { intent: 'AMAZON.NextIntent' }, context: 'between' },
  { text: 'righto next', expect: { intent: 'AMAZON.NextIntent' }, context: 'between' },
  { text: 'kindly skip', expect: { intent: 'SkipIntent' }, context: 'hold' },
  { text: 'skip this one yaar', expect: { intent: 'SkipIntent' }, context: 'hold' },
  { text: 'please do the needful and skip this one', expect: { intent: 'SkipIntent' }, context: 'hold' },
  { text: 'sorry come again', expect: { intent: 'AMAZON.RepeatIntent' }, context: 'hold' },
  { text: 'pardon me', expect: { intent: 'AMAZON.RepeatIntent' }, context: 'hold' },
  { text: 'hang on', expect: { intent: 'AMAZON.PauseIntent' }, context: 'hold' },
  { text: 'hang about', expect: { intent: 'AMAZON.PauseIntent' }, context: 'hold' },
  { text: 'off we go again', expect: { intent: 'AMAZON.ResumeIntent' }, context: 'paused' },
  { text: 'righto carry on', expect: { intent: 'AMAZON.ResumeIntent' }, context: 'paused' },
  { text: "i'm done in", expect: { intent: 'AMAZON.StopIntent' }, context: 'hold' },
  { text: "i'm knackered", expect: { intent: 'AMAZON.StopIntent' }, context: 'hold' },
  { text: "that'll do for today", expect: { intent: 'AMAZON.StopIntent' }, context: 'hold' },
  { text: 'too right', expect: { intent: 'AMAZON.YesIntent' }, context: 'question' },
  { text: 'yeah go on then', expect: { intent: 'AMAZON.YesIntent' }, context: 'question' },
  { text: 'nah mate', expect: { intent: 'AMAZON.NoIntent' }, context: 'question' },
  { text: 'no ta', expect: { intent: 'AMAZON.NoIntent' }, context: 'question' },
  { text: 'how long do i hold this for then', expect: { intent: 'HoldDurationIntent' }, context: 'hold' },
  { text: 'are we nearly there', expect: { intent: 'HowManyLeftIntent' }, context: 'between' },
  { text: 'can you make it a bit gentler', expect: { intent: 'EasierIntent' }, context: 'hold' },
  { text: 'how many sessions have i clocked up', expect: { intent: 'ProgressIntent' }, context: 'outside' },
  { text: 'a quick stretch on my lunch break at the office', expect: { intent: 'StartRoutineIntent', routine: 'workday' }, context: 'outside' },
  { text: 'my brekkie stretches', expect: { intent: 'StartRoutineIntent', routine: 'morning' }, context: 'outside' },
  { text: 'my bedtime stretches', expect: { intent: 'StartRoutineIntent', routine: 'evening' }, context: 'outside' },
  { text: "i can't feel anything when i wipe my bum", expect: { sign: 'saddle', urgency: 'emergency' }, context: 'hold' },
  { text: "my bum's gone numb", expect: { sign: 'saddle', urgency: 'emergency' }, context: 'hold' },
  { text: 'no feeling in my bum cheeks', expect: { sign: 'saddle', urgency: 'emergency' }, context: 'hold' },
  { text: "i can't get to the loo in time", expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: 'hold' },
  { text: "i've had an accident in my knickers", expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: 'hold' },
  { text: "i've not been able to have a wee since yesterday", expect: { sign: 'bladderBowel', urgency: 'emergency' }, context: 'hold' },
  { text: 'suddenly no strength in both legs', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: 'hold' },
  { text: 'both my legs are getting numb and weak suddenly', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: 'hold' },
  { text: 'both my legs have suddenly gone weak', expect: { sign: 'bothLegs', urgency: 'emergency' }, context: 'hold' },
  { text: 'should i see my physio my leg keeps going numb', expect: { sign: 'numbness', urgency: 'referral' }, context: 'hold' },
  { text: "my foot's gone numb again", expect: { sign: 'numbness', urgency: 'referral' }, context: 'hold' },
  { text: 'my leg is getting numb', expect: { sign: 'numbness', urgency: 'referral' }, context: 'hold' },
  { text: 'tingling sensation is there in my foot', expect: { sign: 'tingling', urgency: 'referral' }, context: 'hold' },
  { text: 'my leg is getting tingling', expect: { sign: 'tingling', urgency: 'referral' }, context: 'hold' },
  { text: 'my toes have gone all fizzy', expect: { sign: 'tingling', urgency: 'referral' }, context: 'hold' },
  { text: 'my knee keeps going from under me', expect: { sign: 'weakness', urgency: 'referral' }, context: 'hold' },
  { text: "my foot's dragging when i walk", expect: { sign: 'weakness', urgency: 'referral' }, context: 'hold' },
  { text: 'my leg is feeling very weak', expect: { sign: 'weakness', urgency: 'referral' }, context: 'hold' },
  { text: 'the pain is going till my foot', expect: { sign: 'radiating', urgency: 'referral' }, context: 'hold' },
  { text: "my gp said sciatica and it's shooting down my leg", expect: { sign: 'radiating', urgency: 'referral' }, context: 'hold' },
  { text: "it's shooting down my leg into me foot", expect: { sign: 'radiating', urgency: 'referral' }, context: 'hold' },
  { text: "it's absolute agony", expect: { sign: 'severe', urgency: 'referral' }, context: 'hold' },
  { text: "i can't bear it it's unbearable", expect: { sign: 'severe', urgency: 'referral' }, context: 'hold' },
  { text: 'the pain is very much severe', expect: { sign: 'severe', urgency: 'referral' }, context: 'hold' },
  { text: 'i went arse over tit on the ice', expect: { sign: 'fall', urgency: 'referral' }, context: 'hold' },
  { text: 'i came a cropper on the stairs', expect: { sign: 'fall', urgency: 'referral' }, context: 'hold' },
  { text: 'i had a fall in the bathroom', expect: { sign: 'fall', urgency: 'referral' }, context: 'hold' },
  { text: "i'm feeling crook and feverish", expect: { sign: 'fever', urgency: 'referral' }, context: 'hold' },
  { text: "i'm having high temperature", expect: { sign: 'fever', urgency: 'referral' }, context: 'hold' },
  { text: "i'm running a temperature", expect: { sign: 'fever', urgency: 'referral' }, context: 'hold' },
  { text: 'every night the pain wakes me', expect: { sign: 'night', urgency: 'referral' }, context: 'hold' },
  { text: "it's worse of a night lying in bed", expect: { sign: 'night', urgency: 'referral' }, context: 'hold' },
  { text: "i can't sleep for the pain at night", expect: { sign: 'night', urgency: 'referral' }, context: 'hold' },
  { text: "that's paining a lot", expect: { feeling: 'pain' }, context: 'hold' },
  { text: "ouch that's sharp", expect: { feeling: 'pain' }, context: 'hold' },
  { text: "it's catching in my hip", expect: { feeling: 'pain' }, context: 'hold' },
  { text: "it's killing me", expect: { feeling: 'pain' }, context: 'hold' },
  { text: "that's pinching my hip", expect: { feeling: 'pain' }, context: 'hold' },
  { text: 'my calf has gone into cramp', expect: { feeling: 'cramp' }, context: 'hold' },
  { text: "i'm getting cramp in my leg yaar", expect: { feeling: 'cramp' }, context: 'hold' },
  { text: "i've got a cramp", expect: { feeling: 'cramp' }, context: 'hold' },
];
