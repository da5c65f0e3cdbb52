import { readFileSync } from 'node:fs';
import path from 'node:path';
import { en } from '../../src/speech/resources/en';
import { ssmlOf, words } from '../support/conversation';
import { talkToSkill } from '../support/harness';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

const modelPath = path.resolve(__dirname, '../../../skill-package/interactionModels/custom/en-US.json');
const intentNames = (
  JSON.parse(readFileSync(modelPath, 'utf8')) as { interactionModel: { languageModel: { intents: Array<{ name: string }> } } }
).interactionModel.languageModel.intents.map((i) => i.name);

let errorLog: jest.SpyInstance;
beforeEach(() => {
  errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  errorLog.mockRestore();
});

describe('every intent of the interaction model', () => {
  it.each(intentNames)('is answered by a handler of its own, not the error handler, outside a routine: %s', async (name) => {
    const { conversation: c } = talkToSkill({ onboarded: true });

    const response = await c.say(name);

    expect(words(ssmlOf(response))).not.toBe(en.error.generic);
    expect(errorLog).not.toHaveBeenCalled();
    await expect(responseProblems([response])).resolves.toEqual({});
  });

  it.each(intentNames)('is answered by a handler of its own, not the error handler, inside a routine: %s', async (name) => {
    const { conversation: c } = talkToSkill({ onboarded: true });
    const started = await c.start('evening');
    c.wait(45);

    const response = await c.say(name);

    expect(words(ssmlOf(started))).toContain('Stretch 1 of');
    expect(words(ssmlOf(response))).not.toBe(en.error.generic);
    expect(errorLog).not.toHaveBeenCalled();
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});
