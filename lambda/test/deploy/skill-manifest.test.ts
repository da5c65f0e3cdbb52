import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SKILL_PACKAGE = join(__dirname, '..', '..', '..', 'skill-package');

interface LocaleInfo {
  name: string;
  summary: string;
  description: string;
  examplePhrases: string[];
  keywords: string[];
  smallIconUri: string;
  largeIconUri: string;
}

interface Manifest {
  manifestVersion: string;
  publishingInformation: {
    locales: Record<string, LocaleInfo>;
    category: string;
    isAvailableWorldwide: boolean;
    distributionCountries: string[];
    testingInstructions: string;
  };
  privacyAndCompliance: Record<string, unknown> & { locales: Record<string, { privacyPolicyUrl: string; termsOfUseUrl: string }> };
  permissions?: Array<{ name: string }>;
  apis: { custom: { interfaces?: unknown[] } };
}

interface LanguageModel {
  invocationName: string;
  intents: Array<{ name: string; slots?: Array<{ name: string; type: string }>; samples?: string[] }>;
  types: Array<{ name: string; values: Array<{ name: { value: string; synonyms?: string[] } }> }>;
}

const manifest = (JSON.parse(readFileSync(join(SKILL_PACKAGE, 'skill.json'), 'utf8')) as { manifest: Manifest }).manifest;
const enUS = manifest.publishingInformation.locales['en-US']!;
const model = (JSON.parse(readFileSync(join(SKILL_PACKAGE, 'interactionModels', 'custom', 'en-US.json'), 'utf8')) as {
  interactionModel: { languageModel: LanguageModel };
}).interactionModel.languageModel;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The intent whose sample utterance (slots filled with values of their type) matches the words. */
function intentFor(words: string): string | undefined {
  const normalized = words.toLowerCase().trim();
  for (const intent of model.intents) {
    for (const sample of intent.samples ?? []) {
      const slotNames: string[] = [];
      const pattern = sample
        .split(/(\{\w+\})/)
        .map((part) => {
          const slot = /^\{(\w+)\}$/.exec(part);
          if (!slot) return escapeRegExp(part.toLowerCase());
          slotNames.push(slot[1]!);
          return '(.+)';
        })
        .join('');
      const match = new RegExp(`^${pattern}$`).exec(normalized);
      if (!match) continue;
      const slotsValid = slotNames.every((slotName, index) => {
        const type = intent.slots?.find((slot) => slot.name === slotName)?.type;
        const values = model.types.find((t) => t.name === type)?.values ?? [];
        const said = match[index + 1];
        return values.some((v) => [v.name.value, ...(v.name.synonyms ?? [])].some((s) => s.toLowerCase() === said));
      });
      if (slotsValid) return intent.name;
    }
  }
  return undefined;
}

describe('skill.json publishing information (en-US)', () => {
  it('is a Health & Fitness skill called Hip Coach, distributed where its locales are spoken', () => {
    expect(manifest.manifestVersion).toBe('1.0');
    expect(enUS.name).toBe('Hip Coach');
    expect(manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
    expect(manifest.publishingInformation.isAvailableWorldwide).toBe(false);
    expect(manifest.publishingInformation.distributionCountries).toEqual(['US', 'GB', 'CA', 'AU', 'IN', 'DE', 'AT', 'ES', 'MX', 'FR']);
  });

  it('carries the medical disclaimer certification asks health skills for, in the description', () => {
    expect(enUS.description).toContain('not a substitute for professional medical advice');
    expect(enUS.description).toMatch(/medical emergency.*emergency number/s);
  });

  it('keeps the store texts within the console\'s limits (summary 160, description 4000 characters)', () => {
    expect(enUS.summary.length).toBeGreaterThan(0);
    expect(enUS.summary.length).toBeLessThanOrEqual(160);
    expect(enUS.description.length).toBeLessThanOrEqual(4000);
    expect(manifest.publishingInformation.testingInstructions.length).toBeLessThanOrEqual(4000);
  });

  it('offers exactly the three example phrases, the first a plain launch', () => {
    expect(enUS.examplePhrases).toEqual([
      'Alexa, open hip coach',
      'Alexa, ask hip coach to start my evening routine',
      'Alexa, ask hip coach how am I doing',
    ]);
  });

  it('uses the model\'s invocation name in every example phrase', () => {
    for (const phrase of enUS.examplePhrases) {
      expect(phrase.startsWith(`Alexa, `)).toBe(true);
      expect(phrase).toContain(` ${model.invocationName}`);
    }
  });

  it('has example phrases that reach the intended intents of the interaction model', () => {
    const oneShot = new RegExp(`^Alexa, (?:ask|tell) ${escapeRegExp(model.invocationName)} (?:to )?(.+)$`);
    const intents = enUS.examplePhrases.map((phrase) => {
      if (phrase === `Alexa, open ${model.invocationName}`) return 'LaunchRequest';
      const request = oneShot.exec(phrase)?.[1];
      return request === undefined ? undefined : intentFor(request);
    });
    expect(intents).toEqual(['LaunchRequest', 'StartRoutineIntent', 'ProgressIntent']);
  });

  it('lists search keywords and https icon URLs', () => {
    expect(enUS.keywords.length).toBeGreaterThan(0);
    expect(enUS.keywords.length).toBeLessThanOrEqual(30);
    expect(enUS.smallIconUri).toMatch(/^https:\/\//);
    expect(enUS.largeIconUri).toMatch(/^https:\/\//);
  });

  it('tells certification testers there is no account linking and how to reach the features', () => {
    const instructions = manifest.publishingInformation.testingInstructions;
    expect(instructions).toContain('No account linking');
    expect(instructions).toContain('start my evening routine');
    expect(instructions).toContain('how am I doing');
    expect(instructions).toContain('SKILL_DISABLED');
  });
});

describe('skill.json privacy and capabilities', () => {
  it('declares no purchases, personal or health information, ads or child audience', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
      usesHealthInfo: false,
    });
  });

  it('links a privacy policy and terms of use over https, for the deployer to replace', () => {
    const urls = manifest.privacyAndCompliance.locales['en-US']!;
    expect(urls.privacyPolicyUrl).toMatch(/^https:\/\//);
    expect(urls.termsOfUseUrl).toMatch(/^https:\/\//);
  });

  it('asks for the one permission the skill uses: reminders (issue #16)', () => {
    expect(manifest.permissions ?? []).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
  });

  it('is a custom skill whose one extra interface is APL (the Echo Show screens)', () => {
    expect(Object.keys(manifest.apis)).toEqual(['custom']);
    expect((manifest.apis.custom.interfaces ?? []).map((i) => (i as { type?: unknown }).type)).toEqual(['ALEXA_PRESENTATION_APL']);
  });
});
