/**
 * `npm run model` (after author.ts): writes the German, Spanish and French models from their
 * generators, on en-US's intents, slots and slot types. lambda/test/model/locale-models.test.ts
 * checks each committed JSON is what this writes.
 */
import { germanWords } from './de';
import { spanishWords } from './es';
import { frenchWords } from './fr';
import { buildLocaleModel, enUsModelText, writeModel, type LocaleWords } from './locale-model';

/** Each non-English locale and its words: one generator per language, a region's extras passed in. */
export const LANGUAGE_MODELS: Readonly<Record<string, () => LocaleWords>> = {
  'de-DE': germanWords,
  'es-ES': () => spanishWords('es-ES'),
  'es-MX': () => spanishWords('es-MX'),
  'es-US': () => spanishWords('es-US'),
  'fr-FR': () => frenchWords('fr-FR'),
  'fr-CA': () => frenchWords('fr-CA'),
};

export function languageModelText(locale: string, enUsText: string): string {
  const words = LANGUAGE_MODELS[locale];
  if (!words) throw new Error(`no generator for ${locale}`);
  return buildLocaleModel(enUsText, words());
}

if (require.main === module) {
  const enUs = enUsModelText();
  for (const locale of Object.keys(LANGUAGE_MODELS)) writeModel(locale, languageModelText(locale, enUs));
}
