/**
 * Samples and slot types for a routine of the user's own length or focus (issue #17): "give me a
 * five minute stretch", "ten minutes for my lower back", "something shorter". Spread into the model by
 * author.ts. Written from how people ask, not from the held-back phrasings in
 * lambda/test/custom/custom-phrasings.ts.
 */
import { cross, type SlotValue } from './locale-model';



/**
 * Focus words of their own, few and without the everyday body words ("back", "leg", "bum") that
 * warning signs are said with: a FocusType with those synonyms, or the focus heard through
 * BodyPartType, cost the statistical stand-in most of its warning signs (npm run understanding).
 */
export const customRoutineTypes: Record<string, SlotValue[]> = {
  FocusType: [
    { id: 'lowerBack', name: { value: 'lower back', synonyms: ['lower back muscles'] } },
    { id: 'hips', name: { value: 'hips', synonyms: ['hip muscles', 'tight hips', 'stiff hips'] } },
    { id: 'hipFront', name: { value: 'hip flexors', synonyms: ['hip flexor', 'tight hip flexors'] } },
    { id: 'hipOuter', name: { value: 'outer hips', synonyms: ['outer hip muscles'] } },
    { id: 'hipInner', name: { value: 'inner thighs', synonyms: ['inner thigh'] } },
    { id: 'glutes', name: { value: 'glutes', synonyms: ['piriformis', 'glute muscles', 'bum muscles', 'butt muscles'] } },
    { id: 'hamstrings', name: { value: 'hamstrings', synonyms: ['hamstring'] } },
  ],
};

// Kept small on purpose: every sample added here draws confidence away from the warning signs in a
// statistical NLU (npm run understanding, statistical resolver), which matters more than any phrasing.
// Never a bare "I have {duration}" or "my {focus}": "I have …" and "my …" are how warning signs begin.
const samples = [
  ...cross(['', 'give me', 'can I have'], ['a {minutes} minute', 'a quick {minutes} minute'], ['stretch', 'routine']),
  ...cross(['I have', 'I\'ve got', 'I only have', 'I have about', 'I have got about'], ['{minutes} minutes']),
  '{minutes} minutes', '{minutes} minutes of stretching', 'stretch for {minutes} minutes',
  'stretch for {duration}', '{duration} of stretching',
  // A focus only ever with a length: "my {bodyPart}" alone is how warning signs are said, and a
  // statistical NLU trained on it here heard "my leg is tingling" as a routine request.
  'a {minutes} minute stretch for my {focus}', '{minutes} minutes for my {focus}', 'I have {minutes} minutes for my {focus}',
  'something for my {focus}', 'stretch my {focus}', 'a routine for my {focus}', 'just my {focus}', 'just do my {focus}',
  'I want to stretch my {focus}',
  // A length and a focus in either order, asked the ways people ask for a plan ("make me", "build me", "a custom one").
  ...cross(['', 'can you'], ['make me', 'build me', 'give me'], ['a {minutes} minute', 'a short', 'a custom'], ['routine', 'one'], ['for my {focus}']),
  ...cross(['', 'can I have'], ['a custom routine', 'a routine just', 'just stretches', 'something quick'], ['for my {focus}', 'for the {focus}']),
  ...cross(['{minutes} minutes', 'a {minutes} minute routine', 'stretches'], ['for my {focus}', 'focusing on my {focus}', 'on my {focus}'],
    ['', 'for about {minutes} minutes']),
  ...cross(['something quick for my {focus}', 'something for my {focus}'], ['like {minutes} minutes', 'about {minutes} minutes']),
];

/** "Something shorter" / "a longer one": literal words, no slot type (see above). */
const relative = (word: string): string[] =>
  cross(['', 'can I do'], ['something', 'a', 'something a bit', 'a bit'], [word], ['', 'one', 'routine', 'routine please']);

export const customRoutineIntents = [
  {
    name: 'CustomRoutineIntent',
    slots: [
      { name: 'minutes', type: 'AMAZON.NUMBER' },
      { name: 'duration', type: 'AMAZON.DURATION' },
      { name: 'focus', type: 'FocusType' },
    ],
    samples,
  },
  { name: 'ShorterIntent', samples: [...relative('shorter'), ...relative('quicker')] },
  { name: 'LongerIntent', samples: relative('longer') },
];
