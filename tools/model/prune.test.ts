import { resolve } from '../nlu';
import { withoutWrappedSamples, type RegionalAdditions } from './prune';

const none: RegionalAdditions = { samples: [], synonyms: [] };
const intents = [
  { name: 'AMAZON.NextIntent', samples: ['next one', 'okay next one', 'next one please', 'okay so next one please', 'right next one'] },
  { name: 'SkipIntent', samples: ['skip it', 'okay skip'] },
  { name: 'DescribeFeelingIntent', slots: [{ name: 'feeling', type: 'AMAZON.SearchQuery' }], samples: ['I feel {feeling}'] },
];

describe('samples wrapped in words the resolver drops', () => {
  it('leaves out a sample that is another of its intent wrapped in fillers, and keeps the rest', () => {
    const kept = withoutWrappedSamples(intents, [], none);
    expect(kept.get('AMAZON.NextIntent')).toEqual(['next one']);
    // "skip" alone is no sample of SkipIntent: "okay skip" stays.
    expect(kept.get('SkipIntent')).toEqual(['skip it', 'okay skip']);
    expect(kept.get('DescribeFeelingIntent')).toEqual(['I feel {feeling}']);
  });

  it('keeps a wrapped sample a region could read whole through a carrier of its own', () => {
    const regional: RegionalAdditions = { samples: [{ intent: 'DescribeFeelingIntent', sample: 'right {feeling}' }], synonyms: [] };
    expect(withoutWrappedSamples(intents, [], regional).get('AMAZON.NextIntent')).toContain('right next one');
  });

  it('leaves out a wrapped sample its own catch-all carrier reads whole, and keeps one a resolved slot reads whole', () => {
    const carriers = [
      { name: 'AMAZON.RepeatIntent', samples: ['say that again', 'sorry say that again'] },
      { name: 'AMAZON.NextIntent', samples: ['next one', 'sorry next one'] },
      { name: 'DescribeFeelingIntent', slots: [{ name: 'feeling', type: 'AMAZON.SearchQuery' }], samples: ['sorry {feeling}'] },
      { name: 'StartRoutineIntent', slots: [{ name: 'routine', type: 'RoutineType' }], samples: ['sorry {routine}'] },
    ];
    const types = [{ name: 'RoutineType', values: [{ id: 'morning', name: { value: 'morning', synonyms: ['next one'] } }] }];
    const kept = withoutWrappedSamples(carriers, types, none);
    // "sorry {feeling}" takes any words: the resolver drops "sorry" and hears "say that again" all the same.
    expect(kept.get('AMAZON.RepeatIntent')).toEqual(['say that again']);
    // "sorry {routine}" reads "sorry next one" whole with a routine's name: the sample must stay.
    expect(kept.get('AMAZON.NextIntent')).toEqual(['next one', 'sorry next one']);
    const model = { interactionModel: { languageModel: { invocationName: 'hip coach', types,
      intents: carriers.map((i) => ({ ...i, samples: kept.get(i.name) ?? [] })) } } };
    expect(resolve(model, 'sorry say that again')).toMatchObject({ kind: 'intent', intent: { name: 'AMAZON.RepeatIntent' } });
  });

  it('keeps a wrapped sample another intent has a built-in phrasing for', () => {
    const yes = [{ name: 'AMAZON.YesIntent', samples: [] }, { name: 'AMAZON.NextIntent', samples: ['yes', 'sure', 'sure please', 'yes please'] }];
    // "yes please" is Alexa's own YesIntent phrasing: left out, it would be read as yes, not next.
    expect(withoutWrappedSamples(yes, [], none).get('AMAZON.NextIntent')).toEqual(['yes', 'sure', 'yes please']);
  });

  it('leaves a model whose dropped samples the resolver still reads as their intent', () => {
    const kept = withoutWrappedSamples(intents, [], none);
    const model = { interactionModel: { languageModel: { invocationName: 'hip coach', intents: intents.map((i) => ({ ...i, samples: kept.get(i.name) ?? [] })) } } };
    for (const said of ['okay next one', 'next one please', 'okay so next one please', 'right next one']) {
      expect(resolve(model, said)).toMatchObject({ kind: 'intent', intent: { name: 'AMAZON.NextIntent' } });
    }
  });
});
