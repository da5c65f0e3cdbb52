import { MemoryProgressStore } from '../../src/progress/memory-store';
import { buildSkill } from '../../src/skill';
import { en } from '../../src/speech/resources/en';
import { Conversation, ssmlOf, words } from '../support/conversation';

process.env.HIP_COACH_QUIET = '1';

function user(store = new MemoryProgressStore()) {
  const skill = buildSkill({ store, random: () => 0 });
  return { store, c: new Conversation((e) => skill.invoke(e), 'amzn1.ask.account.leaving') };
}

async function twoStretchesHeard(c: Conversation) {
  let r = await c.startPastScreen('evening');
  c.listen(r);
  r = await c.say('AMAZON.NextIntent');
  c.listen(r);
  return r;
}

describe('leaving a routine', () => {
  it('counts a stretch heard to its end as done, even after a question between stretches', async () => {
    const { c } = user();
    await twoStretchesHeard(c);
    const left = await c.say('HowManyLeftIntent');
    expect(words(ssmlOf(left))).toMatch(/^7 more stretches to go/);
    const bye = await c.say('AMAZON.StopIntent');
    expect(words(ssmlOf(bye))).toMatch(/You got through 2 of 9 stretches/);
  });

  it('does not say "0 of 9" when the user stops before finishing the first stretch', async () => {
    const { c } = user();
    await c.startPastScreen('evening'); // mid first stretch: nothing finished yet
    const bye = words(ssmlOf(await c.say('AMAZON.StopIntent')));
    expect(bye).not.toMatch(/\b0 of\b/);
    expect(bye).toMatch(/saved your place/);
  });

  it('saves the next stretch as the place to resume when the user stops after finishing one', async () => {
    const { c, store } = user();
    await twoStretchesHeard(c);
    await c.say('AMAZON.StopIntent');
    const record = await store.load(c.userId);
    c.wait(600);
    await c.launch();
    const resumed = await c.say('AMAZON.YesIntent');
    expect(record?.inProgress?.step).toBeGreaterThan(0);
    expect(words(ssmlOf(resumed))).toMatch(/^Stretch 3 of 9: the half-kneeling hip flexor stretch/);
  });

  it('keeps the side the user was on when they stop mid-stretch', async () => {
    const { c } = user();
    let r = await twoStretchesHeard(c);
    r = await c.say('AMAZON.RepeatIntent'); // the one-sided standing side hip stretch again
    const marks = (r.sessionAttributes as { hipCoach: { s: { last: { marks: { step: number; phase: string; start: number }[] } } } }).hipCoach.s.last.marks;
    const leftHold = marks.filter((m) => m.phase === 'hold')[1]!;
    c.wait(leftHold.start + 3);
    await c.say('AMAZON.StopIntent');
    c.wait(600);
    await c.launch();
    const resumed = await c.say('AMAZON.YesIntent');
    expect(words(ssmlOf(resumed))).toMatch(/^Back to the standing side hip stretch, left side/);
  });
});

describe('resuming after pain and a timeout', () => {
  type Marks = { step: number; phase: string; start: number; end: number }[];
  const marksOf = (r: Awaited<ReturnType<Conversation['say']>>): Marks =>
    (r.sessionAttributes as { hipCoach: { s: { last: { marks: Marks } } } }).hipCoach.s.last.marks;

  it('holds the right side when "this hurts" came while getting into it and the session then timed out', async () => {
    const { c } = user();
    // The half-kneeling hip flexor stretch: two rounds on the right (steps 0, 1), then two on the left (2, 3).
    const first = await c.startPastScreen('morning');
    const marks = marksOf(first);
    const rightReady = marks.find((m) => m.step === 0 && m.phase === 'ready')!;
    const leftHold = marks.find((m) => m.step === 2 && m.phase === 'hold')!;
    c.wait(rightReady.start + 2);
    await c.say('PainIntent');
    // Long enough that the stretch response, had it played on, would be on the left side by now.
    c.wait(leftHold.start + 3 - (rightReady.start + 2));
    await c.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    c.wait(600);

    const resumed = await c.say('AMAZON.ResumeIntent');

    const heard = words(ssmlOf(resumed));
    expect(marksOf(resumed).find((m) => m.phase === 'hold')?.step).toBe(0);
    expect(heard).toContain('Your right knee down');
    expect(heard.indexOf('Now the left side')).toBeGreaterThan(heard.indexOf(en.cue.hold[0]));
  });

  it('holds the left side when the user paused during it and the session then timed out', async () => {
    const { c } = user();
    const first = await c.startPastScreen('morning');
    const leftHold = marksOf(first).find((m) => m.step === 2 && m.phase === 'hold')!;
    c.wait(leftHold.start + 3);
    await c.say('AMAZON.PauseIntent');
    c.wait(120); // long after the stretch response would have ended
    await c.send({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    c.wait(600);

    const resumed = await c.say('AMAZON.ResumeIntent');

    expect(marksOf(resumed).find((m) => m.phase === 'hold')?.step).toBe(2);
    expect(words(ssmlOf(resumed))).toMatch(/^Back to the half-kneeling hip flexor stretch, left side/);
  });
});

describe('during the first-use screen', () => {
  it('asking for a routine repeats the open question, then starts that routine after the answers', async () => {
    const { c } = user();
    await c.launch();
    await c.say('AMAZON.NoIntent');
    let r = await c.start('workday');
    expect(words(ssmlOf(r))).toMatch(/^We will start as soon as you have answered, yes or no\. And second:/);
    r = await c.say('AMAZON.NoIntent');
    expect(words(ssmlOf(r))).toMatch(/workday break/);
  });
});
