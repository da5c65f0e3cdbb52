import { ssmlOf, words } from '../support/conversation';
import { talkToSkill } from '../support/harness';

process.env.HIP_COACH_QUIET = '1';

/**
 * The workday break's last stretch plays with the routine's end in the same response, so the
 * routine is counted as that response is sent. "Repeat that" said over that stretch plays it
 * again; its end then says what the routine was worth the first time, not a fresh tally of the holds cut short.
 * Words from lambda/src/speech/resources/en.ts.
 */
const WORKDAY = Date.parse('2026-11-03T12:30:00Z');

describe('"repeat" or "start over" over the last stretch, after the routine was counted', () => {
  it('plays the stretch again and ends with the same tally as the first time, without "most of the holds were skipped"', async () => {
    const { conversation: c, store } = talkToSkill({ now: WORKDAY, onboarded: true });
    c.listen(await c.startPastScreen('workday'));
    c.listen(await c.say('AMAZON.NextIntent'));
    const last = await c.say('AMAZON.NextIntent');
    expect(words(ssmlOf(last))).toContain('That is your workday break done');
    c.wait(15);

    const again = await c.say('AMAZON.RepeatIntent');

    const heard = words(ssmlOf(again));
    expect(heard).not.toContain('Most of the holds were skipped');
    expect(heard).toContain('That is your workday break done: 1 minute of stretching. Well done.');
    const record = await store.load(c.userId);
    expect(record?.totals.sessions).toBe(1);
  });

  it('"start over" said over the last stretch plays the routine again: "next" goes on to the second stretch, and it is counted once', async () => {
    const { conversation: c, store } = talkToSkill({ now: WORKDAY, onboarded: true });
    c.listen(await c.startPastScreen('workday'));
    c.listen(await c.say('AMAZON.NextIntent'));
    await c.say('AMAZON.NextIntent');
    c.wait(15);

    const over = await c.say('AMAZON.StartOverIntent');
    expect(words(ssmlOf(over))).toMatch(/^Starting your workday break again from the top\. Stretch 1 of 2: the seated twist\./);
    expect(words(ssmlOf(over))).toMatch(/Next: the standing hamstring stretch\. Say next when ready\.$/);
    c.listen(over);

    const next = await c.say('AMAZON.NextIntent');
    const heard = words(ssmlOf(next));
    expect(heard).toMatch(/^Last one: the standing hamstring stretch\./);
    expect(heard).toContain('That is your workday break done: 1 minute of stretching. Well done.');
    const record = await store.load(c.userId);
    expect(record?.totals.sessions).toBe(1);
  });
});
