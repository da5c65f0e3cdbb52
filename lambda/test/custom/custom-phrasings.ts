/**
 * Ways people ask for a routine of their own length or focus, written before the model's samples
 * for CustomRoutineIntent (tools/model/custom-routine.ts). Dealt alternately to two halves: the
 * tuning half may be read while writing samples; the held-back half is only ever run (its figure is
 * reported), never copied into the samples.
 */
export interface CustomPhrasing {
  readonly text: string;
  readonly minutes?: number;
  readonly focus?: string;
  readonly relative?: 'shorter' | 'longer';
}

const all: readonly CustomPhrasing[] = [
  { text: 'give me a five minute stretch', minutes: 5 },
  { text: 'i have ten minutes', minutes: 10 },
  { text: 'i only have three minutes', minutes: 3 },
  { text: 'a quick ten minute stretch', minutes: 10 },
  { text: 'something shorter', relative: 'shorter' },
  { text: 'something longer', relative: 'longer' },
  { text: 'just my hips', focus: 'hips' },
  { text: 'something for my hamstrings', focus: 'hamstrings' },
  { text: 'ten minutes for my lower back', minutes: 10, focus: 'lowerBack' },
  { text: 'a five minute stretch for my lower back', minutes: 5, focus: 'lowerBack' },
  { text: 'can i do a shorter one', relative: 'shorter' },
  { text: 'i need a longer session', relative: 'longer' },
  { text: 'stretch my glutes', focus: 'glutes' },
  { text: 'something for my piriformis', focus: 'glutes' },
  { text: 'i want to stretch my inner thighs', focus: 'hipInner' },
  { text: 'do my hip flexors', focus: 'hipFront' },
  { text: 'twenty minutes of stretching', minutes: 20 },
  { text: 'i have got fifteen minutes', minutes: 15 },
  { text: 'a seven minute routine', minutes: 7 },
  { text: 'give me something for my lower back', focus: 'lowerBack' },
  { text: 'a quick one for my hamstrings', focus: 'hamstrings' },
  { text: 'eight minutes on my hips', minutes: 8, focus: 'hips' },
  { text: 'a shorter routine please', relative: 'shorter' },
  { text: 'can we do a longer one', relative: 'longer' },
  { text: 'work on my outer hips', focus: 'hipOuter' },
  { text: 'something for my back', focus: 'lowerBack' },
  { text: 'i have got about six minutes', minutes: 6 },
  { text: 'twelve minutes for my glutes', minutes: 12, focus: 'glutes' },
  { text: 'just do my hamstrings', focus: 'hamstrings' },
  { text: 'stretch for four minutes', minutes: 4 },
  { text: 'i have half an hour', minutes: 30 },
  { text: 'a bit shorter', relative: 'shorter' },
];

export const tuningCustom = all.filter((_, i) => i % 2 === 0);
export const heldBackCustom = all.filter((_, i) => i % 2 === 1);
