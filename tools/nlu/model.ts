import { readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';

/** The parts of an Alexa interaction model (`interactionModels/custom/<locale>.json`) that utterance resolution reads. */
export interface InteractionModel {
  interactionModel: {
    languageModel: LanguageModel;
  };
}

export interface LanguageModel {
  invocationName: string;
  intents: ModelIntent[];
  types?: SlotType[];
}

export interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
  samples?: string[];
}

export interface SlotType {
  name: string;
  values: SlotTypeValue[];
}

export interface SlotTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

/** The repository root, two folders above this file (tools/nlu/). */
export const REPO_ROOT = resolvePath(__dirname, '..', '..');

/** Path of the interaction model for a locale inside a skill package. */
export function modelPath(locale: string, root: string = REPO_ROOT): string {
  return join(root, 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
}

/** Reads and checks the interaction model of a locale; throws a readable error when it is missing or malformed. */
export function loadInteractionModel(locale = 'en-US', root: string = REPO_ROOT): InteractionModel {
  const file = modelPath(locale, root);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read the ${locale} interaction model at ${file}: ${reason}`);
  }
  const languageModel = (parsed as Partial<InteractionModel> | null)?.interactionModel?.languageModel;
  if (!languageModel || typeof languageModel.invocationName !== 'string' || !Array.isArray(languageModel.intents)) {
    throw new Error(`${file} is not an interaction model: interactionModel.languageModel.{invocationName,intents} missing`);
  }
  return parsed as InteractionModel;
}
