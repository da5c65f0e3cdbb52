import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Intent, Slot } from '../../src/intents';
import { routineIds } from '../../src/scripts/routines';

interface ModelSlot {
  readonly name: string;
  readonly type: string;
}
interface ModelIntent {
  readonly name: string;
  readonly slots?: readonly ModelSlot[];
  readonly samples?: readonly string[];
}
interface ModelType {
  readonly name: string;
  readonly values: ReadonlyArray<{ readonly id?: string; readonly name: { readonly value: string; readonly synonyms?: readonly string[] } }>;
}
interface InteractionModel {
  readonly interactionModel: {
    readonly languageModel: { readonly invocationName: string; readonly intents: readonly ModelIntent[]; readonly types?: readonly ModelType[] };
  };
}

const modelPath = path.resolve(__dirname, '../../../skill-package/interactionModels/custom/en-US.json');
const { languageModel } = (JSON.parse(readFileSync(modelPath, 'utf8')) as InteractionModel).interactionModel;
const intents = languageModel.intents;
const types = languageModel.types ?? [];

/** How Alexa compares utterances: case and spacing do not matter. */
function normalise(sample: string): string {
  return sample.toLowerCase().replace(/\s+/g, ' ').trim();
}

describe('the en-US interaction model', () => {
  it('is invoked as "hip coach"', () => {
    expect(languageModel.invocationName).toBe('hip coach');
  });

  it('declares exactly the intents the skill handles', () => {
    const declared = new Set(intents.map((i) => i.name));
    const handled = new Set<string>(Object.values(Intent));

    expect([...declared].sort()).toEqual([...handled].sort());
    expect(intents).toHaveLength(declared.size);
  });

  it('gives no sample utterance to two intents', () => {
    const owners = new Map<string, string[]>();
    for (const intent of intents) {
      for (const sample of new Set((intent.samples ?? []).map(normalise))) {
        owners.set(sample, [...(owners.get(sample) ?? []), intent.name]);
      }
    }

    const shared = [...owners].filter(([, names]) => names.length > 1);
    expect(shared).toEqual([]);
  });

  it('repeats no sample utterance within an intent', () => {
    for (const intent of intents) {
      const samples = (intent.samples ?? []).map(normalise);
      expect({ intent: intent.name, duplicates: samples.filter((s, i) => samples.indexOf(s) !== i) }).toEqual({ intent: intent.name, duplicates: [] });
    }
  });

  it('declares on its intent every {slot} a sample uses', () => {
    for (const intent of intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples ?? []) {
        for (const [, slot] of sample.matchAll(/\{([^}]+)\}/g)) {
          expect({ intent: intent.name, sample, slot, declared: declared.has(slot!) }).toEqual({ intent: intent.name, sample, slot, declared: true });
        }
      }
    }
  });

  it('uses every declared custom slot in at least one sample of its intent', () => {
    for (const intent of intents) {
      const used = (intent.samples ?? []).join(' ');
      for (const slot of intent.slots ?? []) {
        expect({ intent: intent.name, slot: slot.name, used: used.includes(`{${slot.name}}`) }).toEqual({ intent: intent.name, slot: slot.name, used: true });
      }
    }
  });

  it('gives every declared slot a type defined in the model or built into Alexa', () => {
    const defined = new Set(types.map((t) => t.name));
    for (const intent of intents) {
      for (const slot of intent.slots ?? []) {
        expect({ intent: intent.name, slot: slot.name, type: slot.type, known: defined.has(slot.type) || slot.type.startsWith('AMAZON.') }).toEqual({
          intent: intent.name,
          slot: slot.name,
          type: slot.type,
          known: true,
        });
      }
    }
  });

  it('declares every slot name the skill reads from its catalogue', () => {
    const declared = new Set(intents.flatMap((i) => (i.slots ?? []).map((s) => s.name)));

    for (const slot of Object.values(Slot)) expect(declared).toContain(slot);
  });

  it('resolves the routine slot to exactly the routine ids, with the synonyms the product names', () => {
    const routineSlot = intents.find((i) => i.name === Intent.StartRoutine)?.slots?.find((s) => s.name === Slot.routine);
    const routineType = types.find((t) => t.name === routineSlot?.type);

    expect(routineType?.values.map((v) => v.id).sort()).toEqual([...routineIds].sort());
    const spoken = (id: string) => {
      const value = routineType!.values.find((v) => v.id === id)!.name;
      return [value.value, ...(value.synonyms ?? [])];
    };
    expect(spoken('evening')).toEqual(expect.arrayContaining(['evening', 'night', 'bedtime', 'before bed']));
    expect(spoken('morning')).toEqual(expect.arrayContaining(['morning', 'wake-up']));
    expect(spoken('workday')).toEqual(expect.arrayContaining(['workday', 'work', 'desk', 'office', 'break']));
  });

  it('gives no synonym to two values of one slot type', () => {
    for (const type of types) {
      const owners = new Map<string, string[]>();
      for (const value of type.values) {
        for (const word of new Set([value.name.value, ...(value.name.synonyms ?? [])].map(normalise))) {
          owners.set(word, [...(owners.get(word) ?? []), value.id ?? value.name.value]);
        }
      }
      expect({ type: type.name, shared: [...owners].filter(([, ids]) => ids.length > 1) }).toEqual({ type: type.name, shared: [] });
    }
  });

  it('lets the user ask how long to hold in the words the product names', () => {
    const samples = (intents.find((i) => i.name === Intent.HoldDuration)?.samples ?? []).map(normalise);

    expect(samples).toEqual(expect.arrayContaining(['how long do i hold this', 'how long is this hold']));
  });
});
