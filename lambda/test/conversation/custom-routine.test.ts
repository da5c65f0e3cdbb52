import type { ResponseEnvelope } from 'ask-sdk-model';
import { MIN_COUNTED_MINUTES, type CustomSpec } from '../../src/coach/custom-spec';
import type { SessionState } from '../../src/session/session-state';
import { stretches } from '../../src/scripts/stretches';
import { en } from '../../src/speech/resources/en';
import { playSeconds, ssmlOf, words } from '../support/conversation';
import { repromptOf, talkToSkill } from '../support/harness';
import { nextUntilEnd } from '../support/routine-run';
import { responseProblems } from '../support/speech-checks';

process.env.HIP_COACH_QUIET = '1';

/** An evening in UTC: the coach may use the seeds' full hold ranges. */
const EVENING = Date.parse('2026-11-03T20:45:00Z');

function stateOf(response: ResponseEnvelope): SessionState {
  return (response.sessionAttributes as { hipCoach: { s: SessionState } }).hipCoach.s;
}

function customOf(response: ResponseEnvelope): CustomSpec {
  const custom = stateOf(response).routine?.custom;
  if (!custom) throw new Error('the response carries no custom routine');
  return custom;
}

describe('"a five minute stretch for my lower back"', () => {
  it('says what it will be, answers "how long do I hold this" mid-hold, finishes, and the progress summary counts it', async () => {
    const { conversation: c, store } = talkToSkill({ onboarded: true, now: EVENING });
    const first = await c.say('CustomRoutineIntent', ['minutes', '5', '5', 'AMAZON.NUMBER'], ['focus', 'lower back', 'lowerBack', 'FocusType']);
    const custom = customOf(first);
    const heard = words(ssmlOf(first));
    // What it will be, by ear: length, focus and how many stretches.
    expect(heard).toMatch(new RegExp(`^Here is your 5 minute routine for your lower back, ${custom.items.length} stretches\\.`));
    // Every stretch chosen works the lower back, by the muscles the seeds name.
    for (const [id] of custom.items) expect(stretches[id].targets).toContain('lowerBack');

    // Five seconds into the first hold, by the timeline the response kept.
    const hold = stateOf(first).last?.marks.find((m) => m.phase === 'hold');
    if (!hold) throw new Error('no hold in the first response');
    const sentAt = c.now;
    c.now = sentAt + Math.round((hold.start + 5) * 1000);
    const answer = await c.say('HoldDurationIntent');
    const answered = words(ssmlOf(answer));
    expect(answered).toMatch(/^Hold each side for \d+ seconds/);
    expect(answered).toContain(en.cue.carryOn[0]);
    expect(answer.response.shouldEndSession).toBe(false);

    // Then "next" through to the end, listening to each response in full.
    const rest = await nextUntilEnd(c, answer);
    const last = words(ssmlOf(rest[rest.length - 1]!));
    expect(last).toMatch(/That is your routine for your lower back done: \d+ minutes held in the stretches\./);
    expect(last).not.toContain('do not count');
    expect(await responseProblems([first, answer, ...rest])).toEqual({});

    // Played length, by the SSML the user heard, near the five minutes asked (the answered question replayed part of a hold).
    const played = [first, ...rest.slice(1)].reduce((sum, r) => sum + playSeconds(ssmlOf(r)), 0);
    expect(played).toBeGreaterThan(5 * 60 * 0.9);
    expect(played).toBeLessThan(5 * 60 * 1.15);

    const record = await store.load(c.userId);
    expect(record?.totals.sessions).toBe(1);
    expect(record?.sessions.map((s) => s.routine)).toEqual(['custom']);
    const progress = await c.say('ProgressIntent');
    expect(words(ssmlOf(progress))).toMatch(/\b1 session\b|\bone session\b/i);
  });

  it('picks a custom routine up after a stop: "resume" rebuilds the same stretches at the saved side', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    const first = await c.say('CustomRoutineIntent', ['minutes', '10', '10', 'AMAZON.NUMBER']);
    const custom = customOf(first);
    c.listen(first);
    const second = await c.say('AMAZON.NextIntent');
    c.wait(20);
    await c.say('AMAZON.StopIntent');
    expect(c.open).toBe(false);

    const launch = await c.launch();
    expect(words(ssmlOf(launch))).toContain(en.custom.name);
    const resumed = await c.say('AMAZON.YesIntent');
    expect(customOf(resumed)).toEqual(custom);
    expect(stateOf(resumed).routine?.step).toBe(stateOf(second).routine?.step);
    expect(await responseProblems([first, second, launch, resumed])).toEqual({});
  });

  it('says plainly when the catalogue cannot fill the minutes, and when a short routine will not count', async () => {
    const { conversation: c, store } = talkToSkill({ onboarded: true, now: EVENING });
    const long = await c.say('CustomRoutineIntent', ['minutes', '30', '30', 'AMAZON.NUMBER'], ['focus', 'hamstrings', 'hamstrings', 'FocusType']);
    expect(words(ssmlOf(long))).toMatch(/At your current level I only have about \d+ minutes of stretches for your hamstrings, not 30 minutes/);
    await c.say('AMAZON.StopIntent');

    const short = await c.say('CustomRoutineIntent', ['minutes', '2', '2', 'AMAZON.NUMBER']);
    expect(words(ssmlOf(short))).toMatch(/^Here is your 2 minute routine/);
    const all = await nextUntilEnd(c, short);
    const end = words(ssmlOf(all[all.length - 1]!));
    expect(end).toContain(`Routines under ${MIN_COUNTED_MINUTES} minutes add their minutes to your total`);
    const record = await store.load(c.userId);
    expect(record?.totals.sessions).toBe(0);
    expect(record?.totals.seconds).toBeGreaterThan(0);
  });

  it('makes "something shorter" shorter than the routine in progress, and asks for minutes out of range', async () => {
    const { conversation: c } = talkToSkill({ onboarded: true, now: EVENING });
    const ten = await c.say('CustomRoutineIntent', ['minutes', '12', '12', 'AMAZON.NUMBER']);
    expect(customOf(ten).minutes).toBe(12);
    const shorter = await c.say('ShorterIntent');
    expect(customOf(shorter).minutes).toBe(8);
    const longer = await c.say('LongerIntent');
    expect(customOf(longer).minutes).toBe(12);
    const tooLong = await c.say('CustomRoutineIntent', ['minutes', '45', '45', 'AMAZON.NUMBER']);
    expect(words(ssmlOf(tooLong))).toBe(en.custom.outOfRange);
    expect(repromptOf(tooLong)).toBe(en.custom.ask);
    expect(tooLong.response.shouldEndSession).toBe(false);
  });
});
