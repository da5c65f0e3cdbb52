/**
 * Samples and slot types for a routine of the user's own length or focus (issue #17): "give me a
 * five minute stretch", "ten minutes for my lower back", "something shorter". Spread into the model by
 * author.ts. Written from how people ask, not from the held-back phrasings in
 * lambda/test/custom/custom-phrasings.ts.
 */

interface SlotValue {
  readonly id: string;
  readonly name: { readonly value: string; readonly synonyms: string[] };
}

function cross(...parts: readonly (readonly string[])[]): string[] {
  let out = [''];
  for (const part of parts) out = out.flatMap((a) => part.map((b) => `${a} ${b}`.trim()));
  return out.map((s) => s.replace(/\s+/g, ' '));
}

function value(id: string, name: string, ...synonyms: string[]): SlotValue {
  return { id, name: { value: name, synonyms } };
}

export const customRoutineTypes: Record<string, SlotValue[]> = {
  FocusType: [
    value('lowerBack', 'lower back', 'low back', 'back', 'lumbar', 'lower spine', 'spine', 'lower back muscles', 'back muscles'),
    value('hips', 'hips', 'hip', 'hip muscles', 'whole hips', 'hip joints'),
    value('hipFront', 'hip flexors', 'hip flexor', 'front of my hips', 'front of my hip', 'front of the hips', 'front of the hip',
      'psoas', 'front hips', 'quads and hip flexors'),
    value('hipOuter', 'outer hips', 'outer hip', 'side of my hip', 'side of my hips', 'outside of my hips', 'outside of my hip',
      'it band', 'i.t. band', 'tfl', 'hip rotators', 'outer thigh', 'outer thighs'),
    value('hipInner', 'inner thighs', 'inner thigh', 'adductors', 'inner hips', 'inner hip', 'groin muscles', 'inside of my thighs'),
    value('glutes', 'glutes', 'glute', 'piriformis', 'buttocks', 'bum', 'butt', 'backside', 'seat', 'glute muscles', 'bottom'),
    value('hamstrings', 'hamstrings', 'hamstring', 'back of my legs', 'back of my thighs', 'back of my leg', 'back of my thigh',
      'back of the legs'),
    value('any', 'hips and lower back', 'hips and back', 'whole body', 'everything', 'all over', 'lower body', 'legs and back'),
  ],
  RelativeType: [
    value('shorter', 'shorter', 'quicker', 'faster', 'less long', 'briefer', 'smaller'),
    value('longer', 'longer', 'bigger', 'fuller', 'more thorough', 'extended'),
  ],
};

const ASK = ['', 'give me', 'I want', 'I would like', 'I\'d like', 'can I have', 'can I get', 'let\'s do', 'do', 'start', 'can we do', 'I need'];
const MINUTE_ROUTINE = cross(['a {minutes} minute', 'a quick {minutes} minute', 'a short {minutes} minute', 'a {minutes} minutes'],
  ['stretch', 'routine', 'session', 'workout', 'stretching routine', 'stretch session', 'one']);
const HAVE = ['I have', 'I\'ve got', 'I have got', 'I only have', 'I\'ve only got', 'I have about', 'I got', 'I have just', 'I\'ve just got',
  'I only got', 'we have', 'I have maybe', 'I have got about', 'I\'ve got about'];
const FOR_FOCUS = ['for my {focus}', 'on my {focus}', 'for the {focus}', 'to stretch my {focus}'];

const samples = [
  ...cross(ASK, MINUTE_ROUTINE),
  ...cross(['', 'give me', 'I want', 'can I have', 'let\'s do', 'do'], ['a {minutes} minute', 'a quick {minutes} minute'],
    ['stretch', 'routine', 'session', 'one'], ['for my {focus}', 'for the {focus}', 'on my {focus}']),
  ...cross(HAVE, ['{minutes} minutes', '{minutes} minute'], ['', 'to stretch', 'for a stretch', 'for stretching', 'spare', 'for a routine']),
  ...cross(HAVE, ['{minutes} minutes'], FOR_FOCUS),
  ...cross(['{minutes} minutes', 'stretch for {minutes} minutes', 'let\'s do {minutes} minutes', 'give me {minutes} minutes',
    'just {minutes} minutes', 'only {minutes} minutes'], ['', 'of stretching', 'of stretches', 'stretching']),
  ...cross(['{minutes} minutes', 'give me {minutes} minutes', 'stretch for {minutes} minutes', 'just {minutes} minutes'], FOR_FOCUS),
  ...cross(['stretch for', 'I have', 'I\'ve got', 'give me'], ['{duration}'], ['of stretching', 'to stretch']),
  ...cross(['I have', 'I\'ve got', 'I only have', 'I have got', 'I\'ve only got'], ['{duration}']),
  ...cross(['stretch for {duration}', '{duration} of stretching', 'a {duration} stretch', 'a {duration} routine']),
  ...cross(['something for', 'something for my', 'a stretch for my', 'a routine for my', 'stretches for my', 'a quick one for my',
    'just my', 'just do my', 'do my', 'stretch my', 'work on my', 'I want to stretch my', 'target my', 'focus on my', 'loosen my',
    'loosen up my', 'stretch out my', 'a routine for the', 'can we do my', 'let\'s do my', 'only my', 'I want to work on my'], ['{focus}']),
  ...cross(['', 'can we do', 'can I do', 'give me', 'I need', 'I want', 'let\'s do', 'can I have'],
    ['something', 'a', 'something a bit', 'a bit', 'something a little'], ['{relative}'], ['', 'one', 'routine', 'session', 'stretch'],
    ['', 'please']),
  ...cross(['make the routine', 'make the session', 'I want it', 'can it be'], ['{relative}']),
];

export const customRoutineIntents = [
  {
    name: 'CustomRoutineIntent',
    slots: [
      { name: 'minutes', type: 'AMAZON.NUMBER' },
      { name: 'duration', type: 'AMAZON.DURATION' },
      { name: 'focus', type: 'FocusType' },
      { name: 'relative', type: 'RelativeType' },
    ],
    samples,
  },
];
