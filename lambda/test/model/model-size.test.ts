import { statSync } from 'node:fs';
import path from 'node:path';
import { modelPath } from '../../../tools/model/author';
import { LOCALES } from '../../src/speech/locales';

/**
 * Every generated interaction model stays under the team's 1 MB budget. Alexa's documentation searched in
 * round 2 gave no published byte limit for an interaction model, so this is the project's own
 * ceiling: samples crossed without bound would otherwise grow a model past what builds quickly. The
 * regional English models are en-US's with their own words added, so they are checked too: one went
 * over (en-GB 1,002,015 B) while only en-US was.
 */
const BUDGET_BYTES = 1_000_000;

it.each(LOCALES.map((locale) => [locale]))('keeps the %s interaction model under 1 MB', (locale) => {
  expect(statSync(path.join(path.dirname(modelPath), `${locale}.json`)).size).toBeLessThan(BUDGET_BYTES);
});
