import { createRequire } from 'node:module';
import path from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { startDynalite, type LocalDynamo } from '../../../tools/local-dynamo';
import { seededSkill, type SkillUnderTest } from '../../../tools/understanding/skill';

type Handler = (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;

export const BUNDLE = path.resolve(__dirname, '../../dist/index.js');

/**
 * Set by jest.mutation.config.js: StrykerJS mutates the source, and a test of the prebuilt bundle
 * could never see a mutant, so in a mutation run these tests load the source entry (the same
 * `handler`) in the bundle's place. Every other run tests the bundle Lambda runs.
 */
const SOURCE_IN_PLACE_OF_BUNDLE =
  process.env.HIP_COACH_TEST_SOURCE_AS_BUNDLE === '1' || (globalThis as { HIP_COACH_TEST_SOURCE_AS_BUNDLE?: unknown }).HIP_COACH_TEST_SOURCE_AS_BUNDLE === true;

/**
 * Loads the built Lambda bundle fresh, with the environment pointing it at `dynamo`, exactly
 * as Lambda would run it (the test command builds it first). `bundle`: a copy of it elsewhere.
 */
export function loadBundle(dynamo: LocalDynamo, bundle = BUNDLE): (event: RequestEnvelope) => Promise<ResponseEnvelope> {
  const restore = dynamo.useEnv();
  process.env.HIP_COACH_QUIET = '1';
  let handler: Handler | undefined;
  try {
    jest.isolateModules(() => {
      // A literal require, so jest's findRelatedTests (stryker's) sees these tests depend on the source.
      const loaded = (
        SOURCE_IN_PLACE_OF_BUNDLE && bundle === BUNDLE
          ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only in a mutation run, fresh inside isolateModules
            require('../../src/index')
          : createRequire(__filename)(bundle)
      ) as { handler: Handler };
      handler = loaded.handler;
    });
  } finally {
    restore();
  }
  // The bundle read its configuration at load; keep the endpoint for the SDK's lazy reads.
  Object.assign(process.env, dynamo.env, { HIP_COACH_QUIET: '1' });
  return (event) => handler!(event, {});
}

/**
 * For a test file: dynalite started before its tests and stopped after, and the built bundle
 * loaded against it. Read `dynamo` and `invoke` inside tests, after beforeAll has run.
 */
export function bundleOnDynalite(): { readonly dynamo: LocalDynamo; readonly invoke: ReturnType<typeof loadBundle> } {
  let dynamo: LocalDynamo | undefined;
  let invoke: ReturnType<typeof loadBundle> | undefined;
  beforeAll(async () => {
    dynamo = await startDynalite();
    invoke = loadBundle(dynamo);
  });
  afterAll(async () => dynamo?.stop());
  return {
    get dynamo() {
      if (!dynamo) throw new Error('dynalite is not started yet: use it inside a test');
      return dynamo;
    },
    get invoke() {
      if (!invoke) throw new Error('the bundle is not loaded yet: use it inside a test');
      return invoke;
    },
  };
}

/**
 * For a test file that measures by ear: dynalite as above, and the seeded build of the same
 * source (console/dist/seeded.js), which the understanding measure reseeds per phrasing so its
 * figures do not depend on which phrasing of a line the coach picked at random.
 */
export function seededBundleOnDynalite(): { readonly invoke: ReturnType<typeof loadBundle>; readonly skill: SkillUnderTest } {
  const local = bundleOnDynalite();
  let skill: SkillUnderTest | undefined;
  beforeAll(() => {
    // After bundleOnDynalite's beforeAll: dynalite is up (the getter throws otherwise); point the seeded build at it.
    Object.assign(process.env, local.dynamo.env, { HIP_COACH_QUIET: '1' });
    skill = seededSkill();
  });
  return {
    get invoke() {
      return local.invoke;
    },
    get skill() {
      if (!skill) throw new Error('the seeded bundle is not loaded yet: use it inside a test');
      return skill;
    },
  };
}
