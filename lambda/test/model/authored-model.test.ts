import { readFileSync } from 'node:fs';
import { authorModel, modelPath } from '../../../tools/model/author';

// The interaction model is authored by tools/model/author.ts; a hand edit to the JSON, or a generator
// change not followed by `npm run model`, would let the deployed model drift from its source.
describe('the committed interaction model', () => {
  it('is exactly what the generator writes (run `npm run model` after changing it)', () => {
    const committed = readFileSync(modelPath, 'utf8');
    expect(authorModel(committed)).toBe(committed);
  });
});
