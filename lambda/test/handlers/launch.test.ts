import { en } from '../../src/speech/resources/en';
import { ssmlOf, words } from '../support/conversation';
import { repromptOf, talkToSkill } from '../support/harness';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

describe('LaunchRequest', () => {
  it('greets a new user with the first-use note and the first screening question, and waits for an answer', async () => {
    const { conversation: c } = talkToSkill();

    const response = await c.launch();

    const heard = words(ssmlOf(response));
    expect(heard).toContain('Welcome to Hip Coach');
    expect(heard).toContain('not medical advice');
    expect(heard).toContain(en.screen.q1);
    expect(response.response.shouldEndSession).toBe(false);
    expect(repromptOf(response)).toBe(en.screen.reprompt);
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});
