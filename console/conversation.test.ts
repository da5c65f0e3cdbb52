import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { VirtualClock } from './clock';
import { Conversation, type SkillHandler } from './conversation';
import type { ConsoleEvent, TimedEvent } from './events';
import { ScriptInput } from './input';
import { CONSOLE_SKILL_ID, loadInteractionModel } from '../tools/nlu';
import { parseScript } from './script';

const model = loadInteractionModel('en-US');
const START = Date.parse('2030-01-07T07:00:00Z');

/** A skill that records every envelope and answers from a table keyed by request type or intent name. */
function fakeSkill(answers: Record<string, (event: RequestEnvelope) => Partial<ResponseEnvelope>>) {
  const received: RequestEnvelope[] = [];
  const handler: SkillHandler = (event) => {
    received.push(event);
    const key = event.request.type === 'IntentRequest' ? (event.request).intent.name : event.request.type;
    const answer = answers[key] ?? answers.default;
    return Promise.resolve({ version: '1.0', response: {}, ...(answer ? answer(event) : {}) });
  };
  return { handler, received };
}

const ssml = (body: string) => ({ type: 'SSML' as const, ssml: `<speak>${body}</speak>` });
const ask = (speech: string, reprompt = 'Say next.', attributes: Record<string, unknown> = {}): Partial<ResponseEnvelope> => ({
  sessionAttributes: attributes,
  response: { outputSpeech: ssml(speech), reprompt: { outputSpeech: ssml(reprompt) }, shouldEndSession: false },
});
const tell = (speech: string): Partial<ResponseEnvelope> => ({ response: { outputSpeech: ssml(speech), shouldEndSession: true } });

async function talk(script: string, handler: SkillHandler): Promise<TimedEvent[]> {
  const events: TimedEvent[] = [];
  const clock = new VirtualClock(START);
  const conversation = new Conversation({
    model,
    handler,
    caller: { userId: 'amzn1.ask.account.console-test', deviceId: 'device', skillId: CONSOLE_SKILL_ID, locale: 'en-US' },
    clock,
    sink: { emit: (e) => events.push(e) },
    startedAt: START,
  });
  await conversation.run(new ScriptInput(parseScript(script), clock, 0));
  return events;
}

const ofType = <T extends ConsoleEvent['type']>(events: TimedEvent[], type: T) => events.filter((e): e is Extract<TimedEvent, { type: T }> => e.type === type);

describe('Conversation: envelopes', () => {
  it('opens a session with a LaunchRequest and carries the session attributes the skill returned', async () => {
    const skill = fakeSkill({
      LaunchRequest: () => ask('Welcome.', 'Say start.', { step: 1 }),
      StartRoutineIntent: (e) => ask('Starting.', 'Say next.', { step: (e.session?.attributes?.step as number) + 1 }),
      'AMAZON.NextIntent': () => tell('Bye.'),
    });
    await talk('open hip coach\nstart evening routine\nnext', skill.handler);
    const [launch, start, next] = skill.received;
    expect(launch?.request.type).toBe('LaunchRequest');
    expect(launch?.session).toMatchObject({ new: true, attributes: {}, user: { userId: 'amzn1.ask.account.console-test' } });
    expect(start?.session).toMatchObject({ new: false, sessionId: launch?.session?.sessionId, attributes: { step: 1 } });
    expect(next?.session?.attributes).toEqual({ step: 2 });
    expect(launch?.context.System.application.applicationId).toBe(CONSOLE_SKILL_ID);
    expect(launch?.request.locale).toBe('en-US');
  });

  it('sends a one-shot as an IntentRequest in a new session, with resolved slots', async () => {
    const skill = fakeSkill({ default: () => ask('Starting.') });
    await talk('ask hip coach to start my bedtime stretches', skill.handler);
    const [event] = skill.received;
    expect(event?.session?.new).toBe(true);
    const request = event?.request as IntentRequest;
    expect(request.intent.name).toBe('StartRoutineIntent');
    expect(request.intent.slots?.routine?.resolutions?.resolutionsPerAuthority?.[0]?.values[0]?.value).toEqual({ name: 'evening', id: 'evening' });
  });

  it('stamps each request with the virtual time at which it was said, in Alexa\'s whole-second format', async () => {
    const skill = fakeSkill({ default: () => ask('One two three four five.') }); // 2 s of speech
    await talk('open hip coach\n(wait 3) help', skill.handler);
    expect(skill.received.map((e) => e.request.timestamp)).toEqual(['2030-01-07T07:00:00Z', '2030-01-07T07:00:05Z']);
  });

  it('does not pass an utterance to the skill when no session is open, and says how to open one', async () => {
    const skill = fakeSkill({ default: () => tell('Bye.') });
    const events = await talk('next', skill.handler);
    expect(skill.received).toHaveLength(0);
    expect(ofType(events, 'notice')[0]?.text).toMatch(/open hip coach/);
  });

  it('ends the session after shouldEndSession and needs the invocation name again', async () => {
    const skill = fakeSkill({ LaunchRequest: () => ask('Hi.'), 'AMAZON.StopIntent': () => tell('Bye.'), default: () => ask('Ok.') });
    const events = await talk('open hip coach\nstop\nhelp\nopen hip coach and help', skill.handler);
    expect(skill.received.map((e) => e.request.type)).toEqual(['LaunchRequest', 'IntentRequest', 'IntentRequest']);
    expect(ofType(events, 'session-ended')).toEqual([expect.objectContaining({ by: 'skill' })]);
    expect(skill.received[2]?.session?.new).toBe(true);
  });

  it('sends SessionEndedRequest USER_INITIATED on "exit"', async () => {
    const skill = fakeSkill({ default: () => ask('Hi.') });
    await talk('open hip coach\nexit', skill.handler);
    expect(skill.received[1]?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
  });
});

describe('Conversation: listening like a device', () => {
  it('plays the reprompt after 8 s of silence and ends the session after a second silence', async () => {
    const skill = fakeSkill({ LaunchRequest: () => ask('Hi.', 'Say start.'), default: () => ({}) });
    const events = await talk('open hip coach\n(wait 30)', skill.handler);
    const reprompt = ofType(events, 'speech').find((e) => e.reprompt);
    expect(reprompt).toMatchObject({ text: 'Say start.', t: 400 + 8000 });
    const ended = skill.received[1];
    expect(ended?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    // Hi. (0.4 s) + 8 s + reprompt (0.8 s) + 8 s.
    expect(Date.parse(ended?.request.timestamp ?? '')).toBe(START + 17_000);
    expect(ofType(events, 'session-ended')).toEqual([expect.objectContaining({ by: 'silence' })]);
  });

  it('hears an answer given during the second listening window without ending the session', async () => {
    const skill = fakeSkill({ LaunchRequest: () => ask('Hi.', 'Say start.'), default: () => tell('Ok.') });
    await talk('open hip coach\n(wait 10) help', skill.handler);
    expect(skill.received.map((e) => e.request.type)).toEqual(['LaunchRequest', 'IntentRequest']);
    expect(Date.parse(skill.received[1]?.request.timestamp ?? '')).toBe(START + 10_000);
  });

  it('interrupts a playing response at the scripted moment (barge-in) and stamps the request then', async () => {
    const skill = fakeSkill({
      LaunchRequest: () => ask('Hold. <break time="10s"/> Ten. <break time="10s"/> Release.'),
      HoldDurationIntent: () => tell('Some left.'),
    });
    const events = await talk('open hip coach\n(after 12.4) how long do I hold this', skill.handler);
    expect(ofType(events, 'interrupted')).toEqual([expect.objectContaining({ afterMs: 12_400, pauseElapsedMs: 1_600 })]);
    expect(ofType(events, 'speech').map((e) => e.text)).not.toContain('Release.');
    expect(ofType(events, 'utterance')[1]).toMatchObject({ interrupting: true, t: 12_400 });
    expect(Date.parse(skill.received[1]?.request.timestamp ?? '')).toBe(START + 12_000);
  });

  it('interrupts N seconds into a given pause with (after N in pause K)', async () => {
    const skill = fakeSkill({
      LaunchRequest: () => ask('Set up. <break time="5s"/> Hold. <break time="10s"/> Ten. <break time="10s"/> Release.'),
      default: () => tell('Ok.'),
    });
    const events = await talk('open hip coach\n(after 3 in pause 2) how long do I hold this', skill.handler);
    // Set up. (0.8 s) + 5 s + Hold. (0.4 s) = the second pause starts at 6.2 s.
    expect(ofType(events, 'interrupted')).toEqual([expect.objectContaining({ afterMs: 9200, pauseElapsedMs: 3000 })]);
  });

  it('says a pause-timed line after the response when the response has no such pause', async () => {
    const skill = fakeSkill({ LaunchRequest: () => ask('Hi.'), default: () => tell('Ok.') });
    const events = await talk('open hip coach\n(after 3 in pause 4) help', skill.handler);
    expect(ofType(events, 'interrupted')).toHaveLength(0);
    expect(ofType(events, 'utterance')[1]?.t).toBe(400);
  });

  it('treats (after N) past the end of a response as silence after it', async () => {
    const skill = fakeSkill({ default: () => ask('Hi.') });
    const events = await talk('open hip coach\n(after 5) help', skill.handler);
    expect(ofType(events, 'interrupted')).toHaveLength(0);
    expect(ofType(events, 'utterance')[1]?.t).toBe(5000);
  });
});

describe('Conversation: failures', () => {
  it('reports a skill that throws, ends the session, and carries on', async () => {
    let calls = 0;
    const handler: SkillHandler = () => {
      calls++;
      if (calls === 1) {
        process.stdout.write('about to fail\n');
        return Promise.reject(new TypeError('boom'));
      }
      return Promise.resolve({ version: '1.0', response: { outputSpeech: ssml('Back.'), shouldEndSession: true } });
    };
    const events = await talk('open hip coach\nopen hip coach', handler);
    expect(ofType(events, 'error')[0]?.text).toMatch(/TypeError: boom/);
    expect(ofType(events, 'logs')[0]?.lines).toEqual(['about to fail']);
    expect(ofType(events, 'speech').map((e) => e.text)).toEqual(['Back.']);
  });

  it('warns about breaks Alexa would refuse', async () => {
    const skill = fakeSkill({ default: () => tell('Hold. <break time="12s"/> Done.') });
    const events = await talk('open hip coach', skill.handler);
    expect(ofType(events, 'warning')[0]?.text).toMatch(/10 s limit/);
  });
});
