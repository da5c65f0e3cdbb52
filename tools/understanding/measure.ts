/**
 * The understanding measure: every corpus phrasing, through each resolver, into the built skill
 * at the point of a routine where it is said, judged by ear. Returns the figures; printing is
 * the caller's (tools/understanding.ts), so a jest test can assert on the held-out half.
 */
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createVoice } from '../../lambda/src/speech/voice';
import { ssmlOf, words } from '../../lambda/test/support/conversation';
import { heldOutPhrasings } from '../../lambda/test/understanding/corpus/held-out';
import { categoryOf, type Expectation, type Phrasing } from '../../lambda/test/understanding/corpus/phrasing';
import { devPhrasings } from '../../lambda/test/understanding/corpus/dev';
import { tuningPhrasings } from '../../lambda/test/understanding/corpus/tuning';
import { judge, type Verdict } from './judge';
import { loadInteractionModel, type InteractionModel } from './project-nlu';
import { exactResolver, statisticalResolver, type Heard, type Resolver } from './resolvers';
import { place } from './situations';
import { seedOf, startBuiltSkill, type SkillUnderTest } from './skill';

/** tuning and dev may be tuned against; held-out is only ever run. */
export type Half = 'tuning' | 'dev' | 'held-out';
export type ResolverName = 'exact' | 'statistical';

export const halves: Readonly<Record<Half, readonly Phrasing[]>> = { tuning: tuningPhrasings, dev: devPhrasings, 'held-out': heldOutPhrasings };

/** The four headline groups of the "done when". */
export type Group = 'everyday' | 'warning' | 'pain' | 'cramp';

export function groupOf(expect: Expectation): Group {
  if ('sign' in expect) return 'warning';
  if ('feeling' in expect) return expect.feeling;
  return 'everyday';
}

export interface Outcome {
  readonly half: Half;
  readonly resolver: ResolverName;
  readonly phrasing: Phrasing;
  readonly category: string;
  readonly group: Group;
  /** What the resolver made of it: an intent name (with a routine slot's id), "launch" or "exit". */
  readonly heardAs: string;
  readonly intentHit: boolean;
  readonly verdict: Verdict;
}

export interface Tally {
  readonly n: number;
  readonly intentHits: number;
  readonly byEar: number;
  /** Safety phrasings (warning signs, pain) answered with an invitation to go on, or a hold that went on. */
  readonly toldToGoOn: number;
  readonly overTriaged: number;
}

export interface Figures {
  readonly outcomes: readonly Outcome[];
  /** Tally of the outcomes that match. */
  tally(filter: { half?: Half; resolver?: ResolverName; group?: Group; category?: string }): Tally;
}

const SAME: readonly (readonly string[])[] = [
  ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'exit'],
  ['AMAZON.NextIntent', 'AMAZON.ResumeIntent'],
];

function routineIdOf(heard: Heard): string | undefined {
  if (heard.kind !== 'intent') return undefined;
  const slot = heard.intent.slots?.routine;
  const authority = slot?.resolutions?.resolutionsPerAuthority?.[0];
  return authority?.status.code === 'ER_SUCCESS_MATCH' ? authority.values[0]?.value.id : undefined;
}

function heardName(heard: Heard): string {
  return heard.kind === 'intent' ? heard.intent.name : heard.kind === 'end' ? 'exit' : 'launch';
}

/** Did the resolver read the right intent (and, for a named routine, the right routine)? */
export function intentHit(expect: Expectation, heard: Heard): boolean {
  const name = heardName(heard);
  if ('sign' in expect) return name === 'WarningSignIntent' || name === 'DescribeFeelingIntent';
  // No intent is modelled for a cramp today; one named for it would count.
  if ('feeling' in expect) return name === 'PainIntent' || name === 'DescribeFeelingIntent' || (expect.feeling === 'cramp' && /cramp/i.test(name));
  if (expect.intent === 'StartRoutineIntent' && expect.routine) return name === expect.intent && routineIdOf(heard) === expect.routine;
  return name === expect.intent || SAME.some((set) => set.includes(name) && set.includes(expect.intent));
}

/** A new user starting a routine is screened first: answer "no" twice, as a user with no warning signs would. */
async function throughScreen(situation: Awaited<ReturnType<typeof place>>, responses: ResponseEnvelope[], locale: string): Promise<void> {
  const voice = createVoice(locale, () => 0);
  const [q1, q2] = [voice.say('screen.q1'), voice.say('screen.q2')];
  for (let i = 0; i < 2; i++) {
    const lastResponse = responses[responses.length - 1];
    if (!lastResponse || lastResponse.response.shouldEndSession !== false) return;
    const said = words(ssmlOf(lastResponse));
    if (!said.includes(q1) && !said.includes(q2)) return;
    responses.push(await situation.conversation.say('AMAZON.NoIntent'));
  }
}

async function answerOf(skill: SkillUnderTest, phrasing: Phrasing, heard: Heard, key: string, locale: string): Promise<{ verdict: Verdict }> {
  // Its own seed: the phrasings the coach picks do not depend on what was said before, in this run or another.
  skill.reseed(seedOf(key));
  const situation = await place(skill.invoke, phrasing.context, locale);
  const c = situation.conversation;
  const responses: ResponseEnvelope[] = [];
  if (heard.kind === 'end') {
    await c.send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
  } else {
    responses.push(heard.kind === 'launch' ? await c.launch() : await c.send({ type: 'IntentRequest', intent: heard.intent }));
    if (phrasing.context === 'outside' && 'intent' in phrasing.expect) await throughScreen(situation, responses, locale);
  }
  return { verdict: judge(phrasing.expect, situation, { responses, exited: heard.kind === 'end' }, locale) };
}

export interface MeasureOptions {
  /** The skill to talk to; default: the built (seeded) bundle on a fresh dynalite (run `npm run build` first). */
  readonly skill?: SkillUnderTest;
  readonly halves?: readonly Half[];
  /** Only the phrasings this accepts (default: all of each half). */
  readonly only?: (phrasing: Phrasing) => boolean;
  readonly resolvers?: readonly ResolverName[];
  readonly model?: InteractionModel;
  /** The locale spoken (its model, its words, its judge); default en-US. */
  readonly locale?: string;
  /** The corpus halves to measure; default the English corpus. */
  readonly corpus?: Readonly<Record<Half, readonly Phrasing[]>>;
}

export async function measureUnderstanding(options: MeasureOptions = {}): Promise<Figures> {
  const locale = options.locale ?? 'en-US';
  const corpus = options.corpus ?? halves;
  const model = options.model ?? loadInteractionModel(locale);
  const wanted = options.resolvers ?? ['exact', 'statistical'];
  const resolvers: Resolver[] = [];
  for (const name of wanted) resolvers.push(name === 'exact' ? exactResolver(model, locale) : await statisticalResolver(model));
  const started = options.skill ? undefined : await startBuiltSkill();
  const skill = options.skill ?? started;
  if (!skill) throw new Error('no skill to talk to');
  const outcomes: Outcome[] = [];
  // The same request in the same situation sounds the same: judge it once for both resolvers.
  const judged = new Map<string, Verdict>();
  try {
    for (const half of options.halves ?? (['tuning', 'dev', 'held-out'] as const)) {
      for (const phrasing of corpus[half].filter(options.only ?? (() => true))) {
        for (const resolver of resolvers) {
          const heard = await resolver.hear(phrasing.text);
          const key = `${phrasing.context}|${JSON.stringify(phrasing.expect)}|${JSON.stringify(heard)}`;
          let verdict = judged.get(key);
          if (!verdict) {
            verdict = (await answerOf(skill, phrasing, heard, key, locale)).verdict;
            judged.set(key, verdict);
          }
          const routine = routineIdOf(heard);
          outcomes.push({
            half,
            resolver: resolver.name as ResolverName,
            phrasing,
            category: categoryOf(phrasing.expect),
            group: groupOf(phrasing.expect),
            heardAs: routine ? `${heardName(heard)}(${routine})` : heardName(heard),
            intentHit: intentHit(phrasing.expect, heard),
            verdict,
          });
        }
      }
    }
  } finally {
    await started?.stop();
  }
  return {
    outcomes,
    tally(filter) {
      const chosen = outcomes.filter(
        (o) =>
          (!filter.half || o.half === filter.half) &&
          (!filter.resolver || o.resolver === filter.resolver) &&
          (!filter.group || o.group === filter.group) &&
          (!filter.category || o.category === filter.category),
      );
      const safety = (o: Outcome) => o.group === 'warning' || o.group === 'pain';
      return {
        n: chosen.length,
        intentHits: chosen.filter((o) => o.intentHit).length,
        byEar: chosen.filter((o) => o.verdict.pass).length,
        toldToGoOn: chosen.filter((o) => safety(o) && o.verdict.toldToGoOn).length,
        overTriaged: chosen.filter((o) => o.group === 'warning' && o.verdict.overTriaged).length,
      };
    },
  };
}
