import type { Intent, ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { loadInteractionModel, resolve } from '../../../tools/nlu';
import { bundleOnDynalite } from '../support/bundle';
import { Conversation, ssmlOf, words } from '../support/conversation';
import { inRoutine } from '../support/routine-run';
import { SKILL_ID } from '../../../tools/envelopes';
import { heldOut, phrasings, type Expect } from './phrasings';

const model = loadInteractionModel('en-US');
const local = bundleOnDynalite();
const invoke: ReturnType<typeof bundleOnDynalite>['invoke'] = (event) => local.invoke(event);

/** What Alexa would send for the words: resolved through the interaction model. */
function heard(text: string): Intent {
  const r = resolve(model, text, { skillId: SKILL_ID });
  if (r.kind !== 'intent') throw new Error(`"${text}" did not resolve to an intent`);
  return r.intent;
}

const acceptable: Record<Expect['intent'], readonly string[]> = {
  PainIntent: ['PainIntent', 'DescribeFeelingIntent'],
  // A cry with words after it ("ow {feeling}") is PainIntent, whose handler reads the words for a sign.
  WarningSignIntent: ['WarningSignIntent', 'DescribeFeelingIntent', 'PainIntent'],
  ConditionIntent: ['ConditionIntent'],
};

let users = 0;

/** A user 40 seconds into the first hold of the evening routine. */
async function midHold(): Promise<Conversation> {
  const c = new Conversation(invoke, `amzn1.ask.account.safety-${++users}`);
  await c.startPastScreen('evening');
  c.wait(40);
  return c;
}

async function outsideRoutine(): Promise<Conversation> {
  const c = new Conversation(invoke, `amzn1.ask.account.safety-${++users}`);
  await c.launch();
  return c;
}

async function expectValidSsml(response: ResponseEnvelope): Promise<void> {
  const errors = await check(ssmlOf(response), { platform: 'amazon' });
  expect(errors).toBeUndefined();
}

/** What the user hears, as facts a table row can be compared with. */
function heardFacts(response: ResponseEnvelope) {
  const ssml = ssmlOf(response);
  const text = words(ssml);
  return {
    // Pain and warning signs stop the stretch: no pause goes on, no "hold" cue.
    stopsStretch: !/<break/.test(ssml) && !/\bAnd hold\b|\bHold it there\b|\bNow hold\b/.test(text),
    painRule: /pain is not/.test(text),
    referral: /doctor|health professional|medical help/.test(text),
    emergency: /emergency services/.test(text),
    ends: response.response.shouldEndSession === true,
    // A condition changes today's plan, said in one line, before anything else.
    planChangedFirst: /^Thanks for telling me\. .*today/.test(text),
  };
}

/** The facts each kind of row must produce, written down per intent (not derived from the skill). */
function factsDue(expected: Expect): Partial<ReturnType<typeof heardFacts>> {
  const due: Record<Expect['intent'], Partial<ReturnType<typeof heardFacts>>> = {
    PainIntent: { stopsStretch: true, painRule: true },
    WarningSignIntent: { stopsStretch: true, referral: true, emergency: 'urgent' in expected && expected.urgent, ends: true },
    ConditionIntent: { planChangedFirst: true },
  };
  return due[expected.intent];
}

function assertSafetyAnswer(expected: Expect, response: ResponseEnvelope): void {
  expect(heardFacts(response)).toMatchObject(factsDue(expected));
}

const table = [...phrasings, ...heldOut];

describe('the phrasing table resolves through the interaction model', () => {
  it.each(table)('"%s" is caught, not left to the fallback', (text, expected) => {
    expect(acceptable[expected.intent]).toContain(heard(text).name);
  });
});

describe('mid-hold, every pain and warning phrasing stops the stretch', () => {
  it.each(table)('"%s"', async (text, expected) => {
    const c = await midHold();
    const response = await c.send({ type: 'IntentRequest', intent: heard(text) });
    assertSafetyAnswer(expected, response);
    await expectValidSsml(response);
  });
});

describe('mid-hold, a warning sign ends the routine for good', () => {
  it.each(table.filter(([, expected]) => expected.intent === 'WarningSignIntent'))('"%s"', async (text) => {
    const c = await midHold();
    await c.send({ type: 'IntentRequest', intent: heard(text) });
    // The routine is over: opening the skill again does not offer to pick it up.
    const again = await c.launch();
    expect(words(ssmlOf(again))).not.toMatch(/left off/);
  });
});

describe('outside a routine, the same phrasings get the same care', () => {
  it.each(table)('"%s"', async (text, expected) => {
    const c = await outsideRoutine();
    const response = await c.send({ type: 'IntentRequest', intent: heard(text) });
    assertSafetyAnswer(expected, response);
    await expectValidSsml(response);
  });
});

describe('after a warning sign', () => {
  it('refuses to go on with the routine in the same session', async () => {
    const c = await midHold();
    await c.send({ type: 'IntentRequest', intent: heard('my leg is tingling') });
    // The session ended; the user re-opens at once and asks to carry on.
    const resumed = await c.say('AMAZON.ResumeIntent');
    expect(words(ssmlOf(resumed))).not.toMatch(/Back to|Stretch \d+ of/);
  });
});

describe('pain offers a way on', () => {
  it('offers the gentler variant, and "easier" switches to it for the rest of the session', async () => {
    const c = new Conversation(invoke, `amzn1.ask.account.safety-${++users}`);
    let r = await c.startPastScreen('evening');
    c.listen(r);
    r = await c.say('AMAZON.NextIntent');
    c.listen(r);
    r = await c.say('AMAZON.NextIntent'); // the half-kneeling hip flexor stretch
    c.wait(30);
    r = await c.send({ type: 'IntentRequest', intent: heard('my knee hurts') });
    expect(words(ssmlOf(r))).toMatch(/standing hip flexor stretch instead/);
    r = await c.send({ type: 'IntentRequest', intent: heard('make it easier') });
    expect(words(ssmlOf(r))).toMatch(/switching to the standing hip flexor stretch/);
    expect(words(ssmlOf(r))).toMatch(/Stand in a doorway/);
  });

  it('a condition changes today\'s plan in one line: groin pain leaves out the frog', async () => {
    const c = new Conversation(invoke, `amzn1.ask.account.safety-${++users}`);
    await c.launch();
    let r = await c.send({ type: 'IntentRequest', intent: heard('I have groin pain') });
    expect(words(ssmlOf(r))).toMatch(/groin pain.*I will not remember this after today\. First: do you have any numbness/);
    await c.say('AMAZON.NoIntent');
    r = await c.say('AMAZON.NoIntent'); // 7 pm: the evening routine
    expect(words(ssmlOf(r))).toMatch(/evening routine/);
    expect(words(ssmlOf(r))).toMatch(/Because of your groin/);
    const names: string[] = [];
    while (inRoutine(r)) {
      names.push(words(ssmlOf(r)));
      c.listen(r);
      r = await c.say('AMAZON.NextIntent');
    }
    // Named once, as left out, before the first stretch; never played.
    expect(names.join(' ')).toContain('Left out today: the frog stretch');
    expect(names.join(' ').replace(/Left out today: [^.]*\./, '')).not.toMatch(/frog|figure four/);
  });
});
