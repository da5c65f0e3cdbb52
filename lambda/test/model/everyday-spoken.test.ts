import { classifyFeeling } from '../../src/coach/feeling';
import { EVERYDAY_SPOKEN } from '../../../tools/model/everyday-spoken';
import { loadInteractionModel, resolve } from '../../../tools/nlu';

const model = loadInteractionModel('en-US');
const intentOf = (said: string): string => {
  const heard = resolve(model, said);
  return heard.kind === 'intent' ? heard.intent.name : heard.kind;
};

/** A sample as it could be said: each slot filled with one ordinary value. */
const said = (sample: string): string => sample.replace('{routine}', 'evening').replace('{bodyPart}', 'back').replace('{condition}', 'a bad knee');

describe('the round-4 everyday families of the en-US model (tools/model/everyday-spoken.ts)', () => {
  it('never say anything the feeling classifier hears as pain, a cramp or a warning sign', () => {
    const unsafe = Object.entries(EVERYDAY_SPOKEN).flatMap(([intent, samples]) =>
      samples.map(said).filter((s) => ['pain', 'cramp', 'warning'].includes(classifyFeeling(s).kind)).map((s) => `${intent}: ${s}`),
    );
    expect(unsafe).toEqual([]);
  });

  it.each([
    ['how long was i supposed to hold it', 'HoldDurationIntent'],
    ['is it much longer on this one', 'HoldDurationIntent'],
    ['how many more seconds on the right side', 'HoldDurationIntent'],
    ['should my back be flat', 'TellMeMoreIntent'],
    ['walk me through this one again', 'TellMeMoreIntent'],
    ["what's it good for", 'WhatDoesThisStretchIntent'],
    ['why do we bother with this one', 'WhatDoesThisStretchIntent'],
    ["i'm pretty flexible", 'HarderIntent'],
    ["it's not doing much", 'HarderIntent'],
    ['surprise me', 'StartRoutineIntent'],
    ["i've been at my desk all day", 'StartRoutineIntent'],
    ['what are my stats', 'ProgressIntent'],
    ['i have bad knees by the way', 'ConditionIntent'],
  ])('reads "%s" as %s', (utterance, intent) => {
    expect(intentOf(utterance)).toBe(intent);
  });

  // What these families must not take from the intents that owned the words before them.
  it.each([
    ["i'll do the next one", 'AMAZON.NextIntent'],
    ['go with the next one', 'AMAZON.NextIntent'],
    ['are we done with this one', 'AMAZON.NextIntent'],
    ["i'm lost", 'AMAZON.HelpIntent'],
    ['how much time is left', 'HowManyLeftIntent'],
    ['more please', 'HarderIntent'],
  ])('still reads "%s" as %s', (utterance, intent) => {
    expect(intentOf(utterance)).toBe(intent);
  });

  it('hears the workday break in "a break from work", not any routine', () => {
    const heard = resolve(model, 'i need a break from work');
    expect(heard.kind === 'intent' ? heard.intent.slots?.routine?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value.id : heard.kind).toBe('workday');
  });

  it('leaves a numb leg to the safety intents, never to the "harder" family', () => {
    expect(intentOf("i can't feel anything in my leg")).not.toBe('HarderIntent');
    expect(classifyFeeling("i can't feel anything in my leg").kind).toBe('warning');
  });
});
