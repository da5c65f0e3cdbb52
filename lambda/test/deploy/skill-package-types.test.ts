import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaErrors } from './smapi-schema';
import { typeCheckAgainstSmapi, type SmapiCheck } from './smapi-typecheck';

/**
 * skill.json and every locale's interaction model, type-checked against Amazon's own Skill
 * Management API types (ask-smapi-model), so a field SMAPI would refuse fails here instead of on
 * the first `ask deploy`. Mutants of the real files prove the check can fail.
 */

const SKILL_PACKAGE = join(__dirname, '..', '..', '..', 'skill-package');
const MODELS = join(SKILL_PACKAGE, 'interactionModels', 'custom');

const manifestText = readFileSync(join(SKILL_PACKAGE, 'skill.json'), 'utf8');
const modelFiles = readdirSync(MODELS)
  .filter((file) => file.endsWith('.json'))
  .sort();
const modelText = (file: string): string => readFileSync(join(MODELS, file), 'utf8');

type Json = Record<string, unknown>;
const clone = (text: string): Json => JSON.parse(text) as Json;

/** The object at a path of keys or list indexes; throws when the real file no longer has it. */
function at(root: unknown, ...path: Array<string | number>): Json {
  let node = root;
  for (const step of path) {
    node = (node as Record<string | number, unknown> | undefined)?.[step];
  }
  if (node === null || typeof node !== 'object') throw new Error(`nothing to break at ${path.join('.')}`);
  return node as Json;
}

/** A copy of the JSON text with one thing broken, and the words tsc must say about it. */
interface Mutant {
  name: string;
  type: SmapiCheck['type'];
  break: (copy: Json) => void;
  expected: string;
}

function firstSlottedIntent(model: Json): Json & { slots: Json[] } {
  const intents = at(model, 'interactionModel', 'languageModel', 'intents') as unknown as Json[];
  const intent = intents.find((i) => Array.isArray(i.slots) && i.slots.length > 0);
  if (!intent) throw new Error('the model has no intent with a slot to break');
  return intent as Json & { slots: Json[] };
}

function renameKey(object: Json, from: string, to: string): void {
  if (!(from in object)) throw new Error(`no ${from} to rename`);
  object[to] = object[from];
  Reflect.deleteProperty(object, from);
}

const MANIFEST_MUTANTS: Mutant[] = [
  {
    name: 'manifest: isAvailableWorldwide misspelled',
    type: 'manifest',
    break: (copy) => {
      renameKey(at(copy, 'manifest', 'publishingInformation'), 'isAvailableWorldwide', 'isAvailableWorldWide');
    },
    expected: `'"isAvailableWorldWide"' does not exist in type 'SkillManifestPublishingInformation'`,
  },
  {
    name: 'manifest: usesHealthInfo as the string "false"',
    type: 'manifest',
    break: (copy) => {
      at(copy, 'manifest', 'privacyAndCompliance').usesHealthInfo = 'false';
    },
    expected: "Type 'string' is not assignable to type 'boolean | undefined'",
  },
  {
    name: 'manifest: a three-letter distribution country',
    type: 'manifest',
    break: (copy) => {
      at(copy, 'manifest', 'publishingInformation').distributionCountries = ['USA'];
    },
    expected: `Type '"USA"' is not assignable to type 'DistributionCountries'`,
  },
  {
    name: 'manifest: a locale listing with a misspelled examplePhrases',
    type: 'manifest',
    break: (copy) => {
      const locales = at(copy, 'manifest', 'publishingInformation', 'locales');
      renameKey(at(locales, Object.keys(locales)[0] ?? ''), 'examplePhrases', 'examplePhrase');
    },
    expected: `'"examplePhrase"' does not exist in type 'SkillManifestLocalizedPublishingInformation'`,
  },
];

const MODEL_MUTANTS: Mutant[] = [
  {
    name: 'model: a slot whose type key is misspelled',
    type: 'interactionModel',
    break: (copy) => {
      renameKey(at(firstSlottedIntent(copy), 'slots', 0), 'type', 'slotType');
    },
    expected: `'"slotType"' does not exist in type 'SlotDefinition'`,
  },
  {
    name: 'model: slots given as one object, not a list',
    type: 'interactionModel',
    break: (copy) => {
      const intent = firstSlottedIntent(copy);
      intent.slots = at(intent, 'slots', 0) as unknown as Json[];
    },
    expected: 'SlotDefinition[]',
  },
  {
    name: 'model: a slot type value whose name is a bare string',
    type: 'interactionModel',
    break: (copy) => {
      const value = at(copy, 'interactionModel', 'languageModel', 'types', 0, 'values', 0);
      value.name = at(value, 'name').value;
    },
    expected: "Type 'string' is not assignable to type 'TypeValueObject'",
  },
];

/** Limits only the spec carries; the TypeScript types accept these copies. */
const SCHEMA_MUTANTS: Mutant[] = [
  {
    name: 'manifest: a 161-character summary',
    type: 'manifest',
    break: (copy) => {
      const locales = at(copy, 'manifest', 'publishingInformation', 'locales');
      at(locales, Object.keys(locales)[0] ?? '').summary = 'a'.repeat(161);
    },
    expected: 'summary: must NOT have more than 160 characters',
  },
  {
    name: 'manifest: five example phrases',
    type: 'manifest',
    break: (copy) => {
      const locales = at(copy, 'manifest', 'publishingInformation', 'locales');
      at(locales, Object.keys(locales)[0] ?? '').examplePhrases = ['Alexa, open hip coach', 'a', 'b', 'c', 'd'];
    },
    expected: 'examplePhrases: must NOT have more than 4 items',
  },
  {
    name: 'model: a slot with an empty name',
    type: 'interactionModel',
    break: (copy) => {
      at(firstSlottedIntent(copy), 'slots', 0).name = '';
    },
    expected: '/name: must NOT have fewer than 1 characters',
  },
];

const mutantCopy = (mutant: Mutant): SmapiCheck => {
  const copy = clone(mutant.type === 'manifest' ? manifestText : modelText(modelFiles[0] ?? ''));
  mutant.break(copy);
  return { name: mutant.name, json: JSON.stringify(copy, null, 2), type: mutant.type };
};

describe('the skill package against ask-smapi-model (Amazon\'s Skill Management API types)', () => {
  const realChecks: SmapiCheck[] = [
    { name: 'skill.json', json: manifestText, type: 'manifest' },
    ...modelFiles.map((file): SmapiCheck => ({ name: file, json: modelText(file), type: 'interactionModel' })),
  ];
  const mutantChecks = [...MANIFEST_MUTANTS, ...MODEL_MUTANTS, ...SCHEMA_MUTANTS].map(mutantCopy);
  let results: Map<string, string[]>;

  beforeAll(() => {
    // One program for the real files and every mutant: the declaration file is read once.
    results = typeCheckAgainstSmapi([...realChecks, ...mutantChecks]);
  });

  it('finds an interaction model for every locale the store listing names, and no other', () => {
    const listed = Object.keys(at(clone(manifestText), 'manifest', 'publishingInformation', 'locales')).sort();
    expect(modelFiles.map((file) => file.replace(/\.json$/, ''))).toEqual(listed);
  });

  it('type-checks skill.json as a SkillManifestEnvelope', () => {
    expect(results.get('skill.json')).toEqual([]);
  });

  it.each(modelFiles)('type-checks %s as InteractionModelData', (file) => {
    expect(results.get(file)).toEqual([]);
  });

  it.each([...MANIFEST_MUTANTS, ...MODEL_MUTANTS])('rejects a copy with $name', (mutant) => {
    const diagnostics = results.get(mutant.name) ?? [];
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.join('\n')).toContain(mutant.expected);
  });

  describe("against the limits in ask-smapi-model's Swagger spec (as JSON Schema)", () => {
    it.each(realChecks.map((check) => [check.name, check] as const))('finds %s within them', (_name, check) => {
      expect(schemaErrors(check)).toEqual([]);
    });

    it.each(SCHEMA_MUTANTS)('rejects a copy with $name, which the types let through', (mutant) => {
      expect(schemaErrors(mutantCopy(mutant)).join('\n')).toContain(mutant.expected);
      expect(results.get(mutant.name)).toEqual([]);
    });
  });
});
