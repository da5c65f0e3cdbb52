import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadTemplate, onlyResourceOfType } from './cfn-yaml';

const ROOT = join(__dirname, '..', '..', '..');
const ASK_CLI_ROOT = join(ROOT, 'node_modules', 'ask-cli');

interface AskResources {
  askcliResourcesVersion: string;
  profiles: Record<string, {
    skillMetadata: { src: string };
    code: Record<string, { src: string }>;
    skillInfrastructure: {
      type: string;
      userConfig: {
        runtime: string;
        handler: string;
        templatePath: string;
        awsRegion: string;
        skillEvents?: { subscriptions?: string[]; publications?: string[] };
        cfn?: { parameters?: Record<string, string> };
      };
    };
  }>;
}

interface SkillManifest {
  manifest: {
    apis: { custom: { endpoint?: { uri: string } } };
    events?: { endpoint?: { uri: string }; subscriptions?: Array<{ eventName: string }> };
  };
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const askResources = readJson(join(ROOT, 'ask-resources.json')) as AskResources;
const profile = askResources.profiles.default!;
const userConfig = profile.skillInfrastructure.userConfig;
const codeDir = join(ROOT, profile.code.default!.src);
const template = loadTemplate(join(ROOT, userConfig.templatePath));
const [, lambdaFunction] = onlyResourceOfType(template, 'AWS::Lambda::Function');

/** `index.handler` -> the file `index.js` and its export `handler`, as the Node.js runtime resolves them. */
function resolveHandler(handler: string): { file: string; exportName: string } {
  const dot = handler.lastIndexOf('.');
  return { file: `${handler.slice(0, dot)}.js`, exportName: handler.slice(dot + 1) };
}

/** Values shaped like the ones the stack passes; any variable added to the template later gets a placeholder. */
const SAMPLE_VALUES: Record<string, string> = {
  PROGRESS_TABLE_NAME: 'ask-HipCoach-default-skillStack-1700000000000-ProgressTable-1A2B3C4D5E6F',
  SKILL_ID: 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000',
};

/** The environment the deployed function gets: the template's variables, plus the region Lambda sets. */
function lambdaEnvironment(): Record<string, string> {
  const variables = Object.keys((lambdaFunction.Properties?.Environment as { Variables: object }).Variables);
  const entries: Array<[string, string]> = [
    ...variables.map((name): [string, string] => [name, SAMPLE_VALUES[name] ?? `placeholder-${name.toLowerCase()}`]),
    ['AWS_REGION', userConfig.awsRegion],
  ];
  return Object.fromEntries(entries);
}

/** Loads a handler file in a fresh Node process with the function's environment, as Lambda would. */
function probeHandler(file: string, exportName: string): { type: string; length: number | null } {
  // A marker line, because the bundle may log while it loads; exit, because it may hold timers or sockets.
  const probe = `const h = require(${JSON.stringify(file)})[${JSON.stringify(exportName)}];`
    + 'console.log("PROBE " + JSON.stringify({ type: typeof h, length: typeof h === "function" ? h.length : null }));'
    + 'process.exit(0);';
  const stdout = execFileSync(process.execPath, ['-e', probe], {
    env: { PATH: process.env.PATH, ...lambdaEnvironment() },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const line = stdout.split('\n').find((text) => text.startsWith('PROBE '));
  return JSON.parse(line!.slice('PROBE '.length)) as { type: string; length: number | null };
}

describe('ask-resources.json', () => {
  it('uses the ask-cli v2 resources schema with a default profile', () => {
    expect(askResources.askcliResourcesVersion).toBe('2020-03-31');
    expect(Object.keys(askResources.profiles)).toEqual(['default']);
  });

  it('points the skill metadata at a package holding skill.json and the en-US model', () => {
    const skillPackage = join(ROOT, profile.skillMetadata.src);
    expect(existsSync(join(skillPackage, 'skill.json'))).toBe(true);
    expect(existsSync(join(skillPackage, 'interactionModels', 'custom', 'en-US.json'))).toBe(true);
  });

  it('deploys through CloudFormation, in us-east-1 (Alexa\'s North America endpoint region)', () => {
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(userConfig.awsRegion).toBe('us-east-1');
  });

  it('runs on nodejs22.x, the runtime the esbuild bundle targets', () => {
    expect(userConfig.runtime).toBe('nodejs22.x');
    const buildScript = readFileSync(join(ROOT, 'tools', 'build.mjs'), 'utf8');
    expect(buildScript).toMatch(/target:\s*'node22'/);
  });

  it('names a template that exists', () => {
    expect(statSync(join(ROOT, userConfig.templatePath)).isFile()).toBe(true);
  });

  it('passes no CloudFormation parameter under a name ask-cli reserves', () => {
    const reserved = ['SkillId', 'SkillClientId', 'SkillClientSecret', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
    expect(Object.keys(userConfig.cfn?.parameters ?? {}).filter((name) => reserved.includes(name))).toEqual([]);
  });

  it('subscribes the skill to SKILL_DISABLED, so a user\'s record is deleted when they disable the skill', () => {
    expect(userConfig.skillEvents?.subscriptions).toContain('SKILL_DISABLED');
  });
});

describe('the function name', () => {
  it('fits Lambda\'s 64 characters, being the stack name ask-cli makes from the skill name', () => {
    // cfn-deployer/index.js _getStackName: ask-<alphanumeric skill name, ≤64>-<alexa region>-skillStack-<ms>
    const stringUtils = createRequire(__filename)(join(ASK_CLI_ROOT, 'dist', 'lib', 'utils', 'string-utils')) as { filterNonAlphanumeric(s: string): string };
    const skillName = (readJson(
      join(ROOT, profile.skillMetadata.src, 'skill.json'),
    ) as { manifest: { publishingInformation: { locales: Record<string, { name: string }> } } }).manifest.publishingInformation.locales['en-US']!.name;
    const stackName = `ask-${stringUtils.filterNonAlphanumeric(skillName).substring(0, 64)}-default-skillStack-${Date.now()}`;
    expect(lambdaFunction.Properties?.FunctionName).toEqual({ Ref: 'AWS::StackName' });
    expect(stackName.length).toBeLessThanOrEqual(64);
  });
});

describe('the code ask deploy uploads', () => {
  it('is the esbuild output folder, lambda/dist', () => {
    expect(resolve(codeDir)).toBe(join(ROOT, 'lambda', 'dist'));
  });

  it('is zipped as it is: no manifest that would make ask-cli run npm, pip or maven in it, and no build hook', () => {
    // ask-cli tries hooks/build.sh, then package.json (npm ci), pom.xml, requirements.txt, then zip-only
    // (node_modules/ask-cli/dist/lib/controllers/skill-code-controller/code-builder.js).
    for (const manifest of ['package.json', 'pom.xml', 'requirements.txt']) {
      expect(existsSync(join(codeDir, manifest))).toBe(false);
    }
    expect(existsSync(join(ROOT, 'hooks', 'build.sh'))).toBe(false);
  });

  it('has the handler file named in ask-resources.json, exporting an (event, context) function', () => {
    expect(userConfig.handler).toBe('index.handler');
    const { file, exportName } = resolveHandler(userConfig.handler);
    const bundle = join(codeDir, file);
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first (npm test does)`);
    // Two parameters: an async handler. A third (callback) makes nodejs24.x refuse to start it.
    expect(probeHandler(bundle, exportName)).toEqual({ type: 'function', length: 2 });
  });
});

describe('skill.json endpoints', () => {
  const manifest = (readJson(join(ROOT, profile.skillMetadata.src, 'skill.json')) as SkillManifest).manifest;

  it('are either left for ask deploy to write, or hold the Lambda ARN it wrote', () => {
    // A placeholder endpoint breaks the first deploy: SMAPI checks the Lambda trigger of an ARN
    // (alexa/ask-cli#365) and rejects anything but an ARN or https URL (alexa/ask-cli#20).
    const endpoint = manifest.apis.custom.endpoint;
    // Both states are valid, so each assertion covers both: no assertion hides in a branch.
    expect(manifest.events === undefined).toBe(endpoint === undefined);
    expect(endpoint?.uri ?? 'left for ask deploy').toMatch(/^(arn:aws:lambda:us-east-1:\d{12}:function:[\w-]{1,64}|left for ask deploy)$/);
    expect(manifest.events?.endpoint).toEqual(endpoint);
    expect(manifest.events?.subscriptions ?? [{ eventName: 'SKILL_DISABLED' }]).toContainEqual({ eventName: 'SKILL_DISABLED' });
  });
});

/**
 * Runs, in a copy of the project, the parts of `ask deploy` that need no account: ask-cli's own code
 * builder, then its skill.json update from a deploy result. Only the SMAPI upload is stubbed.
 */
const DEPLOY_REHEARSAL = `
const path = require('path');
const lib = path.join(process.env.ASK_CLI_ROOT, 'dist', 'lib');
const ResourcesConfig = require(path.join(lib, 'model', 'resources-config'));
const Manifest = require(path.join(lib, 'model', 'manifest'));
const SkillCodeController = require(path.join(lib, 'controllers', 'skill-code-controller'));
const SkillInfrastructureController = require(path.join(lib, 'controllers', 'skill-infrastructure-controller'));
const AdmZip = require(require.resolve('adm-zip', { paths: [process.env.ASK_CLI_ROOT] }));
const profile = 'default';
new ResourcesConfig(path.join(process.cwd(), 'ask-resources.json'));
new Manifest(path.join(ResourcesConfig.getInstance().getSkillMetaSrc(profile), 'skill.json'));
new SkillCodeController({ profile, doDebug: false }).buildCode((buildErr, codeList) => {
  if (buildErr) throw buildErr;
  const builds = codeList.map((code) => {
    const zip = new AdmZip(code.build.file);
    const unzipped = path.join(process.cwd(), 'unzipped-' + path.basename(code.src));
    zip.extractAllTo(unzipped, true);
    return { flow: code.buildFlow, entries: zip.getEntries().map((e) => e.entryName), unzipped };
  });
  const infra = new SkillInfrastructureController({ profile, doDebug: false });
  infra._ensureSkillManifestGotUpdated = (done) => done(); // SMAPI upload: needs an account
  const deployResult = { default: { endpoint: { uri: process.env.REHEARSAL_ENDPOINT } } };
  infra.updateSkillManifestWithDeployResult(deployResult, (err) => {
    if (err) throw err;
    console.log('REHEARSAL ' + JSON.stringify({ builds }));
  });
});
`;

interface Rehearsal {
  builds: Array<{ flow: string; entries: string[]; unzipped: string }>;
}

describe('an offline rehearsal of ask deploy, with ask-cli\'s own code', () => {
  const endpoint = 'arn:aws:lambda:us-east-1:123456789012:function:ask-HipCoach-default-skillStack-1700000000000';
  let workDir: string;
  let rehearsal: Rehearsal;
  let deployedManifest: SkillManifest['manifest'];

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), 'hip-coach-deploy-'));
    for (const path of ['ask-resources.json', profile.skillMetadata.src, userConfig.templatePath, profile.code.default!.src]) {
      cpSync(join(ROOT, path), join(workDir, path), { recursive: true });
    }
    const stdout = execFileSync(process.execPath, ['-e', DEPLOY_REHEARSAL], {
      cwd: workDir,
      env: { ...process.env, ASK_CLI_ROOT, ASK_SHARE_USAGE: 'false', REHEARSAL_ENDPOINT: endpoint },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const line = stdout.split('\n').find((text) => text.startsWith('REHEARSAL '));
    rehearsal = JSON.parse(line!.slice('REHEARSAL '.length)) as Rehearsal;
    deployedManifest = (readJson(join(workDir, profile.skillMetadata.src, 'skill.json')) as SkillManifest).manifest;
  });

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('zips the bundle without running npm (zip-only build flow)', () => {
    expect(rehearsal.builds.map((build) => build.flow)).toEqual(['ZipOnlyBuildFlow']);
  });

  it('puts exactly the files of lambda/dist in the zip, with the handler file at its root', () => {
    const [build] = rehearsal.builds;
    expect([...build!.entries].sort()).toEqual(readdirSync(codeDir).sort());
    expect(build!.entries).toContain(resolveHandler(userConfig.handler).file);
  });

  it('carries each language\'s words beside the handler, which reads them from its own folder', () => {
    const [build] = rehearsal.builds;
    expect(build!.entries.filter((entry) => entry.startsWith('words.')).sort()).toEqual(['words.de.json', 'words.en.json', 'words.es.json', 'words.fr.json']);
  });

  it('carries each language\'s safety words beside the handler (feeling.<language>.json), read when a feeling is described', () => {
    const [build] = rehearsal.builds;
    expect(build!.entries.filter((entry) => entry.startsWith('feeling.')).sort()).toEqual(['feeling.de.json', 'feeling.en.json', 'feeling.es.json', 'feeling.fr.json']);
  });

  it('carries ask-sdk-model.js beside the handler, which reads it on a reminder turn', () => {
    const [build] = rehearsal.builds;
    expect(build!.entries).toContain('ask-sdk-model.js');
    const model = createRequire(__filename)(join(build!.unzipped, 'ask-sdk-model.js')) as { services?: { ServiceClientFactory?: { prototype?: Record<string, unknown> } } };
    expect(typeof model.services?.ServiceClientFactory?.prototype?.getReminderManagementServiceClient).toBe('function');
  });

  it('uploads a handler that loads with the function\'s environment and takes (event, context)', () => {
    const [build] = rehearsal.builds;
    const { file, exportName } = resolveHandler(userConfig.handler);
    expect(probeHandler(join(build!.unzipped, file), exportName)).toEqual({ type: 'function', length: 2 });
  });

  it('writes the stack\'s SkillEndpoint into skill.json as the custom endpoint', () => {
    expect(deployedManifest.apis.custom.endpoint).toEqual({ uri: endpoint });
  });

  it('writes the SKILL_DISABLED subscription and the same endpoint into skill.json events', () => {
    expect(deployedManifest.events).toEqual({
      endpoint: { uri: endpoint },
      subscriptions: userConfig.skillEvents!.subscriptions!.map((eventName) => ({ eventName })),
    });
    expect(deployedManifest.events?.subscriptions).toContainEqual({ eventName: 'SKILL_DISABLED' });
  });
});
