import type { WarningSign } from './safety';

/** What free words about how the body feels amount to, for the catch-all safety intent. */
export type Feeling = { readonly kind: 'pain' } | { readonly kind: 'warning'; readonly sign: WarningSign } | { readonly kind: 'none' };

// Order matters: the urgent and specific signs are looked for before general pain words.
const warningWords: ReadonlyArray<readonly [RegExp, WarningSign]> = [
  [/\b(bladder|bowels?|pee|peeing|urinat\w*|wet myself|incontinen\w*|poo)\b/, 'bladderBowel'],
  [/\b(numb\w*|tingl\w*|pins and needles)\b.*\b(groin|between my legs|saddle|bottom|crotch|private)\b|\b(groin|between my legs|saddle|crotch)\b.*\b(numb\w*|tingl\w*)\b/, 'saddle'],
  [/\b(weak\w*|gave way|giving way|gives way|giving out|buckl\w*|can'?t lift|cannot lift)\b/, 'weakness'],
  [/\b(numb\w*|no feeling|can'?t feel)\b/, 'numbness'],
  [/\b(tingl\w*|pins and needles|prickl\w*)\b/, 'tingling'],
  [/\b(shoot\w*|radiat\w*|sciatica|electric\w*|burning down|down my leg|down the leg)\b/, 'radiating'],
  [/\b(fell|fall|fallen|accident|crash)\b/, 'fall'],
  [/\b(fever\w*|temperature|chills|shiver\w*)\b/, 'fever'],
  [/\b(severe|unbearable|excruciating|agony|worse|worst|terrible)\b/, 'severe'],
];

const painWords = /\b(hurt\w*|pain\w*|ouch|ow+|sore|ache\w*|aching|pinch\w*|sharp|stab\w*|twinge|cramp\w*|sting\w*|too much|too intense)\b/;

/** Classifies the words; pure. Warning signs win over plain pain. */
export function classifyFeeling(text: string): Feeling {
  const said = text.toLowerCase();
  for (const [pattern, sign] of warningWords) if (pattern.test(said)) return { kind: 'warning', sign };
  if (painWords.test(said)) return { kind: 'pain' };
  return { kind: 'none' };
}
