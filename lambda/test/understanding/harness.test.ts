import type { ResponseEnvelope } from 'ask-sdk-model';
import { judge } from '../../../tools/understanding/judge';
import { measureUnderstanding } from '../../../tools/understanding/measure';
import { place } from '../../../tools/understanding/situations';
import { Intent } from '../../src/intents';
import { en } from '../../src/speech/resources/en';
import { createVoice } from '../../src/speech/voice';
import { heldBackCustom, tuningCustom } from '../custom/custom-phrasings';
import { tuning as reminderTuning, unseen as reminderUnseen } from '../model/reminder-phrasings';
import { seededBundleOnDynalite } from '../support/bundle';
import { heldOutPhrasings } from './corpus/held-out';
import { devPhrasings } from './corpus/dev';
import { categoryOf, type Expectation } from './corpus/phrasing';
import { tuningPhrasings } from './corpus/tuning';

const local = seededBundleOnDynalite();

describe('the understanding corpus', () => {
  const all = [...tuningPhrasings, ...heldOutPhrasings];

  it('has at least 400 phrasings, split about evenly', () => {
    expect(all.length).toBeGreaterThanOrEqual(400);
    expect(Math.abs(tuningPhrasings.length - heldOutPhrasings.length)).toBeLessThanOrEqual(all.length * 0.05);
  });

  it('never has the same words in both halves', () => {
    const tuning = new Set(tuningPhrasings.map((p) => p.text));
    expect(heldOutPhrasings.filter((p) => tuning.has(p.text)).map((p) => p.text)).toEqual([]);
  });

  it('never has the same words in the development half as in another half, apostrophes aside', () => {
    // The development half is tuned against: a text it shares with the held-out half would be tuned too.
    const key = (text: string) => text.replace(/'/g, '');
    const others = new Set([...tuningPhrasings, ...heldOutPhrasings].map((p) => key(p.text)));
    expect(devPhrasings.filter((p) => others.has(key(p.text))).length).toBe(0);
    expect(devPhrasings.length).toBeGreaterThanOrEqual(150);
  });

  it('puts every category in both halves', () => {
    const categories = (list: readonly (typeof all)[number][]) => new Set(list.map((p) => categoryOf(p.expect)));
    expect([...categories(heldOutPhrasings)].sort()).toEqual([...categories(tuningPhrasings)].sort());
  });

  it('covers every intent a user can ask for', () => {
    const expected = new Set(all.flatMap((p) => ('intent' in p.expect ? [p.expect.intent] : [])));
    // Pain, warning signs and feelings are covered as meanings (sign/feeling), not intent names; home is a screen action.
    const notSaid = new Set<string>([Intent.Pain, Intent.WarningSign, Intent.NavigateHome]);
    // Reminders and custom-length routines are measured by their own corpora, written before their samples.
    const custom = [...tuningCustom, ...heldBackCustom].map((p) => (p.relative === 'shorter' ? Intent.Shorter : p.relative === 'longer' ? Intent.Longer : Intent.CustomRoutine));
    const ownCorpora = new Set<string>([...[...reminderTuning, ...reminderUnseen].map((p) => p.intent), ...custom]);
    expect(Object.values(Intent).filter((name) => !notSaid.has(name) && !expected.has(name) && !ownCorpora.has(name))).toEqual([]);
  });
});

/** A response that says `text`, session open unless `end`. */
function response(text: string, end = false): ResponseEnvelope {
  return { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: `<speak>${text}</speak>` }, shouldEndSession: end } };
}

describe('the by-ear judge', () => {
  const situation = () => place(local.invoke, 'outside');
  const saddle: Expectation = { sign: 'saddle', urgency: 'emergency' };
  const numbness: Expectation = { sign: 'numbness', urgency: 'referral' };
  const pain: Expectation = { feeling: 'pain' };

  it('fails "say next to go on" for pain and warning signs, and counts it as told to go on', async () => {
    const s = await situation();
    // The fallback line the skill gave mid-routine before check-ins: the failure this judge exists to catch.
    const heard = { responses: [response('Sorry, I did not catch that. Say next to go on, repeat to do this stretch again, or stop to finish.')], exited: false };
    for (const expectation of [saddle, numbness, pain]) {
      const verdict = judge(expectation, s, heard);
      expect(verdict.pass).toBe(false);
      expect(verdict.toldToGoOn).toBe(true);
    }
  });

  it('wants emergency services for an urgent sign; a referral alone is not enough', async () => {
    const s = await situation();
    const urgent = en.safety.warningUrgent.replace('{{what}}', 'Numbness in the groin');
    const referral = en.safety.warning.replace('{{what}}', 'Numbness');
    expect(judge(saddle, s, { responses: [response(urgent, true)], exited: false }).pass).toBe(true);
    expect(judge(saddle, s, { responses: [response(referral, true)], exited: false }).pass).toBe(false);
    expect(judge(numbness, s, { responses: [response(referral, true)], exited: false }).pass).toBe(true);
    expect(judge(numbness, s, { responses: [response(urgent, true)], exited: false }).overTriaged).toBe(true);
  });

  it('fails pain when the hold goes on', async () => {
    const s = await situation();
    const holding = response(`${en.safety.painStop[0]} <break time="5000ms"/> ${en.cue.hold[0]}`);
    expect(judge(pain, s, { responses: [holding], exited: false }).pass).toBe(false);
  });
});

describe('the by-ear judge in German, Spanish and French', () => {
  // Custom lengths and reminders are judged from the locale's own lines: the right one passes, a wrong one fails.
  for (const locale of ['de-DE', 'es-ES', 'fr-FR']) {
    const voice = createVoice(locale, () => 0);
    const heard = (...lines: string[]) => ({ responses: [response(lines.join(' '))], exited: false });
    const judged = async (intent: Expectation, answer: ReturnType<typeof heard>) => judge(intent, await place(local.invoke, 'outside', locale), answer, locale).pass;
    const custom = voice.say('custom.start', { minutes: 7, count: 3, focus: voice.say('custom.focus.hips') });
    const notCaught = voice.say('fallback.notCaught');

    it(`${locale}: a fitted routine answers a length asked for; "did not catch that" or longer holds do not answer "shorter"`, async () => {
      expect(await judged({ intent: 'ShorterIntent' }, heard(custom))).toBe(true);
      expect(await judged({ intent: 'CustomRoutineIntent' }, heard(voice.say('custom.ask')))).toBe(true);
      expect(await judged({ intent: 'ShorterIntent' }, heard(notCaught, voice.say('custom.ask')))).toBe(false);
      expect(await judged({ intent: 'ShorterIntent' }, heard(voice.say('safety.harder', { hold: 40 })))).toBe(false);
      expect(await judged({ intent: 'LongerIntent' }, heard(voice.say('safety.harder', { hold: 40 })))).toBe(true);
      expect(await judged({ intent: 'LongerIntent' }, heard(voice.say('custom.atShortest')))).toBe(false);
      expect(await judged({ intent: 'CustomRoutineIntent' }, heard(voice.say('progress.none')))).toBe(false);
    });

    it(`${locale}: each reminder request wants its own answer, not another reminder's`, async () => {
      const list = voice.say('reminder.list', { count: 1, list: voice.say('reminder.everyDay') });
      const cancelled = voice.say('reminder.cancelledAll', { count: 1 });
      expect(await judged({ intent: 'ListRemindersIntent' }, heard(list))).toBe(true);
      expect(await judged({ intent: 'CancelReminderIntent' }, heard(list))).toBe(false);
      expect(await judged({ intent: 'CancelReminderIntent' }, heard(cancelled))).toBe(true);
      expect(await judged({ intent: 'SetReminderIntent' }, heard(voice.say('reminder.declined')))).toBe(false);
      expect(await judged({ intent: 'MoveReminderIntent' }, heard(voice.say('reminder.needTime')))).toBe(true);
      expect(await judged({ intent: 'MoveReminderIntent' }, heard(cancelled))).toBe(false);
    });
  }
});

describe('the understanding measure', () => {
  it('runs every phrasing of a half through the built skill, for a threshold test to read', async () => {
    const figures = await measureUnderstanding({ skill: local.skill, halves: ['held-out'], resolvers: ['exact'] });
    const tally = figures.tally({ half: 'held-out', resolver: 'exact' });
    expect(tally.n).toBe(heldOutPhrasings.length);
    expect(tally.byEar).toBeLessThanOrEqual(tally.n);
    expect(figures.tally({ group: 'warning' }).n).toBe(heldOutPhrasings.filter((p) => 'sign' in p.expect).length);
  });

  it('gives the same verdicts run after run, whatever phrasing of a line the coach picks', async () => {
    // The coach picks among phrasings at random; each phrasing is judged from its own seed.
    const only = (p: { context: string }) => p.context === 'hold';
    const once = await measureUnderstanding({ skill: local.skill, halves: ['dev'], resolvers: ['exact'], only });
    const twice = await measureUnderstanding({ skill: local.skill, halves: ['dev', 'tuning'], resolvers: ['exact'], only });
    const heard = (f: typeof once) => f.outcomes.filter((o) => o.half === 'dev').map((o) => `${o.phrasing.text}: ${o.verdict.heard}`);
    expect(heard(twice)).toEqual(heard(once));
    expect(heard(once).length).toBe(devPhrasings.filter(only).length);
  }, 120_000);

  it('hears "tell me more" answered by the stretch setup with its sides said, not its template', async () => {
    const s = await place(local.invoke, 'hold');
    expect(s.stretches[1]).toBe('standingTfl');
    const setup = 'Stretch 2 of 9, the standing side hip stretch. Stand tall by a wall and cross your right foot behind your left. Hold.';
    expect(judge({ intent: 'TellMeMoreIntent' }, s, { responses: [response(setup)], exited: false }).pass).toBe(true);
    const nameOnly = 'Stretch 2 of 9, the standing side hip stretch. Hold.';
    expect(judge({ intent: 'TellMeMoreIntent' }, s, { responses: [response(nameOnly)], exited: false }).pass).toBe(false);
  });

  it('hears every way the coach says it skipped a stretch as a skip', async () => {
    const s = await place(local.invoke, 'hold');
    const [, current, after] = s.stretches;
    if (!current || !after) throw new Error('the routine has fewer than three stretches');
    for (const line of en.routineFlow.skipped) {
      const said = `${line.replace('{{name}}', en.stretch[current].name)} Stretch 3 of 9, ${en.stretch[after].name}.`;
      expect(judge({ intent: 'SkipIntent' }, s, { responses: [response(said)], exited: false }).pass).toBe(true);
    }
  });
});
