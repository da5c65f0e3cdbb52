import type { ResponseEnvelope } from 'ask-sdk-model';
import { ssmlOf, words } from '../support/conversation';
import { launchPastScreen, talkToSkill } from '../support/harness';
import { nextUntilEnd } from '../support/routine-run';

process.env.HIP_COACH_QUIET = '1';

/**
 * What a new user hears in each stretch of the morning routine (week 1), said only "next", with the
 * first phrasing of every cue (random 0). Written down by hand from lambda/src/speech/resources/en.ts,
 * lambda/src/scripts/routines.ts and stretches.ts (issue 21): kneeling hip flexor (floor, each side
 * twice), cat cow (floor, moved with the breath), the lying spinal twist (floor, each side once),
 * knees to chest (floor), the standing hamstring stretch (standing, a forward bend, twice) — 15 s holds.
 */
const MORNING = Date.parse('2026-11-03T07:15:00Z');
const WORKDAY = Date.parse('2026-11-03T13:30:00Z');
const EVENING = Date.parse('2026-11-03T20:45:00Z');

async function playedThrough(at: number): Promise<ResponseEnvelope[]> {
  const { conversation: c } = talkToSkill({ now: at });
  return nextUntilEnd(c, await launchPastScreen(c));
}

const heard = (response: ResponseEnvelope | undefined): string => words(ssmlOf(response!));
/** The SSML with its words as heard, breaks kept: `Hold. <break time="5000ms"/> …`. */
const withBreaks = (response: ResponseEnvelope | undefined): string =>
  ssmlOf(response!).replace(/^<speak>|<\/speak>$/g, '').replace(/&apos;/g, "'").replace(/\s+/g, ' ');

describe('the morning routine by ear: the cues fit the stretch and the move', () => {
  let responses: ResponseEnvelope[];
  beforeAll(async () => {
    responses = await playedThrough(MORNING);
  });

  it('plays five stretches, one response each', () => {
    expect(responses).toHaveLength(5);
  });

  it('opens the first stretch on the floor with the way down and ten seconds to get there', () => {
    expect(withBreaks(responses[0])).toContain(
      'Stretch 1 of 5: the half-kneeling hip flexor stretch. Down to the floor, no rush. ' +
        'Your right knee down on the cushion, left foot flat in front, chest tall. ' +
        'Tuck your tailbone under until the front of your right hip opens. ' +
        'If kneeling hurts, say make it easier, and we will do it standing. <break time="10000ms"/> Hold.',
    );
  });

  it('rests five seconds between rounds on a side, and gives eight seconds to roll over to the other side', () => {
    const ssml = withBreaks(responses[0]);
    expect(ssml).toContain('And release. <break time="5000ms"/> Round 2 of 2. Hold.');
    expect(ssml).toContain(
      'And release. Now the left side. Your left knee down, right foot forward, tuck your tailbone. <break time="8000ms"/> Hold.',
    );
    expect(heard(responses[0]).match(/Round 2 of 2\./g)).toHaveLength(2);
  });

  it('ends each stretch but the last naming the next one', () => {
    expect(responses.slice(0, 4).map((r) => heard(r).match(/And release\. Next: [^.]+\. Say next when ready\.$/)?.[0])).toEqual([
      'And release. Next: cat cow. Say next when ready.',
      'And release. Next: the lying spinal twist. Say next when ready.',
      'And release. Next: knees to chest. Say next when ready.',
      'And release. Next: the standing hamstring stretch. Say next when ready.',
    ]);
  });

  it('moves cat cow with the breath: no "hold", the flow cues through it, and no move cue floor to floor', () => {
    const catCow = heard(responses[1]);
    expect(withBreaks(responses[1])).toContain(
      'Stretch 2 of 5: cat cow. On hands and knees, hands under shoulders, knees under hips. ' +
        'With your breath, round your back up, then let your belly sink; small and smooth. <break time="5000ms"/> Begin, slow and smooth.',
    );
    // A 15 s flow has room for one breath cue before the countdown.
    expect(catCow).toContain('Begin, slow and smooth. Out, round up. Three. Two. One.');
    expect(catCow).not.toContain('Hold.');
    expect(catCow).not.toContain('Breathe.');
  });

  it('holds a still stretch with "hold" and a breathing cue, never the flow cues', () => {
    const twist = heard(responses[2]);
    // 15 s: the hold cue, a pause, one breathing cue, a pause, the countdown.
    expect(twist).toContain('Hold. Breathe. Three. Two. One.');
    expect(twist).not.toContain('Begin, slow and smooth.');
    expect(twist).not.toContain('Out, round up.');
  });

  it('introduces the last stretch as the last, with the way up from the floor', () => {
    expect(withBreaks(responses[4])).toContain(
      'Last one: the standing hamstring stretch. Roll to your side and come up slowly. ' +
        'Feet hip width apart, knees soft, hands on your thighs or a desk. Hinge from the hips, back long, until the backs of your thighs stretch. <break time="10000ms"/> Hold.',
    );
    expect(heard(responses[4])).not.toContain('Stretch 5 of 5');
  });

  it('brings the forward bend up slowly between rounds and at the end, never "and release", and names nothing after it', () => {
    const last = heard(responses[4]);
    expect(withBreaks(responses[4])).toContain('Come up slowly, hands on thighs. <break time="5000ms"/> Round 2 of 2. Hold.');
    expect(last).toContain('One. Come up slowly, hands on thighs. ');
    expect(last).not.toContain('And release.');
    expect(last).not.toContain('Next:');
  });
});

describe('the workday break by ear', () => {
  it('seats the user first, with six seconds to sit down, and turns them to the left after the right', async () => {
    const [first] = await playedThrough(WORKDAY);

    expect(withBreaks(first)).toContain(
      'Stretch 1 of 2: the seated twist. Sit on a firm chair. Sit tall and turn your chest to the right, a hand on the chair back. ' +
        'Grow tall on each breath in; never force the turn. <break time="6000ms"/> Hold.',
    );
    expect(withBreaks(first)).toContain('And release. Now the left side. Sit tall, turn your chest to the left. <break time="5000ms"/> Hold.');
  });

  it('gives five seconds to stand up from the chair for the hamstring stretch, with no floor cue', async () => {
    const [, hamstring] = await playedThrough(WORKDAY);

    expect(withBreaks(hamstring)).toContain(
      'Last one: the standing hamstring stretch. Feet hip width apart, knees soft, hands on your thighs or a desk. ' +
        'Hinge from the hips, back long, until the backs of your thighs stretch. <break time="5000ms"/> Hold.',
    );
  });
});

describe('resuming partway through a stretch by ear', () => {
  type Marks = { step: number; phase: string; start: number; end: number }[];
  const marksOf = (r: ResponseEnvelope): Marks => (r.sessionAttributes as { hipCoach: { s: { last: { marks: Marks } } } }).hipCoach.s.last.marks;

  it('picks a stretch done with both legs up at the round paused in, without introducing it again', async () => {
    const { conversation: c } = talkToSkill({ now: EVENING });
    // The evening opens with the standing hamstring stretch: two rounds, steps 0 and 1.
    const first = await launchPastScreen(c);
    const secondRound = marksOf(first).find((m) => m.step === 1 && m.phase === 'hold')!;
    c.wait(secondRound.start + 3);
    await c.say('AMAZON.PauseIntent');
    c.wait(600);

    const resumed = await c.say('AMAZON.ResumeIntent');

    // The first stretch of the routine, standing: six seconds to stand ready, no move to cue.
    expect(withBreaks(resumed)).toMatch(
      /^Back to the standing hamstring stretch\. Feet hip width apart, knees soft, hands on your thighs or a desk\. Hinge from the hips, back long, until the backs of your thighs stretch\. <break time="6000ms"\/> Hold\./,
    );
    expect(heard(resumed)).not.toContain('Round 2 of 2');
    expect(heard(resumed)).not.toContain('Stretch 1 of 9');
  });
});
