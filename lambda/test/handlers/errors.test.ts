import type { RequestEnvelope } from 'ask-sdk-model';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import type { ProgressRecord } from '../../src/coach/record/record';
import type { ProgressStore } from '../../src/progress/store';
import { buildSkill } from '../../src/skill';
import { en } from '../../src/speech/resources/en';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { envelope, intent } from '../../../tools/envelopes';
import { onboardedRecord, repromptOf, TEST_USER } from '../support/harness';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

const NOW = Date.parse('2026-11-02T19:00:00Z');

/** A store whose DynamoDB has gone away: every call rejects. */
class BrokenStore implements ProgressStore {
  load(): Promise<ProgressRecord | undefined> {
    return Promise.reject(new Error('connect ECONNREFUSED'));
  }
  save(): Promise<void> {
    return Promise.reject(new Error('connect ECONNREFUSED'));
  }
  delete(): Promise<void> {
    return Promise.reject(new Error('connect ECONNREFUSED'));
  }
}

/** Loads fine, but refuses every write. */
class ReadOnlyStore extends MemoryProgressStore {
  override save(): Promise<void> {
    return Promise.reject(new Error('ProvisionedThroughputExceededException'));
  }
}

let errorLog: jest.SpyInstance;
beforeEach(() => {
  // The error handler logs every failure; keep the test output quiet but check it logged.
  errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  errorLog.mockRestore();
});

function expectApology(response: Awaited<ReturnType<Conversation['send']>>): void {
  expect(words(ssmlOf(response))).toBe(en.error.generic);
  expect(repromptOf(response)).toBe(en.error.reprompt);
  expect(response.response.shouldEndSession).toBe(false);
}

describe('the error handler', () => {
  // Issue 13: an intent the model does not have is a "didn't catch that" in context, not an error.
  it('answers an intent the interaction model does not have as the fallback, rather than apologising', async () => {
    const skill = buildSkill({ store: new MemoryProgressStore(), random: () => 0 });
    const event: RequestEnvelope = envelope(
      { type: 'IntentRequest', intent: intent('NoSuchIntent') },
      { userId: TEST_USER, sessionId: 'amzn1.echo-api.session.errors', isNew: true, attributes: {}, at: NOW },
    );

    const response = await skill.invoke(event);

    expect(words(ssmlOf(response))).toBe(en.fallback.outside);
    // Outside a routine the reprompt names the ways to start (issue 11).
    expect(repromptOf(response)).toBe(en.launch.options);
    expect(response.response.shouldEndSession).toBe(false);
    expect(errorLog).not.toHaveBeenCalled();
    await expect(responseProblems([response])).resolves.toEqual({});
  });

  it('apologises with a reprompt when the progress store cannot be read', async () => {
    const skill = buildSkill({ store: new BrokenStore(), random: () => 0 });
    const c = new Conversation((event) => skill.invoke(event), TEST_USER, NOW);

    const launch = await c.launch();
    const start = await c.start('evening');

    expectApology(launch);
    expectApology(start);
    const logged = errorLog.mock.calls.map(([line]) => JSON.parse(String(line)) as { name: string; message: string });
    expect(logged[0]).toMatchObject({ name: 'Error', message: 'connect ECONNREFUSED' });
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });

  it('apologises with a reprompt when the turn\'s write is refused', async () => {
    const skill = buildSkill({ store: new ReadOnlyStore([onboardedRecord(TEST_USER, NOW)]), random: () => 0 });
    const c = new Conversation((event) => skill.invoke(event), TEST_USER, NOW);

    const start = await c.start('evening');

    expectApology(start);
  });

  it('answers a request carrying garbage session attributes with speech, never an exception', async () => {
    const skill = buildSkill({ store: new MemoryProgressStore([onboardedRecord(TEST_USER, NOW)]), random: () => 0 });
    const garbage = [
      { hipCoach: { v: 1, s: { routine: { routine: 'evening', step: 9999, week: 1, conditions: [], shifts: {}, gentler: [], startedAt: '', hadPain: false, done: 0 } } } },
      { hipCoach: { v: 1, s: { routine: { routine: 'banana' } } } },
      { hipCoach: { v: 99, s: 'nope' } },
      { hipCoach: 'nope' },
    ];

    for (const attributes of garbage) {
      const event = envelope(
        { type: 'IntentRequest', intent: intent('AMAZON.NextIntent') },
        { userId: TEST_USER, sessionId: 'amzn1.echo-api.session.garbage', isNew: false, attributes, at: NOW },
      );

      const response = await skill.invoke(event);

      expect(words(ssmlOf(response)).length).toBeGreaterThan(0);
      // A response that keeps the session open always carries a reprompt.
      expect({ open: response.response.shouldEndSession === false, silentReprompt: response.response.shouldEndSession === false && repromptOf(response) === '' }).toMatchObject({ silentReprompt: false });
      await expect(responseProblems([response])).resolves.toEqual({});
    }
  });

  it('treats a routine state whose step lies outside the plan as a fresh start, not a finished routine', async () => {
    const store = new MemoryProgressStore([onboardedRecord(TEST_USER, NOW)]);
    const skill = buildSkill({ store, random: () => 0 });
    const attributes = {
      hipCoach: { v: 1, s: { routine: { routine: 'evening', step: 9999, week: 1, conditions: [], shifts: {}, gentler: [], startedAt: '', hadPain: false, done: 0 } } },
    };
    const event = envelope(
      { type: 'IntentRequest', intent: intent('AMAZON.NextIntent') },
      { userId: TEST_USER, sessionId: 'amzn1.echo-api.session.stale', isNew: false, attributes, at: NOW },
    );

    const response = await skill.invoke(event);

    expect(words(ssmlOf(response))).not.toMatch(/routine done/);
    expect((await store.load(TEST_USER))?.totals.sessions).toBe(0);
  });

  it('sends no speech when a SessionEndedRequest fails', async () => {
    const skill = buildSkill({ store: new BrokenStore(), random: () => 0 });
    const c = new Conversation((event) => skill.invoke(event), TEST_USER, NOW);
    await c.launch();

    const ended = await c.send({ type: 'SessionEndedRequest', reason: 'ERROR' });

    expect(ended.response.outputSpeech).toBeUndefined();
  });
});
