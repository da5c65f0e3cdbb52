import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadInteractionModel, resolve } from '../../../tools/nlu';
import { LOCALES } from '../../src/speech/locales';

interface LocaleInfo {
  readonly name: string;
  readonly summary: string;
  readonly description: string;
  readonly examplePhrases: readonly string[];
  readonly keywords: readonly string[];
}
const manifest = (JSON.parse(readFileSync(path.resolve(__dirname, '../../../skill-package/skill.json'), 'utf8')) as {
  manifest: {
    publishingInformation: { locales: Record<string, LocaleInfo>; distributionCountries: string[] };
    privacyAndCompliance: { locales: Record<string, { privacyPolicyUrl: string; termsOfUseUrl: string }> };
  };
}).manifest;

/** The disclaimer certification asks a health skill for, and the emergency advice, in each language. */
const disclaimer: Record<string, readonly RegExp[]> = {
  en: [/not a substitute for professional medical advice/, /medical emergency.*emergency number/s],
  de: [/ersetzt keine ärztliche Beratung/, /medizinischer Notfall.*112/s],
  es: [/No sustituye el consejo/, /emergencia médica.*(112|911)/s],
  fr: [/ne remplace pas l'avis/, /urgence médicale.*(15|911)/s],
};

/** The country each locale's store is in. */
const countryOf = (locale: string): string => locale.split('-')[1] as string;

describe.each([...LOCALES])('skill.json for %s', (locale) => {
  const info = manifest.publishingInformation.locales[locale];
  const model = loadInteractionModel(locale);

  it('has store texts within the console limits, with the disclaimer in its language', () => {
    expect(info).toBeDefined();
    if (!info) return;
    expect(info.summary.length).toBeGreaterThan(0);
    expect(info.summary.length).toBeLessThanOrEqual(160);
    expect(info.description.length).toBeLessThanOrEqual(4000);
    expect(info.keywords.length).toBeGreaterThan(0);
    for (const wanted of disclaimer[locale.slice(0, 2)] ?? []) expect(info.description).toMatch(wanted);
  });

  it('has privacy and terms links, and its country in the distribution', () => {
    expect(manifest.privacyAndCompliance.locales[locale]).toEqual({ privacyPolicyUrl: expect.stringMatching(/^https:/) as unknown, termsOfUseUrl: expect.stringMatching(/^https:/) as unknown });
    expect(manifest.publishingInformation.distributionCountries).toContain(countryOf(locale));
  });

  it("gives three example phrases that its own model parses: a launch with the invocation name, then two one-shots to a real intent", () => {
    const phrases = info?.examplePhrases ?? [];
    const heard = phrases.map((phrase) => {
      const r = resolve(model, phrase, { locale });
      return r.kind === 'intent' ? `${r.oneShot ? 'one-shot ' : ''}${r.intent.name}` : r.kind;
    });
    expect(heard).toHaveLength(3);
    expect(heard[0]).toBe('launch');
    expect(heard.slice(1)).toEqual([expect.stringMatching(/^one-shot (StartRoutineIntent|ProgressIntent)$/), expect.stringMatching(/^one-shot (StartRoutineIntent|ProgressIntent)$/)]);
    expect(phrases.every((p) => p.toLowerCase().includes(model.interactionModel.languageModel.invocationName))).toBe(true);
  });
});
