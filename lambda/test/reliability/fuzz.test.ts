import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { envelope, intent, resolvedSlot, SKILL_ID, type RequestSpec } from '../../../tools/envelopes';
import { onboardedRecord } from '../support/harness';
import { seededRandom } from '../support/fault-proxy';
import { ssmlProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

const ENVELOPES = 12_000;
const SEED = 1313;
const MAX_RESPONSE_BYTES = 24 * 1024;
const START = Date.parse('2026-11-02T07:00:00Z');

interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
}
const model = (
  JSON.parse(readFileSync(path.resolve(__dirname, '../../../skill-package/interactionModels/custom/en-US.json'), 'utf8')) as {
    interactionModel: { languageModel: { intents: ModelIntent[]; types: { name: string; values: { id?: string; name: { value: string } }[] }[] } };
  }
).interactionModel.languageModel;
const typeValues = new Map(model.types.map((t) => [t.name, t.values.map((v) => ({ id: v.id ?? v.name.value, spoken: v.name.value }))]));

const random = seededRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number): boolean => random() < p;

const WORDS = ['evening', 'morning', 'banana', 'my hip', 'it hurts a bit', 'numb', '<speak>', '</speak><audio src="x"/>', '&amp;', "it's \"fine\"", '😀', ''];
const HOSTILE_STRINGS = ['x'.repeat(100_000), '<break time="60s"/>', ']]><![CDATA[', '\u0000\u0007', '%s%n', '{{value}}', '$'.repeat(300)];
const REQUEST_TYPES = ['Alexa.Presentation.APL.UserEvent', 'Connections.Response', 'CanFulfillIntentRequest', 'AudioPlayer.PlaybackStarted', 'PlaybackController.PlayCommandIssued', 'Messaging.MessageReceived', 'AlexaSkillEvent.SkillEnabled', 'Dialog.API.Invoked', ''];
const TIMESTAMPS = ['9999-12-31T23:59:59Z', '1970-01-01T00:00:00Z', 'yesterday', '', '2026-11-02T07:00:00', '+275760-09-13T00:00:00.000Z'];
const JUNK: unknown[] = [null, 0, -1, 1e308, NaN, true, 'nope', [], {}, [1, 2], { a: { b: { c: 1 } } }];

function plausibleSpec(): RequestSpec {
  const roll = random();
  if (roll < 0.1) return { type: 'LaunchRequest' };
  if (roll < 0.14) return { type: 'SessionEndedRequest', reason: pick(['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'] as const) };
  if (roll < 0.15) return { type: 'AlexaSkillEvent.SkillDisabled', persistence: pick(['PERSISTED', 'NOT_PERSISTED'] as const) };
  const chosen = chance(0.35) ? pick(['AMAZON.NextIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'StartRoutineIntent']) : pick(model.intents).name;
  const spec = model.intents.find((i) => i.name === chosen)!;
  const slots = (spec.slots ?? []).flatMap((slot) => {
    if (chance(0.3)) return [];
    const values = typeValues.get(slot.type);
    if (values && chance(0.7)) {
      const v = pick(values);
      return [resolvedSlot(slot.name, v.spoken, v.id, slot.type)];
    }
    return [resolvedSlot(slot.name, pick(WORDS))];
  });
  return { type: 'IntentRequest', intent: intent(chosen, slots) };
}

type Json = Record<string, unknown>;

/** One to three hostile changes: fields gone, wrong types, huge or markup-laden words, odd types. */
function mutate(event: RequestEnvelope, users: readonly string[]): RequestEnvelope {
  const e = JSON.parse(JSON.stringify(event)) as Json;
  const request = e.request as Json;
  const times = 1 + Math.floor(random() * 3);
  for (let i = 0; i < times; i++) {
    switch (Math.floor(random() * 16)) {
      case 0: delete request.intent; break;
      case 1: request.type = pick(REQUEST_TYPES); break;
      case 2: request.timestamp = pick(TIMESTAMPS); break;
      case 3: request.locale = pick(JUNK); break;
      case 4: request.intent = { name: pick(['NoSuchIntent', 'AMAZON.ShuffleOnIntent', '']), slots: pick(JUNK) }; break;
      case 5: {
        const slots = { routine: { name: 'routine', value: pick([...HOSTILE_STRINGS, ...JUNK]), resolutions: pick([{ resolutionsPerAuthority: [{ values: [{ value: { id: 42 } }] }] }, { resolutionsPerAuthority: 'x' }, null]) } };
        request.type = 'IntentRequest';
        request.intent = { name: pick(['StartRoutineIntent', 'DescribeFeelingIntent', 'WarningSignIntent']), slots };
        break;
      }
      case 6: if (e.session) (e.session as Json).attributes = { hipCoach: { v: 1, s: { record: onboardedRecord(pick(users), START), routine: pick(JUNK), last: pick(JUNK), pending: pick(JUNK) } } }; break;
      case 7: if (e.session) (e.session as Json).attributes = { hipCoach: { v: 1, s: { record: { ...onboardedRecord('x', START), userId: (e.session as { user: { userId: string } }).user.userId, sessions: [{ date: 'bad', routine: null, seconds: null }], totals: null } } } }; break;
      case 8: if (e.session) (e.session as Json).attributes = { junk: 'j'.repeat(200_000), hipCoach: pick(JUNK) }; break;
      case 9: delete e.session; break;
      case 10: delete (e.context as Json).System; break;
      case 11: ((e.context as { System: Json } | undefined)?.System ?? {}).application = { applicationId: 'amzn1.ask.skill.someone-else' }; break;
      case 12: request.requestId = pick(JUNK); break;
      case 13: if (e.session) (e.session as Json).sessionId = pick(JUNK); break;
      case 14: e.request = pick(JUNK); break;
      case 15: request.dialogState = pick(JUNK); (request as { error?: unknown }).error = pick(JUNK); break;
    }
  }
  return e as unknown as RequestEnvelope;
}

/** Whether Alexa could have sent this for our skill: our id where the SDK reads it, a request with a type, and a user. */
function isForUs(event: RequestEnvelope): boolean {
  const e = event as unknown as { context?: { System?: { application?: { applicationId?: unknown }; user?: { userId?: unknown } } }; session?: { application?: { applicationId?: unknown }; user?: { userId?: unknown } }; request?: unknown };
  const appId = e.context?.System ? e.context.System.application?.applicationId : e.session?.application?.applicationId;
  const user = e.context?.System?.user?.userId ?? e.session?.user?.userId;
  const request = e.request as { type?: unknown } | null | undefined;
  return appId === SKILL_ID && typeof user === 'string' && typeof request === 'object' && request !== null && typeof request.type === 'string';
}

const SILENT = /^(SessionEndedRequest|System\.|AlexaSkillEvent\.|AudioPlayer\.|PlaybackController\.)/;

describe(`${ENVELOPES} fuzzed envelopes, plausible and hostile (seed ${SEED})`, () => {
  it('get a valid response every time, or are refused as not for this skill', async () => {
    const store = new MemoryProgressStore();
    const skill = buildSkill({ store, random, skillId: SKILL_ID });
    const users = Array.from({ length: 25 }, (_, i) => `amzn1.ask.account.FUZZ${i}`);
    const sessions = new Map<string, { id: number; open: boolean; attributes: Record<string, unknown> }>();
    const checked = new Map<string, string[]>();
    const problems: string[] = [];
    let now = START;
    let hostile = 0;
    let refused = 0;
    let largest = 0;
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);

    for (let n = 0; n < ENVELOPES; n++) {
      now += Math.floor(random() * 120_000);
      const userId = pick(users);
      const session = sessions.get(userId) ?? { id: 0, open: false, attributes: {} };
      if (!session.open) Object.assign(session, { id: session.id + 1, open: true, attributes: {} });
      const spec = plausibleSpec();
      let event = envelope(spec, { userId, sessionId: `amzn1.echo-api.session.${userId}-${session.id}`, isNew: session.attributes.hipCoach === undefined, attributes: session.attributes, at: now });
      if (chance(0.4)) {
        event = mutate(event, users);
        hostile += 1;
      }
      const forUs = isForUs(event);
      let response: ResponseEnvelope;
      try {
        response = await skill.invoke(event);
      } catch (error) {
        if (!forUs && /ID verification failed/.test(String(error))) {
          refused += 1;
          continue;
        }
        problems.push(`#${n} threw ${String(error)} for ${JSON.stringify(event).slice(0, 300)}`);
        continue;
      }
      if (!forUs) problems.push(`#${n} answered a request not for this skill`);
      const size = Buffer.byteLength(JSON.stringify(response));
      largest = Math.max(largest, size);
      if (size >= MAX_RESPONSE_BYTES) problems.push(`#${n} response of ${size} bytes`);
      const { outputSpeech, reprompt, shouldEndSession } = response.response;
      const type = String((event.request as { type?: unknown } | undefined)?.type);
      if (SILENT.test(type) && (outputSpeech || reprompt)) problems.push(`#${n} speech for ${type}`);
      if (shouldEndSession === false && !reprompt) problems.push(`#${n} open session without a reprompt`);
      for (const [label, speech] of [['speech', outputSpeech], ['reprompt', reprompt?.outputSpeech]] as const) {
        if (!speech) continue;
        if (speech.type !== 'SSML') {
          problems.push(`#${n} ${label} is not SSML`);
          continue;
        }
        let found = checked.get(speech.ssml);
        if (!found) {
          found = await ssmlProblems(speech.ssml);
          checked.set(speech.ssml, found);
        }
        if (found.length > 0) problems.push(`#${n} ${label}: ${found.join('; ')}`);
      }
      session.open = shouldEndSession === false && type !== 'SessionEndedRequest';
      session.attributes = (response.sessionAttributes) ?? {};
      sessions.set(userId, session);
    }

    console.info(`fuzz: ${ENVELOPES} envelopes (${hostile} hostile), ${refused} refused as not for this skill, ${problems.length} problems, ${checked.size} distinct SSML checked, largest response ${largest} B`);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(hostile);
  }, 120_000);
});
