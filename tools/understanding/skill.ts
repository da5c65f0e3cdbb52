/**
 * The skill under measure: the built bundle on a local DynamoDB API (dynalite), with its
 * randomness seeded per phrasing. The coach picks among phrasings of a line at random; the
 * understanding figures must not depend on which one a run happened to pick, nor on the order
 * the phrasings are said in, so each phrasing's conversation starts from its own seed.
 *
 * The seeded bundle (console/dist/seeded.js) is built by `npm run build` from the same source
 * as lambda/dist/index.js, with buildSkill given a random instead of Math.random.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { seededRandom } from '../../console/app';
import { startDynalite, type LocalDynamo } from '../local-dynamo';
import type { Invoke } from '../../lambda/test/support/conversation';

type Handler = (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;

export const SEEDED_BUNDLE = path.resolve(__dirname, '../../console/dist/seeded.js');

export interface SkillUnderTest {
  readonly invoke: Invoke;
  /** Starts the skill's randomness afresh from `seed`: the same seed, the same phrasings picked. */
  reseed(seed: number): void;
}

export interface BuiltSkill extends SkillUnderTest {
  stop(): Promise<void>;
}

/** FNV-1a of a text: a phrasing's own seed, whatever runs before it. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The seeded bundle over the current environment's table (set the environment first). */
export function seededSkill(): SkillUnderTest {
  if (!existsSync(SEEDED_BUNDLE)) throw new Error(`${SEEDED_BUNDLE} does not exist: run \`npm run build\` first.`);
  const { seededHandler } = createRequire(__filename)(SEEDED_BUNDLE) as { seededHandler: (random: () => number) => Handler };
  let random = seededRandom(0);
  const handler = seededHandler(() => random());
  return {
    invoke: (event) => handler(event, {}),
    reseed(seed) {
      random = seededRandom(seed);
    },
  };
}

/** Starts dynalite, points the environment at it and loads the seeded bundle. */
export async function startBuiltSkill(): Promise<BuiltSkill> {
  const dynamo: LocalDynamo = await startDynalite({ tableName: 'hip-coach-understanding' });
  dynamo.useEnv();
  process.env.HIP_COACH_QUIET = '1';
  // Loaded after the environment is set: the handler reads its configuration when it is built, as on Lambda.
  const skill = seededSkill();
  return { ...skill, stop: () => dynamo.stop() };
}
