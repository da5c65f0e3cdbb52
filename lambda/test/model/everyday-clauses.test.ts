import { classifyFeeling } from '../../src/coach/feeling';
import { EVERYDAY_CLAUSES } from '../../../tools/model/everyday-clauses';
import { loadInteractionModel, resolve } from '../../../tools/nlu';

const model = loadInteractionModel('en-US');
const intentOf = (said: string): string => {
  const heard = resolve(model, said);
  return heard.kind === 'intent' ? heard.intent.name : heard.kind;
};

/** A sample as it could be said: each slot filled with one ordinary value. */
const said = (sample: string): string =>
  sample.replace('{routine}', 'evening').replace('{minutes}', 'ten').replace('{focus}', 'hips').replace('{time}', 'seven').replace('{dayOne}', 'every');

describe('the two-clause requests of the en-US model (tools/model/everyday-clauses.ts)', () => {
  // A request sample that carried words of pain or a warning sign would take those words from the
  // safety intents: "I'm not very flexible" may lead a request, "my leg is numb" never.
  it('never say anything the feeling classifier hears as pain, a cramp or a warning sign', () => {
    const unsafe = Object.entries(EVERYDAY_CLAUSES).flatMap(([intent, samples]) =>
      samples.map(said).filter((s) => ['pain', 'cramp', 'warning'].includes(classifyFeeling(s).kind)).map((s) => `${intent}: ${s}`),
    );
    expect(unsafe).toEqual([]);
  });

  it.each([
    ['that one\'s done what\'s next', 'AMAZON.NextIntent'],
    ['my phone\'s ringing hang on', 'AMAZON.PauseIntent'],
    ['sorry about that carry on', 'AMAZON.ResumeIntent'],
    ['I\'m really stiff is there a simpler version', 'EasierIntent'],
    ['I\'m in a rush is there a short one', 'ShorterIntent'],
    ['I\'m in no rush let\'s go longer', 'LongerIntent'],
    ['I just got up so let\'s do the morning one', 'StartRoutineIntent'],
  ])('reads "%s" as %s', (utterance, intent) => {
    expect(intentOf(utterance)).toBe(intent);
  });

  it.each([
    ['I\'m not very flexible and my leg has gone numb', 'DescribeFeelingIntent'],
    ['that one\'s done but my foot is tingling', 'DescribeFeelingIntent'],
    ['sorry about that my back really hurts', 'DescribeFeelingIntent'],
  ])('leaves "%s" to the safety catch-all, not a request', (utterance, intent) => {
    expect(intentOf(utterance)).toBe(intent);
    expect(classifyFeeling(utterance).kind).not.toBe('none');
  });
});
