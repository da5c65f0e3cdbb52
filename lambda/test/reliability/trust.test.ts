import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import type { ProgressRecord } from '../../src/coach/record/record';
import { buildSkill } from '../../src/skill';
import { en } from '../../src/speech/resources/en';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { envelope, intent, resolvedSlot, SKILL_ID } from '../../../tools/envelopes';
import { onboardedRecord, TEST_USER } from '../support/harness';
import { responseProblems } from '../support/speech-checks';
import { inRoutine } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

const NOW = Date.parse('2026-11-02T19:00:00Z');
const VICTIM = 'amzn1.ask.account.victim';

let errorLog: jest.SpyInstance;
let warnLog: jest.SpyInstance;
beforeEach(() => {
  errorLog = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  warnLog = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  errorLog.mockRestore();
  warnLog.mockRestore();
});

function skillOver(records: ProgressRecord[] = []) {
  const store = new MemoryProgressStore(records);
  const skill = buildSkill({ store, random: () => 0, skillId: SKILL_ID, clock: () => NOW });
  return { store, invoke: (event: RequestEnvelope) => skill.invoke(event) };
}

function request(spec: Parameters<typeof envelope>[0], attributes: Record<string, unknown> = {}, isNew = false): RequestEnvelope {
  return envelope(spec, { userId: TEST_USER, sessionId: 'amzn1.echo-api.session.trust', isNew, attributes, at: NOW });
}

const bytes = (response: ResponseEnvelope): number => Buffer.byteLength(JSON.stringify(response));

describe('the key is the request\'s user', () => {
  it('never writes the item of a user named in session attributes', async () => {
    const victim = onboardedRecord(VICTIM, NOW);
    const { store, invoke } = skillOver([victim, onboardedRecord(TEST_USER, NOW)]);
    const attributes = { hipCoach: { v: 1, s: { record: { ...victim, version: 1 } } } };

    const response = await invoke(request({ type: 'IntentRequest', intent: intent('StartRoutineIntent', [resolvedSlot('routine', 'evening', 'evening')]) }, attributes));

    expect(words(ssmlOf(response))).toMatch(/evening/i);
    await expect(store.load(VICTIM)).resolves.toStrictEqual(victim);
    await expect(store.load(TEST_USER)).resolves.toMatchObject({ userId: TEST_USER, inProgress: { routine: 'evening' } });
  });
});

describe('records that cannot be read', () => {
  it('repairs a corrupt stored record once, says so plainly, and the next launch is normal', async () => {
    const corrupt = { ...onboardedRecord(TEST_USER, NOW), totals: { sessions: null, seconds: 'lots' }, sessions: [{ date: 'yesterday', routine: 'evening', seconds: 1 }] };
    const { store, invoke } = skillOver([corrupt as unknown as ProgressRecord]);
    const c = new Conversation(invoke, TEST_USER, NOW);

    const first = await c.launch();
    expect(words(ssmlOf(first))).toContain(en.progressRepaired);
    const repaired = await store.load(TEST_USER);
    expect(repaired).toMatchObject({ totals: { sessions: 0, seconds: 0 }, sessions: [], onboarded: true });

    await c.send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    c.wait(3600);
    const second = await c.launch();
    expect(words(ssmlOf(second))).not.toContain(en.progressRepaired);
    expect(words(ssmlOf(second))).not.toBe(en.error.generic);
    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });

  it('replaces a stored record with no readable version instead of refusing it on every launch', async () => {
    const unreadable = { userId: TEST_USER, version: 'seven', program: 'nope' };
    const { store, invoke } = skillOver([unreadable as unknown as ProgressRecord]);
    const c = new Conversation(invoke, TEST_USER, NOW);

    const first = await c.launch();
    expect(words(ssmlOf(first))).toContain(en.progressRepaired);
    await expect(store.load(TEST_USER)).resolves.toMatchObject({ version: 1, program: { week: 1 } });
  });

  it('drops a corrupt record carried in session attributes and reads the stored one instead', async () => {
    const stored = onboardedRecord(TEST_USER, NOW);
    const { store, invoke } = skillOver([stored]);
    const corrupt = { ...stored, totals: { sessions: null, seconds: 0 }, sessions: [{ date: '2026-13-45', routine: 'evening', seconds: 1 }] };
    const attributes = { hipCoach: { v: 1, s: { record: corrupt } } };

    const response = await invoke(request({ type: 'IntentRequest', intent: intent('ProgressIntent') }, attributes));

    expect(words(ssmlOf(response))).not.toBe(en.error.generic);
    expect(store.reads).toBe(1);
    await expect(store.load(TEST_USER)).resolves.toStrictEqual(stored);
  });

  it('reads a saved place under either name of its week (level, or week after the rename)', async () => {
    const savedAt = new Date(NOW - 600_000).toISOString();
    const renamed = { ...onboardedRecord(TEST_USER, NOW), inProgress: { routine: 'evening', step: 3, week: 1, savedAt } };
    const { invoke } = skillOver([renamed as unknown as ProgressRecord]);

    const response = await invoke(request({ type: 'LaunchRequest' }, {}, true));

    expect(words(ssmlOf(response))).toMatch(/left off/);
  });
});

describe('bounded replies', () => {
  it('sends back none of 300 KB of junk attributes', async () => {
    const { invoke } = skillOver([onboardedRecord(TEST_USER, NOW)]);
    const junk = { junk: 'x'.repeat(300_000), hipCoach: { v: 1, s: { pending: { kind: 'deleteData' }, extra: 'y'.repeat(20_000) } } };

    const response = await invoke(request({ type: 'IntentRequest', intent: intent('AMAZON.HelpIntent') }, junk));

    expect(bytes(response)).toBeLessThan(4000);
    expect(JSON.stringify(response)).not.toMatch(/xxxx|yyyy/);
  });

  it('repeats at most a few words of a 100 KB routine name', async () => {
    const { invoke } = skillOver([onboardedRecord(TEST_USER, NOW)]);
    const long = 'banana '.repeat(15_000);

    const response = await invoke(request({ type: 'IntentRequest', intent: intent('StartRoutineIntent', [resolvedSlot('routine', long)]) }));

    expect(words(ssmlOf(response))).toMatch(/I do not know a banana/);
    expect(bytes(response)).toBeLessThan(3000);
  });
});

describe('a total error path', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['an IntentRequest without an intent', { type: 'IntentRequest' }],
    ['a slot resolution without a status', { type: 'IntentRequest', intent: { name: 'StartRoutineIntent', slots: { routine: { name: 'routine', value: 'evening', resolutions: { resolutionsPerAuthority: [{ values: [] }] } } } } }],
    ['a number as a slot value', { type: 'IntentRequest', intent: { name: 'StartRoutineIntent', slots: { routine: { name: 'routine', value: 42 } } } }],
    ['slots that are not objects', { type: 'IntentRequest', intent: { name: 'ConditionIntent', slots: 'condition' } }],
    ['an intent name that is a number', { type: 'IntentRequest', intent: { name: 7 } }],
  ];
  it.each(cases)('answers %s with speech and a reprompt, and never apologises', async (_name, shape) => {
    const { invoke } = skillOver([onboardedRecord(TEST_USER, NOW)]);
    const event = request({ type: 'LaunchRequest' });
    const response = await invoke({ ...event, request: { ...event.request, ...shape } });

    expect(words(ssmlOf(response)).length).toBeGreaterThan(0);
    expect(words(ssmlOf(response))).not.toBe(en.error.generic);
    await expect(responseProblems([response])).resolves.toEqual({});
    expect(errorLog).not.toHaveBeenCalled();
  });

  it('answers System.ExceptionEncountered with no speech, and logs it', async () => {
    process.env.HIP_COACH_QUIET = '';
    const { invoke } = skillOver();
    const event = request({ type: 'LaunchRequest' });
    const response = await invoke({
      ...event,
      session: undefined,
      request: { ...event.request, type: 'System.ExceptionEncountered', error: { type: 'INVALID_RESPONSE', message: 'bad' }, cause: { requestId: 'r' } },
    } as unknown as RequestEnvelope);
    process.env.HIP_COACH_QUIET = '1';

    expect(response.response).toStrictEqual({});
    expect(warnLog.mock.calls.map(([line]) => String(line)).join('\n')).toMatch(/INVALID_RESPONSE/);
  });

  it('closes the session without speech for a request type the skill does not declare', async () => {
    const { invoke } = skillOver();
    const event = request({ type: 'LaunchRequest' });
    const response = await invoke({ ...event, request: { ...event.request, type: 'AudioPlayer.PlaybackStarted' } });

    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(true);
  });

  it('gives no response to an envelope that is no Alexa request, and refuses it as not for this skill', async () => {
    const { invoke } = skillOver();
    await expect(invoke({} as RequestEnvelope)).rejects.toThrow(/ID verification failed/);
    const open = buildSkill({ store: new MemoryProgressStore() });
    await expect(open.invoke({ request: 'nope' } as unknown as RequestEnvelope)).resolves.toStrictEqual({ version: '1.0', response: {} });
  });
});

describe('clock sanity', () => {
  it('clamps a timestamp in year 9999 to the server clock before it drives the program or is saved', async () => {
    const { store, invoke } = skillOver([onboardedRecord(TEST_USER, NOW)]);
    const event = request({ type: 'IntentRequest', intent: intent('StartRoutineIntent', [resolvedSlot('routine', 'evening', 'evening')]) });

    const started = performance.now();
    await invoke({ ...event, request: { ...event.request, timestamp: '9999-12-31T23:59:59Z' } });
    const elapsed = performance.now() - started;

    const saved = await store.load(TEST_USER);
    expect(saved?.updatedAt).toBe(new Date(NOW).toISOString());
    expect(saved?.program.weekStart).toBe('2026-11-02');
    // Not a speed assertion: a week-by-week roll to 9999 takes about a second.
    expect(elapsed).toBeLessThan(500);
  });
});

describe('idempotent writes', () => {
  it('counts a completion once when the same final request arrives twice (a retry after a lost reply)', async () => {
    const { store, invoke } = skillOver([onboardedRecord(TEST_USER, NOW)]);
    let last: RequestEnvelope | undefined;
    const c = new Conversation(async (event) => {
      last = event;
      return invoke(event);
    }, TEST_USER, NOW);
    let r = await c.start('workday');
    while (inRoutine(r)) {
      c.listen(r);
      r = await c.say('AMAZON.NextIntent');
    }
    expect((await store.load(TEST_USER))?.totals.sessions).toBe(1);

    const again = await invoke(last!);

    expect(words(ssmlOf(again))).toMatch(/workday break/);
    expect((await store.load(TEST_USER))?.totals.sessions).toBe(1);
  });
});
