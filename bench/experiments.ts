// `tsx bench/experiments.ts`: what the cold start of a small DynamoDB skill is made of. Variants of the minimal
// skill, built with the real build's options, started side by side (cold only). Findings: docs/PERFORMANCE.md.
//   BENCH_COLD_ROUNDS (default 30), BENCH_QUICK=1 (3 rounds), --only id,id
import path from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';
import { buildChild, bundle, bundleSize, distDir, repoRoot } from './build';
import { runBench, type SkillSpec } from './harness';

interface Shape {
  /** Extra imports and module-scope code. */
  readonly head?: string;
  readonly clientConfig?: string;
  readonly docOptions?: string;
  /** Create the client at the first request instead of at module scope. */
  readonly lazy?: boolean;
  /** Computes `text` to speak (may use `visits`). */
  readonly speak?: string;
}

/** The minimal skill (bench/refs/minimal.ts) with knobs. */
function minimal(shape: Shape = {}): string {
  return `
import { SkillBuilders } from 'ask-sdk-core';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
${shape.head ?? ''}
const TableName = process.env.PROGRESS_TABLE_NAME ?? 'progress';
const makeDb = () => DynamoDBDocumentClient.from(new DynamoDBClient(${shape.clientConfig ?? '{}'})${shape.docOptions ? `, ${shape.docOptions}` : ''});
${shape.lazy ? 'let db: DynamoDBDocumentClient | undefined;' : 'const db = makeDb();'}
const skill = SkillBuilders.custom().addRequestHandlers({
  canHandle: () => true,
  async handle(input) {
    ${shape.lazy ? 'db ??= makeDb();' : ''}
    const userId = input.requestEnvelope.context.System.user.userId;
    const { Item } = await db.send(new GetCommand({ TableName, Key: { userId } }));
    const visits = typeof Item?.visits === 'number' ? Item.visits + 1 : 1;
    await db.send(new PutCommand({ TableName, Item: { userId, visits, updatedAt: new Date().toISOString() } }));
    ${shape.speak ?? 'const text = `Hello, visit ${visits}.`;'}
    return input.responseBuilder.speak(text).reprompt('Say next.').getResponse();
  },
}).create();
export const handler = async (event: any, context: any) => skill.invoke(event, context);
`;
}

const rawClient = `
import { SkillBuilders } from 'ask-sdk-core';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
const TableName = process.env.PROGRESS_TABLE_NAME ?? 'progress';
const db = new DynamoDBClient({});
const skill = SkillBuilders.custom().addRequestHandlers({
  canHandle: () => true,
  async handle(input) {
    const userId = input.requestEnvelope.context.System.user.userId;
    const { Item } = await db.send(new GetItemCommand({ TableName, Key: marshall({ userId }) }));
    const item = Item ? unmarshall(Item) : undefined;
    const visits = typeof item?.visits === 'number' ? item.visits + 1 : 1;
    await db.send(new PutItemCommand({ TableName, Item: marshall({ userId, visits, updatedAt: new Date().toISOString() }) }));
    return input.responseBuilder.speak(\`Hello, visit \${visits}.\`).reprompt('Say next.').getResponse();
  },
}).create();
export const handler = async (event: any, context: any) => skill.invoke(event, context);
`;

const i18nHead = `
import i18next from 'i18next';
import { en } from '../../lambda/src/speech/resources/en';
const i18n = i18next.createInstance();
void i18n.init({ resources: { en: { translation: en } }, lng: 'en', fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false } });
`;

const helloI18n = `
import { SkillBuilders } from 'ask-sdk-core';
${i18nHead}
const skill = SkillBuilders.custom().addRequestHandlers({
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak(i18n.getFixedT('en-US')('stretch.kneelingHipFlexor.name')).getResponse(),
}).create();
export const handler = async (event: any, context: any) => skill.invoke(event, context);
`;

/** Only the environment credential provider in the bundle (see bench/refs/env-credentials.ts). */
const envOnlyCredentials: Plugin = {
  name: 'env-only-credentials',
  setup(b) {
    b.onResolve({ filter: /^@aws-sdk\/credential-provider-node$/ }, () => ({ path: path.join(repoRoot, 'bench', 'refs', 'env-credentials.ts') }));
  },
};

interface Variant {
  readonly id: string;
  readonly label: string;
  /** TypeScript source, or the path of a file in bench/refs. */
  readonly source: string;
  readonly overrides?: BuildOptions;
}

const variants: readonly Variant[] = [
  { id: 'minimal', label: 'minimal skill (DocumentClient, default credential chain)', source: minimal() },
  {
    id: 'static-creds',
    label: 'credentials: static from env in client config',
    source: minimal({
      clientConfig: '{ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "", secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "", sessionToken: process.env.AWS_SESSION_TOKEN } }',
    }),
  },
  { id: 'from-env', label: 'credentials: fromEnv() in client config', source: minimal({ head: "import { fromEnv } from '@aws-sdk/credential-provider-env';", clientConfig: '{ credentials: fromEnv() }' }) },
  { id: 'env-only-chain', label: 'default chain replaced by fromEnv at build (esbuild plugin)', source: minimal(), overrides: { plugins: [envOnlyCredentials] } },
  {
    id: 'hip-coach-config',
    label: "Hip Coach's client config (region, maxAttempts 2, timeouts, removeUndefinedValues)",
    source: minimal({
      clientConfig: "{ region: process.env.AWS_REGION || 'us-east-1', maxAttempts: 2, requestHandler: { connectionTimeout: 1000, requestTimeout: 2000 } }",
      docOptions: '{ marshallOptions: { removeUndefinedValues: true } }',
    }),
  },
  { id: 'lazy-client', label: 'client created at the first request (lazy)', source: minimal({ lazy: true }) },
  { id: 'raw-client', label: 'raw DynamoDBClient + marshall/unmarshall (no lib-dynamodb)', source: rawClient },
  { id: 'i18next', label: 'minimal + i18next with the en resources, init at module scope', source: minimal({ head: i18nHead, speak: "const text = i18n.getFixedT('en-US')('stretch.kneelingHipFlexor.name');" }) },
  {
    id: 'scripts',
    label: 'minimal + the stretch catalogue and routines',
    source: minimal({
      head: "import { routines } from '../../lambda/src/scripts/routines';\nimport { stretches } from '../../lambda/src/scripts/stretches';",
      speak: 'const text = `Hello, ${Object.keys(routines).length} routines, ${Object.keys(stretches).length} stretches.`;',
    }),
  },
  { id: 'hello-i18next', label: 'hello-world + i18next with the en resources (no SDK)', source: helloI18n },
  { id: 'hello', label: 'ask-sdk hello-world (no SDK)', source: path.join(repoRoot, 'bench', 'refs', 'hello-world.ts') },
];

async function main(): Promise<void> {
  const quick = process.env.BENCH_QUICK === '1';
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg >= 0 ? new Set((process.argv[onlyArg + 1] ?? '').split(',')) : undefined;
  const child = await buildChild();
  const skills: SkillSpec[] = [];
  const sizes = new Map<string, { raw: number; gzip: number }>();
  for (const v of variants.filter((x) => (!only || only.has(x.id) || x.id === 'minimal'))) {
    const outfile = path.join(distDir, 'experiments', `${v.id}.js`);
    try {
      await bundle(v.source.startsWith(repoRoot) ? v.source : { contents: v.source, name: `${v.id}.ts` }, outfile, v.overrides);
    } catch (e) {
      process.stderr.write(`! ${v.id} does not build: ${(e as Error).message.split('\n')[0]}\n`);
      continue;
    }
    sizes.set(v.id, await bundleSize(outfile));
    skills.push({ id: v.id, label: v.label, bundle: outfile, cold: true, warm: false });
  }
  const rounds = Number(process.env.BENCH_COLD_ROUNDS) || (quick ? 3 : 30);
  const results = await runBench({ skills, child, coldRounds: rounds, warmRequests: 0, warmBlock: 1, warmup: 0, countPasses: 0, log: (l) => process.stderr.write(`${l}\n`) });
  const base = results.find((r) => r.spec.id === 'minimal');
  const b = base?.cold?.initFirstMs.p50 ?? Number.NaN;
  const bs = sizes.get('minimal');
  const f = (v: number) => v.toFixed(1);
  const lines = [
    `## Cold-start experiments — ${rounds} interleaved cold starts each, node ${process.version}`,
    '',
    '| variant | bundle raw / gzip | Δ raw vs minimal | init p50 | first request p50 | init + first p50 (p90) | Δ vs minimal | CPU init + first p50 | failed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const c = r.cold;
    const s = sizes.get(r.spec.id);
    if (!c || !s) {
      lines.push(`| ${r.spec.label} | not measured: ${r.problems.join('; ')} |`);
      continue;
    }
    const d = c.initFirstMs.p50 - b;
    lines.push(
      `| ${r.spec.label} | ${(s.raw / 1024).toFixed(0)} / ${(s.gzip / 1024).toFixed(0)} KiB | ${bs ? `${s.raw >= bs.raw ? '+' : '−'}${(Math.abs(s.raw - bs.raw) / 1024).toFixed(0)} KiB` : ''} | ${f(c.initMs.p50)} ms | ${f(c.firstMs.p50)} ms | ${f(c.initFirstMs.p50)} (${f(c.initFirstMs.p90)}) ms | ${d >= 0 ? '+' : '−'}${f(Math.abs(d))} ms (${(c.initFirstMs.p50 / b).toFixed(2)}×) | ${f(c.cpuMs.p50)} ms | ${c.failures} |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
