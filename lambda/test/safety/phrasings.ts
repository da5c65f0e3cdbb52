/**
 * Pain and warning-sign phrasings, written for this test and not copied from the interaction
 * model's samples: how people on the floor actually say it.
 */
export type Expect = { readonly intent: 'PainIntent' } | { readonly intent: 'WarningSignIntent'; readonly urgent: boolean } | { readonly intent: 'ConditionIntent' };

export const phrasings: ReadonlyArray<readonly [string, Expect]> = [
  // pain
  ['ow that hurts', { intent: 'PainIntent' }],
  ['ouch ouch', { intent: 'PainIntent' }],
  // A cry, then words of no sign: still pain, the cry is not lost.
  ['ouch right at the front there', { intent: 'PainIntent' }],
  ['ow when I lean in', { intent: 'PainIntent' }],
  // A cry, then a warning sign: referred, with its urgency.
  ['ow I can\'t feel my toes', { intent: 'WarningSignIntent', urgent: false }],
  ['ouch I think I wet myself', { intent: 'WarningSignIntent', urgent: true }],
  ['this really hurts', { intent: 'PainIntent' }],
  ['my back hurts', { intent: 'PainIntent' }],
  ['my hip is hurting a lot', { intent: 'PainIntent' }],
  ['I feel pain in my knee', { intent: 'PainIntent' }],
  ['it hurts my hip', { intent: 'PainIntent' }],
  ['that is too painful', { intent: 'PainIntent' }],
  ['my hamstring hurts', { intent: 'PainIntent' }],
  ['I have pain in my lower back', { intent: 'PainIntent' }],
  ['that pinches', { intent: 'PainIntent' }],
  ['sharp pain in my hip', { intent: 'PainIntent' }],
  ['it hurts too much', { intent: 'PainIntent' }],
  ['my knees hurt', { intent: 'PainIntent' }],
  ['this stretch hurts', { intent: 'PainIntent' }],
  ['I am hurting', { intent: 'PainIntent' }],
  // warning signs, not urgent
  ['my leg is tingling', { intent: 'WarningSignIntent', urgent: false }],
  ['I have pins and needles in my foot', { intent: 'WarningSignIntent', urgent: false }],
  ['my foot went numb', { intent: 'WarningSignIntent', urgent: false }],
  ['I feel numb in my leg', { intent: 'WarningSignIntent', urgent: false }],
  ['there is a shooting pain down my leg', { intent: 'WarningSignIntent', urgent: false }],
  // A known diagnosis changes today's plan; sciatica flaring up now is read as pain spreading down the leg.
  ['I have sciatica', { intent: 'ConditionIntent' }],
  ['the pain is getting worse', { intent: 'WarningSignIntent', urgent: false }],
  ['I am in agony', { intent: 'WarningSignIntent', urgent: false }],
  ['I fell over yesterday', { intent: 'WarningSignIntent', urgent: false }],
  ['I had a fall last week', { intent: 'WarningSignIntent', urgent: false }],
  ['I have a fever', { intent: 'WarningSignIntent', urgent: false }],
  ['I have the chills', { intent: 'WarningSignIntent', urgent: false }],
  ['my toes are tingly', { intent: 'WarningSignIntent', urgent: false }],
  ['I was in a car accident', { intent: 'WarningSignIntent', urgent: false }],
  ['there is burning pain down my leg', { intent: 'WarningSignIntent', urgent: false }],
  ['I have severe pain', { intent: 'WarningSignIntent', urgent: false }],
  // warning signs, urgent: emergency services. Weakness in one leg is referred (same day), not urgent:
  // sudden weakness in both legs is the emergency kind.
  ['I cannot control my bladder', { intent: 'WarningSignIntent', urgent: true }],
  ["I can't control my bowels", { intent: 'WarningSignIntent', urgent: true }],
  ['I wet myself', { intent: 'WarningSignIntent', urgent: true }],
  ['my groin is numb', { intent: 'WarningSignIntent', urgent: true }],
  ['I have numbness between my legs', { intent: 'WarningSignIntent', urgent: true }],
  ['my leg feels weak', { intent: 'WarningSignIntent', urgent: false }],
  ['my leg gave way', { intent: 'WarningSignIntent', urgent: false }],
  ['I have trouble with my bladder', { intent: 'WarningSignIntent', urgent: true }],
  ['my legs are weak', { intent: 'WarningSignIntent', urgent: true }],
  ['I feel tingling in my groin', { intent: 'WarningSignIntent', urgent: true }],
  // A numb, tingling or weak word heard as a kind of pain (PainIntent with a pain slot that did not resolve): referred, not stretched through.
  ['kinda numb in my left foot', { intent: 'WarningSignIntent', urgent: false }],
  ['pretty tingly in my heel', { intent: 'WarningSignIntent', urgent: false }],
  ['kinda weak in both legs', { intent: 'WarningSignIntent', urgent: true }],
  // An answer to a yes/no question that goes on to name a sign.
  ['no but my legs have gone weak', { intent: 'WarningSignIntent', urgent: true }],
  ['yes but my toes are numb', { intent: 'WarningSignIntent', urgent: false }],
  // en8s: a sign as a bare noun phrase or said again, saddle numbness noticed on the toilet, the worst pain named with
  // where it is, and a cry said over and over (written by hand for this test, not copied from the model).
  ['numb heel', { intent: 'WarningSignIntent', urgent: false }],
  ['weak ankle', { intent: 'WarningSignIntent', urgent: false }],
  ['tingly feet still', { intent: 'WarningSignIntent', urgent: true }],
  ['numb crotch', { intent: 'WarningSignIntent', urgent: true }],
  ['numb when I sit on the loo seat', { intent: 'WarningSignIntent', urgent: true }],
  ['the worst hip pain ever', { intent: 'WarningSignIntent', urgent: false }],
  ['sore sore', { intent: 'PainIntent' }],
  ['hurts hurts', { intent: 'PainIntent' }],
  ['ahh', { intent: 'PainIntent' }],
  // A step asked for, then broken off to name a sign; an answer word, then pain.
  ['next one oh wait my calf is tingling', { intent: 'WarningSignIntent', urgent: false }],
  ['okay next actually i cannot feel my heel', { intent: 'WarningSignIntent', urgent: false }],
  ['no that stings way too much', { intent: 'PainIntent' }],
  // conditions that change today's plan
  ['I have groin pain', { intent: 'ConditionIntent' }],
  ['my hip is injured', { intent: 'ConditionIntent' }],
  ['I have a bad back', { intent: 'ConditionIntent' }],
  ['I have bad knees', { intent: 'ConditionIntent' }],
];

/**
 * Written after the model was widened against the table above, and never used to tune it:
 * the honest measure of how well the model catches what people say.
 */
export const heldOut: ReadonlyArray<readonly [string, Expect]> = [
  ['ow my back', { intent: 'PainIntent' }],
  ['that hurts my knee', { intent: 'PainIntent' }],
  ['my lower back is killing me', { intent: 'PainIntent' }],
  ['stop this hurts', { intent: 'PainIntent' }],
  ['I feel a sharp pain', { intent: 'PainIntent' }],
  ['it is painful', { intent: 'PainIntent' }],
  ['my hip really hurts', { intent: 'PainIntent' }],
  ['my glutes hurt', { intent: 'PainIntent' }],
  // Both feet numb is the both-legs kind, urgent: the same as feeling.ts reads the words said freely.
  ['my feet are numb', { intent: 'WarningSignIntent', urgent: true }],
  ['I have tingling in my toes', { intent: 'WarningSignIntent', urgent: false }],
  ['I get pins and needles', { intent: 'WarningSignIntent', urgent: false }],
  ['I have shooting pains in my leg', { intent: 'WarningSignIntent', urgent: false }],
  ['the pain is unbearable', { intent: 'WarningSignIntent', urgent: false }],
  ['I slipped and fell', { intent: 'WarningSignIntent', urgent: false }],
  ['I am feverish', { intent: 'WarningSignIntent', urgent: false }],
  ['I lost control of my bladder', { intent: 'WarningSignIntent', urgent: true }],
  ['I have bowel problems', { intent: 'WarningSignIntent', urgent: true }],
  ['my leg is giving way', { intent: 'WarningSignIntent', urgent: false }],
  ['I feel numbness in my groin', { intent: 'WarningSignIntent', urgent: true }],
  ['I have a herniated disc', { intent: 'ConditionIntent' }],
];
