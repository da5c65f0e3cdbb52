import type { ResponseEnvelope } from 'ask-sdk-model';
import { buildPlan } from '../../src/coach/plan';
import type { Mark, Phase } from '../../src/speech/timeline';
import { en } from '../../src/speech/resources/en';
import { type Conversation, playSeconds, ssmlOf, words } from '../support/conversation';
import { talkToSkill } from '../support/harness';
import { plannedNames } from '../support/routine-run';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

// With the first phrasing of every cue (random 0): the hold cue, the carry-on cue, and release.
const HOLD_CUE = en.cue.hold[0];
const CARRY_ON = en.cue.carryOn[0];
const RELEASE = en.cue.release[0];
// The evening opens with the standing hamstring, a forward bend: its hold ends with coming up slowly.
const COME_UP = en.cue.comeUp[0];

const evening = buildPlan('evening', { week: 1 });
const workday = buildPlan('workday', { week: 1 });

function marksOf(response: ResponseEnvelope): readonly Mark[] {
  const attributes = response.sessionAttributes as { hipCoach?: { s?: { last?: { marks?: Mark[] } } } } | undefined;
  const marks = attributes?.hipCoach?.s?.last?.marks;
  if (!marks) throw new Error('the response kept no timeline marks in its session attributes');
  return marks;
}

function markFor(response: ResponseEnvelope, step: number, phase: Phase): Mark {
  const mark = marksOf(response).find((m) => m.step === step && m.phase === phase);
  if (!mark) throw new Error(`no ${phase} mark for step ${step}`);
  return mark;
}

/** Seconds of the SSML between the end of `from` and the start of `to` (breaks plus words at 150 wpm). */
function secondsBetween(ssml: string, from: string, to: string): number {
  const start = ssml.indexOf(from);
  const end = ssml.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`"${from}" … "${to}" not found in ${words(ssml).slice(0, 300)}`);
  return playSeconds(`<speak>${ssml.slice(start + from.length, end)}</speak>`);
}

/** An onboarded user who has just said "start <routine>": the conversation, the response, and when it was sent. */
async function started(routine: 'evening' | 'workday') {
  const { conversation: c } = talkToSkill({ onboarded: true, now: Date.parse('2026-11-03T20:45:00Z') });
  const sentAt = c.now;
  const response = await c.start(routine);
  return { c, response, sentAt };
}

/** Moves the clock to `seconds` after `sentAt`: the user speaks at that point of the response. */
function speakAt(c: Conversation, sentAt: number, seconds: number): void {
  c.now = sentAt + Math.round(seconds * 1000);
}

describe('a question mid-hold keeps the timer', () => {
  it('finds the first hold in the SSML where the kept timeline says it starts', async () => {
    const { response } = await started('evening');
    const ssml = ssmlOf(response);

    const throughHoldCue = ssml.slice(0, ssml.indexOf(HOLD_CUE) + HOLD_CUE.length);

    expect(playSeconds(`${throughHoldCue}</speak>`)).toBeCloseTo(markFor(response, 0, 'hold').start, 0);
    expect(markFor(response, 0, 'hold').end - markFor(response, 0, 'hold').start).toBeCloseTo(20, 0);
  });

  it.each([4, 9, 13])('answers "how long do I hold this" %i s into the first hold with the hold and the seconds left, then only the rest of the hold', async (into) => {
    const { c, response, sentAt } = await started('evening');
    const hold = markFor(response, 0, 'hold');
    const step = evening.steps[0]!;
    const left = hold.end - (hold.start + into);
    speakAt(c, sentAt, hold.start + into);

    const answer = await c.say('HoldDurationIntent');

    const ssml = ssmlOf(answer);
    const heard = words(ssml);
    expect(heard.startsWith(`Hold for ${step.hold} seconds, ${step.reps} times.`)).toBe(true);
    const said = Number(/About (\d+) seconds? left/.exec(heard)?.[1]);
    expect(Math.abs(said - left)).toBeLessThanOrEqual(1);
    expect(Math.abs(secondsBetween(ssml, CARRY_ON, COME_UP) - said)).toBeLessThanOrEqual(1);
    for (const cue of en.stretch[step.stretch].setup) expect(heard).not.toContain(cue);
    expect(heard).not.toContain(`Stretch 1 of 9`);
    expect(answer.response.shouldEndSession).toBe(false);
  });

  it('carries on after the rest of the hold with the stretch\'s remaining repetitions', async () => {
    const { c, response, sentAt } = await started('evening');
    const hold = markFor(response, 0, 'hold');
    speakAt(c, sentAt, hold.start + 5);

    const answer = await c.say('HoldDurationIntent');

    const heard = words(ssmlOf(answer));
    expect(heard).toContain(`Round 2 of 2`);
    expect(heard).toContain(`Next: ${plannedNames('evening')[1]}.`);
  });

  it('answers "which side am I on" during the left side of a one-sided stretch with "left", then only the rest of that hold', async () => {
    const { c, response, sentAt } = await started('workday');
    const leftStep = workday.steps.findIndex((s) => s.stretchIndex === 0 && s.side === 'left');
    const hold = markFor(response, leftStep, 'hold');
    const left = hold.end - (hold.start + 4);
    speakAt(c, sentAt, hold.start + 4);

    const answer = await c.say('WhichSideIntent');

    const ssml = ssmlOf(answer);
    const heard = words(ssml);
    expect(heard.startsWith('You are on your left side.')).toBe(true);
    expect(Math.abs(secondsBetween(ssml, CARRY_ON, RELEASE) - left)).toBeLessThanOrEqual(1);
    const stretch = workday.stretches[0]!.stretch;
    for (const cue of en.stretch[stretch].setup) expect(heard).not.toContain(cue);
    expect(heard).not.toContain(en.stretch[stretch].short);
    expect(heard).not.toMatch(/right side/i);
  });

  it('answers "which side am I on" during the right side with "right"', async () => {
    const { c, response, sentAt } = await started('workday');
    const hold = markFor(response, 0, 'hold');
    speakAt(c, sentAt, hold.start + 3);

    const answer = await c.say('WhichSideIntent');

    expect(words(ssmlOf(answer)).startsWith('You are on your right side.')).toBe(true);
    expect(words(ssmlOf(answer))).toContain('Now the left side');
  });

  it('answers "how many are left" mid-hold with the stretches and minutes after this one, then only the rest of the hold', async () => {
    const { c, response, sentAt } = await started('evening');
    const hold = markFor(response, 0, 'hold');
    const left = hold.end - (hold.start + 6);
    speakAt(c, sentAt, hold.start + 6);
    // Stretches 2–9 of the week-1 evening: 500 s of holds (TFL 2×30, hip flexor 4×30, frog 2×20, child's pose 20,
    // hip rotator 4×30, towel roll 2×30, twist 2×20, knees 2×20) plus their cues, rests and switches: about 14 minutes.
    const minutesAfter = 14;

    const answer = await c.say('HowManyLeftIntent');

    const ssml = ssmlOf(answer);
    const heard = words(ssml);
    expect(heard.startsWith(`After this, 8 more stretches, about ${minutesAfter} minutes.`)).toBe(true);
    expect(Math.abs(secondsBetween(ssml, CARRY_ON, COME_UP) - left)).toBeLessThanOrEqual(1);
    for (const cue of en.stretch[evening.stretches[0]!.stretch].setup) expect(heard).not.toContain(cue);
  });

  it('keeps the remaining hold\'s timeline, so a second question finds the user again', async () => {
    const { c, response, sentAt } = await started('evening');
    const hold = markFor(response, 0, 'hold');
    speakAt(c, sentAt, hold.start + 4);
    const firstAnswerAt = c.now;
    const first = await c.say('HoldDurationIntent');
    const said = Number(/About (\d+) seconds? left/.exec(words(ssmlOf(first)))?.[1]);
    const rest = markFor(first, 0, 'hold');
    speakAt(c, firstAnswerAt, rest.start + 5);

    const second = await c.say('HoldDurationIntent');

    expect(rest.end - rest.start).toBeCloseTo(said, 0);
    const again = Number(/About (\d+) seconds? left/.exec(words(ssmlOf(second)))?.[1]);
    expect(Math.abs(again - (said - 5))).toBeLessThanOrEqual(1);
  });

  it('says the count has not started while the user is still getting into position', async () => {
    const { c, response, sentAt } = await started('evening');
    const ready = markFor(response, 0, 'ready');
    speakAt(c, sentAt, ready.start + 2);

    const answer = await c.say('HoldDurationIntent');

    expect(words(ssmlOf(answer))).toContain(en.questions.gettingReady);
  });
});

describe('a question after the response has ended', () => {
  it('answers, says "say next", and "next" then goes on to the next stretch', async () => {
    const { c, response } = await started('evening');
    c.listen(response, 5);

    const answer = await c.say('HoldDurationIntent');
    c.listen(answer);
    const next = await c.say('AMAZON.NextIntent');

    const heard = words(ssmlOf(answer));
    expect(heard).toContain(`Hold for 20 seconds`);
    expect(heard).toContain(en.questions.holdDone);
    expect(heard).toMatch(/say next/i);
    expect(heard).not.toContain(HOLD_CUE);
    expect(answer.response.shouldEndSession).toBe(false);
    expect(words(ssmlOf(next))).toContain(`Stretch 2 of 9: ${plannedNames('evening')[1]}`);
  });

  it('answers "which side" and "how many are left" after the response too, each ending with "say next"', async () => {
    const { c, response } = await started('workday');
    c.listen(response, 5);

    const side = await c.say('WhichSideIntent');
    c.listen(side);
    const left = await c.say('HowManyLeftIntent');

    expect(words(ssmlOf(side))).toMatch(/You are on your left side\. Say next/);
    expect(words(ssmlOf(left))).toMatch(/^1 more stretch to go, about \d+ minutes?\. Say next/);
  });

  it('keeps every answer valid SSML with a reprompt', async () => {
    const { c, response, sentAt } = await started('evening');
    const hold = markFor(response, 0, 'hold');
    speakAt(c, sentAt, hold.start + 4);
    for (const intent of ['HoldDurationIntent', 'WhichSideIntent', 'HowManyLeftIntent', 'WhatDoesThisStretchIntent']) {
      const answer = await c.say(intent);
      c.wait(3);
      expect(answer.response.shouldEndSession).toBe(false);
    }

    await expect(responseProblems(c.responses)).resolves.toEqual({});
  });
});
