import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { loadInteractionModel, resolve } from '../../../tools/understanding/project-nlu';
import { place } from '../../../tools/understanding/situations';
import { Intent } from '../../src/intents';
import { en } from '../../src/speech/resources/en';
import { bundleOnDynalite } from '../support/bundle';
import { Conversation, ssmlOf, words } from '../support/conversation';
import type { Context } from '../understanding/corpus/phrasing';
import { responseProblems } from '../support/speech-checks';

const local = bundleOnDynalite();

/** Cues that carry the hold on; with the longest pause, how a hold going on sounds. */
const holdCues = [...en.cue.hold, ...en.cue.carryOn];
const goOnWords = /\bsay next\b|\bto go on\b|\bcarry on\b|\bkeep going\b|\bback into it\b/i;

function longestBreakMs(ssml: string): number {
  return Math.max(0, ...[...ssml.matchAll(/<break time="(\d+)ms"\/>/g)].map((m) => Number(m[1])));
}

/** What in a response invites the user to carry on stretching: words, a hold cue, or a hold's silence. */
function invitationToCarryOn(response: ResponseEnvelope): string | undefined {
  const ssml = ssmlOf(response);
  const text = words(ssml);
  if (goOnWords.test(text)) return `words: ${text}`;
  const cue = holdCues.find((c) => text.includes(c));
  if (cue) return `hold cue "${cue}"`;
  if (longestBreakMs(ssml) >= 2000) return `a ${longestBreakMs(ssml)} ms hold`;
  return undefined;
}

type Utterance = { readonly name: string; readonly intent: string; readonly slots?: Parameters<Conversation['say']>[1][] };

/**
 * Everything a user can say mid-routine that does not ask to carry on: words the skill cannot
 * place, a bare "no", "wait", stop, pain, a warning sign, a cramp. (Moves, questions, easier or
 * harder, help and progress ask for something and may go on with the hold.)
 */
const notCarryOn: readonly Utterance[] = [
  { name: 'fallback', intent: Intent.Fallback },
  { name: 'unreadable feeling words', intent: Intent.DescribeFeeling, slots: [['feeling', 'purple monkey dishwasher']] },
  { name: 'a bare no', intent: Intent.No },
  { name: 'wait', intent: Intent.Pause },
  { name: 'stop', intent: Intent.Stop },
  { name: 'cancel', intent: Intent.Cancel },
  { name: 'go home', intent: Intent.NavigateHome },
  { name: 'this hurts', intent: Intent.Pain },
  { name: 'tingling', intent: Intent.WarningSign, slots: [['symptom', 'tingling', 'tingling', 'SymptomType']] },
  { name: 'a cramp', intent: Intent.WarningSign, slots: [['symptom', 'cramp', 'cramp', 'SymptomType']] },
];

const inRoutine: readonly Context[] = ['hold', 'between', 'paused', 'question'];

describe('no utterance during a routine is answered with an invitation to carry on, unless the user asked to', () => {
  for (const context of inRoutine) {
    it(`${context}: every answer to words that are not "carry on" stops, and is valid for Alexa`, async () => {
      const heard: string[] = [];
      const responses: ResponseEnvelope[] = [];
      for (const u of notCarryOn) {
        const { conversation } = await place(local.invoke, context);
        const response = await conversation.say(u.intent, ...(u.slots ?? []));
        responses.push(response);
        const invitation = invitationToCarryOn(response);
        if (invitation) heard.push(`${u.name}: ${invitation}`);
      }
      expect(heard).toEqual([]);
      expect(await responseProblems(responses)).toEqual({});
    });
  }

  it('and after a check-in, the same holds for a second unplaceable phrase', async () => {
    const { conversation } = await place(local.invoke, 'hold');
    await conversation.say(Intent.Fallback);
    const again = await conversation.say(Intent.Fallback);
    expect(invitationToCarryOn(again)).toBeUndefined();
    expect(words(ssmlOf(again))).toContain(en.checkIn.ask);
  });
});

describe('a check-in mid-hold', () => {
  it('comes out of the stretch, then asks one question that names hurting, carrying on and stopping', async () => {
    const { conversation } = await place(local.invoke, 'hold');
    const checkIn = await conversation.say(Intent.Fallback);
    const text = words(ssmlOf(checkIn));
    expect(text).toMatch(/come gently out of the stretch|ease out of the stretch/i);
    expect(text.indexOf('breath')).toBeLessThan(text.indexOf(en.checkIn.ask));
    expect(text.endsWith(en.checkIn.ask)).toBe(true);
    expect(checkIn.response.shouldEndSession).toBe(false);
  });

  it('"yes" picks up the stretch the user was holding, at its hold', async () => {
    const { conversation, stretches } = await place(local.invoke, 'hold');
    await conversation.say(Intent.Fallback);
    conversation.wait(5);
    const yes = await conversation.say(Intent.Yes);
    const text = words(ssmlOf(yes));
    expect(text.startsWith(en.checkIn.resuming)).toBe(true);
    // The stretch they were in, not the next one (which is only named as coming up, after it).
    expect(text).toContain(en.stretch[stretches[1]!].name);
    expect(text.indexOf(en.stretch[stretches[1]!].name)).toBeLessThan(text.indexOf(en.stretch[stretches[2]!].name));
    expect(holdCues.some((c) => text.includes(c))).toBe(true);
  });

  it('"no" ends the session safely, with the place saved', async () => {
    const { conversation } = await place(local.invoke, 'hold');
    await conversation.say(Intent.Fallback);
    const no = await conversation.say(Intent.No);
    expect(words(ssmlOf(no))).toMatch(/I have saved your place/);
    expect(no.response.shouldEndSession).toBe(true);
  });

  it('"it hurts" goes to the pain path', async () => {
    const { conversation } = await place(local.invoke, 'hold');
    await conversation.say(Intent.Fallback);
    const hurts = await conversation.say(Intent.Pain);
    expect(words(ssmlOf(hurts))).toContain(en.safety.painRule);
  });

  it('a bare "no" mid-hold checks in rather than dropping the hold: "yes" resumes that stretch', async () => {
    const { conversation, stretches } = await place(local.invoke, 'hold');
    const no = await conversation.say(Intent.No);
    expect(words(ssmlOf(no))).toContain(en.checkIn.ask);
    const yes = await conversation.say(Intent.Yes);
    expect(words(ssmlOf(yes))).toContain(en.stretch[stretches[1]!].name);
  });
});

describe('words the coach can place, or half place, mid-routine', () => {
  it('"that feels good" mid-hold picks the hold back up at the stretch being held, with the pain rule', async () => {
    const { conversation, stretches } = await place(local.invoke, 'hold');
    const fine = await conversation.say(Intent.DescribeFeeling, ['feeling', 'that feels good']);
    const text = words(ssmlOf(fine));
    expect(text.startsWith(en.feeling.fine)).toBe(true);
    expect(text).toContain(en.stretch[stretches[1]!].name);
    expect(holdCues.some((c) => text.includes(c))).toBe(true);
    expect(await responseProblems([fine])).toEqual({});
  });

  it('"that does not feel good" is not fine: a check-in, never the hold going on', async () => {
    const { conversation } = await place(local.invoke, 'hold');
    const response = await conversation.say(Intent.DescribeFeeling, ['feeling', 'that does not feel good']);
    expect(invitationToCarryOn(response)).toBeUndefined();
  });

  it('a condition intent with no condition heard checks in mid-hold instead of changing the plan and going on', async () => {
    const { conversation } = await place(local.invoke, 'hold');
    const response = await conversation.say(Intent.Condition);
    expect(words(ssmlOf(response))).toContain(en.checkIn.ask);
    expect(invitationToCarryOn(response)).toBeUndefined();
  });

  it('"go on" after a pause picks up the paused stretch, not "we are not in a stretch"', async () => {
    const { conversation, stretches } = await place(local.invoke, 'paused');
    const response = await conversation.say(Intent.Next);
    const text = words(ssmlOf(response));
    expect(text).not.toContain(en.questions.noRoutine);
    expect(text).toContain(en.stretch[stretches[1]!].name);
  });
});

describe('outside a routine, words the coach cannot place', () => {
  it('get a reprompt that names what the user can do, the workday break included', async () => {
    const { conversation } = await place(local.invoke, 'outside');
    const response = await conversation.say(Intent.Fallback);
    const text = words(ssmlOf(response));
    expect(text).toContain('start workday break');
    expect(text).toContain('?');
    expect(response.response.shouldEndSession).toBe(false);
  });
});

describe('a pause after a referral', () => {
  const offersRoutine = /would you like to start|pick up where you left off/i;

  it('a warning sign mid-hold: the same day the launch offers no routine and says why; the next day it does', async () => {
    const { conversation } = await place(local.invoke, 'hold');
    const warned = await conversation.say(Intent.WarningSign, ['symptom', 'tingling', 'tingling', 'SymptomType']);
    expect(warned.response.shouldEndSession).toBe(true);

    conversation.wait(60);
    const sameDay = await conversation.launch();
    const text = words(ssmlOf(sameDay));
    expect(text).toContain(en.launch.paused);
    expect(text).toContain(en.launch.pausedOptions);
    expect(text).not.toMatch(offersRoutine);
    expect(sameDay.response.shouldEndSession).toBe(false);

    const start = await conversation.start('evening');
    expect(words(ssmlOf(start))).toBe(en.safety.noResume);

    conversation.wait(24 * 3600);
    const nextDay = await conversation.launch();
    expect(words(ssmlOf(nextDay))).toMatch(/would you like to start/i);
  });

  it('stores only the date, never why, and clears the saved place', async () => {
    const { conversation } = await place(local.invoke, 'hold');
    await conversation.say(Intent.WarningSign, ['symptom', 'tingling', 'tingling', 'SymptomType']);
    const { dynamo } = local;
    const { Item: stored } = await dynamo.client.send(new GetCommand({ TableName: dynamo.tableName, Key: { userId: conversation.userId } }));
    expect(stored?.pausedUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stored?.inProgress).toBeUndefined();
    expect(JSON.stringify(stored)).not.toMatch(/tingl|numb|warning|symptom/i);
  });

  it('a one-shot "open hip coach and my leg is tingling" clears the saved place too', async () => {
    // Stopped mid-stretch: the place is saved for the next launch.
    const { conversation } = await place(local.invoke, 'hold');
    await conversation.say(Intent.Stop);
    conversation.wait(600);
    const oneShot = await conversation.say(Intent.WarningSign, ['symptom', 'tingling', 'tingling', 'SymptomType'], ['bodyPart', 'leg', 'leg', 'BodyPartType']);
    expect(words(ssmlOf(oneShot))).toMatch(/doctor|physical therapist/);
    // Tomorrow, within the saved place's 24 hours, nothing is offered to pick up.
    conversation.wait(20 * 3600);
    const later = await conversation.launch();
    expect(words(ssmlOf(later))).not.toMatch(/pick up where you left off/i);
  });

  it('a "yes" to the first-use screen pauses the same day\'s launches as well', async () => {
    const { conversation } = await place(local.invoke, 'outside');
    await conversation.launch();
    const referral = await conversation.say(Intent.Yes);
    expect(words(ssmlOf(referral))).toBe(en.screen.referral);
    conversation.wait(60);
    const again = await conversation.launch();
    expect(words(ssmlOf(again))).toContain(en.launch.paused);
  });
});

describe('the wake word is taught where it matters, not every time', () => {
  const wakeWord = /Alexa, this hurts/;

  it('in the first-use note and in help', async () => {
    const { conversation } = await place(local.invoke, 'outside');
    expect(words(ssmlOf(await conversation.launch()))).toMatch(wakeWord);
    expect(words(ssmlOf(await conversation.say(Intent.Help)))).toMatch(wakeWord);
  });

  it("before the first hold of a user's first routine, and not in their second", async () => {
    const conversation = new Conversation(local.invoke, 'amzn1.ask.account.wake-word-user');
    const first = words(ssmlOf(await conversation.startPastScreen('workday')));
    const tip = first.indexOf(en.routineFlow.howToInterrupt);
    expect(tip).toBeGreaterThan(-1);
    const firstHold = Math.min(...holdCues.map((c) => first.indexOf(c)).filter((i) => i >= 0));
    expect(tip).toBeLessThan(firstHold);

    await conversation.say(Intent.Stop);
    conversation.wait(3600);
    const second = await conversation.start('evening');
    expect(words(ssmlOf(second))).toMatch(/\b1 of \d+\b/);
    expect(words(ssmlOf(second))).not.toContain(en.routineFlow.howToInterrupt);
  });
});

describe('navigation by ear keeps the hold', () => {
  interface Marked {
    readonly step: number;
    readonly phase: string;
    readonly start: number;
    readonly end: number;
  }
  const marksOf = (response: ResponseEnvelope): readonly Marked[] =>
    (response.sessionAttributes as { hipCoach?: { s?: { last?: { marks?: Marked[] } } } }).hipCoach?.s?.last?.marks ?? [];

  /** A new user a few seconds into the second side's hold of the evening routine's second stretch (a sided one). */
  async function onSecondSide(user: string) {
    const c = new Conversation(local.invoke, user);
    c.listen(await c.startPastScreen('evening'));
    const sentAt = c.now;
    const second = await c.say(Intent.Next);
    const holds = marksOf(second).filter((m) => m.phase === 'hold');
    const secondSide = holds[1];
    if (!secondSide) throw new Error('the second stretch has no second hold');
    c.now = sentAt + (secondSide.start + 4) * 1000;
    return { c, secondSide };
  }

  it('"which leg is it" and "switch sides" on the second side: the left, and the hold goes on from where it was', async () => {
    const { c } = await onSecondSide('amzn1.ask.account.nav-which-side');
    const answer = await c.say(Intent.WhichSide);
    const which = words(ssmlOf(answer));
    expect(which.startsWith('You are on your left side')).toBe(true);
    // The rest of this hold (a silence of seconds), not the stretch from its first side.
    expect(longestBreakMs(ssmlOf(answer))).toBeGreaterThanOrEqual(2000);
    expect(which).not.toMatch(/\bright side\b/);
  });

  it('"wait" on the second side, then resume: picks up on the second side, not the first', async () => {
    const { c } = await onSecondSide('amzn1.ask.account.nav-wait');
    const paused = await c.say(Intent.Pause);
    expect(paused.response.shouldEndSession).toBe(true);
    c.wait(120);
    await c.launch();
    const resumed = words(ssmlOf(await c.say(Intent.Yes)));
    expect(resumed).toMatch(/\bleft\b/);
    expect(resumed).not.toMatch(/\bright side\b/);
  });

  it('a check-in, then "carry on" (next): back to the second side of the same stretch, not the next stretch', async () => {
    const { c } = await onSecondSide('amzn1.ask.account.nav-carry-on');
    await c.say(Intent.Fallback);
    const resumed = words(ssmlOf(await c.say(Intent.Next)));
    expect(resumed.startsWith(en.checkIn.resuming)).toBe(true);
    expect(resumed).toMatch(/\bleft\b/);
    expect(resumed).not.toMatch(/\bright side\b/);
    expect(resumed).not.toMatch(/\b3 of \d+\b/);
  });

  it('a phrase it cannot place on the second side, then "yes": picks up on the second side', async () => {
    const { c } = await onSecondSide('amzn1.ask.account.nav-check-in');
    await c.say(Intent.Fallback);
    const resumed = words(ssmlOf(await c.say(Intent.Yes)));
    expect(resumed).toMatch(/\bleft\b/);
    expect(resumed).not.toMatch(/\bright side\b/);
  });
});

describe('the navigation phrasings the issue names reach an intent that answers in place', () => {
  const model = loadInteractionModel('en-US');
  const inPlace: Readonly<Record<string, string>> = {
    'which leg is it': Intent.WhichSide,
    'switch sides': Intent.WhichSide,
    'what stretch is this': Intent.WhatDoesThisStretch,
    'how much is left': Intent.HowManyLeft,
  };
  for (const [phrase, expected] of Object.entries(inPlace)) {
    it(`"${phrase}"`, () => {
      const heard = resolve(model, phrase);
      expect(heard.kind === 'intent' ? heard.intent.name : heard.kind).toBe(expected);
    });
  }
});
