import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplate, type CfnTemplate } from './cfn-yaml';
import { CONTROL_TOWER_RULES, runCfnGuard, type GuardFileResult } from './cfn-guard';

/**
 * skill-stack.yaml checked by AWS CloudFormation Guard 3: Hip Coach's own rules
 * (infrastructure/guard/hip-coach.guard), each shown able to fail on a loosened copy, and AWS
 * Control Tower's bundled proactive controls, with exactly the exceptions README names.
 */

const ROOT = join(__dirname, '..', '..', '..');
const TEMPLATE_PATH = join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');
const PROJECT_RULES = join(ROOT, 'infrastructure', 'guard', 'hip-coach.guard');
const README = join(ROOT, 'README.md');
const ASK_RESOURCES = join(ROOT, 'ask-resources.json');

/** The controls this skill deliberately does not meet; README, "Checked by Amazon's and AWS's tools", says why. */
const CONTROL_TOWER_EXCEPTIONS: Record<string, string> = {
  'CT.CLOUDWATCH.PR.2': 'cloudwatch_log_group_retention_period_check',
  'CT.CLOUDWATCH.PR.3': 'cloudwatch_log_group_encrypted_check',
  'CT.LAMBDA.PR.2': 'lambda_function_public_access_prohibited_check',
  'CT.LAMBDA.PR.3': 'lambda_inside_vpc_check',
};

type Json = Record<string, unknown>;

/** The object at a path of keys or list indexes; throws when the template no longer has it. */
function at(root: unknown, ...path: Array<string | number>): Json {
  let node = root;
  for (const step of path) {
    node = (node as Record<string | number, unknown> | undefined)?.[step];
  }
  if (node === null || typeof node !== 'object') throw new Error(`nothing at ${path.join('.')}`);
  return node as Json;
}

const properties = (template: CfnTemplate, id: string): Json => at(template.Resources, id, 'Properties');

function policyStatements(template: CfnTemplate, policyName: string): Json[] {
  const policies = properties(template, 'SkillFunctionRole').Policies as Json[];
  const policy = policies.find((p) => p.PolicyName === policyName);
  if (!policy) throw new Error(`no policy ${policyName}`);
  return at(policy, 'PolicyDocument').Statement as Json[];
}

const tableStatement = (template: CfnTemplate): Json => at(policyStatements(template, 'hip-coach-progress-table'), 0);
const logsStatement = (template: CfnTemplate): Json => at(policyStatements(template, 'hip-coach-own-log-group'), 0);

/** Replaces every `Ref` to a parameter with its value, as CloudFormation does when given the parameter. */
function fillParameters(node: unknown, values: Record<string, string>): unknown {
  if (Array.isArray(node)) return node.map((inner) => fillParameters(inner, values));
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as { Ref?: unknown }).Ref;
  if (typeof ref === 'string' && ref in values) return values[ref];
  return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, fillParameters(inner, values)]));
}

/**
 * The template as ask-cli deploys it: its cfn-deployer passes ask-resources.json's runtime and
 * handler as the LambdaRuntime and LambdaHandler parameters, so the rules see the real runtime.
 */
function deployedTemplate(): CfnTemplate {
  const resources = JSON.parse(readFileSync(ASK_RESOURCES, 'utf8')) as {
    profiles: { default: { skillInfrastructure: { userConfig: { runtime: string; handler: string } } } };
  };
  const { runtime, handler } = resources.profiles.default.skillInfrastructure.userConfig;
  const template = loadTemplate(TEMPLATE_PATH);
  return {
    ...template,
    Resources: fillParameters(template.Resources, { LambdaRuntime: runtime, LambdaHandler: handler }) as CfnTemplate['Resources'],
  };
}

interface Mutation {
  name: string;
  /** The one project rule this loosening must fail. */
  rule: string;
  break: (template: CfnTemplate) => void;
}

const MUTATIONS: Mutation[] = [
  {
    name: 'the table deleted with the stack',
    rule: 'progress_table_retained',
    break: (t) => {
      at(t.Resources, 'ProgressTable').DeletionPolicy = 'Delete';
    },
  },
  {
    name: 'the table replaced without being retained',
    rule: 'progress_table_retained',
    break: (t) => {
      Reflect.deleteProperty(at(t.Resources, 'ProgressTable'), 'UpdateReplacePolicy');
    },
  },
  {
    name: 'deletion protection off',
    rule: 'progress_table_deletion_protection',
    break: (t) => {
      properties(t, 'ProgressTable').DeletionProtectionEnabled = false;
    },
  },
  {
    name: 'no point-in-time recovery',
    rule: 'progress_table_point_in_time_recovery',
    break: (t) => {
      Reflect.deleteProperty(properties(t, 'ProgressTable'), 'PointInTimeRecoverySpecification');
    },
  },
  {
    name: 'server-side encryption off',
    rule: 'progress_table_encrypted',
    break: (t) => {
      at(properties(t, 'ProgressTable'), 'SSESpecification').SSEEnabled = false;
    },
  },
  {
    name: 'the role also allowed to Scan the table',
    rule: 'role_dynamodb_item_actions_on_progress_table',
    break: (t) => {
      (tableStatement(t).Action as string[]).push('dynamodb:Scan');
    },
  },
  {
    name: 'the role allowed every DynamoDB action',
    rule: 'role_dynamodb_item_actions_on_progress_table',
    break: (t) => {
      tableStatement(t).Action = 'dynamodb:*';
    },
  },
  {
    name: 'the item actions allowed on every table',
    rule: 'role_dynamodb_item_actions_on_progress_table',
    break: (t) => {
      tableStatement(t).Resource = '*';
    },
  },
  {
    name: 'the role allowed every CloudWatch Logs action',
    rule: 'role_logs_own_log_group_only',
    break: (t) => {
      logsStatement(t).Action = ['logs:*'];
    },
  },
  {
    name: 'log writes allowed in any log group',
    rule: 'role_logs_own_log_group_only',
    break: (t) => {
      logsStatement(t).Resource = [{ 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*' }];
    },
  },
  {
    name: 'an S3 statement added to the role',
    rule: 'role_grants_nothing_else',
    break: (t) => {
      policyStatements(t, 'hip-coach-progress-table').push({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' });
    },
  },
  {
    name: 'a managed policy attached to the role',
    rule: 'role_grants_nothing_else',
    break: (t) => {
      properties(t, 'SkillFunctionRole').ManagedPolicyArns = ['arn:aws:iam::aws:policy/AdministratorAccess'];
    },
  },
  {
    name: 'the trigger open to any principal',
    rule: 'alexa_trigger_this_skill_only',
    break: (t) => {
      properties(t, 'AlexaSkillKitPermission').Principal = '*';
    },
  },
  {
    name: 'the trigger without skill ID verification',
    rule: 'alexa_trigger_this_skill_only',
    break: (t) => {
      Reflect.deleteProperty(properties(t, 'AlexaSkillKitPermission'), 'EventSourceToken');
    },
  },
  {
    name: 'the trigger granted to the smart home service instead',
    rule: 'alexa_trigger_this_skill_only',
    break: (t) => {
      properties(t, 'AlexaSkillKitPermission').Principal = 'alexa-connectedhome.amazon.com';
    },
  },
  {
    name: 'a log group that never expires',
    rule: 'log_group_retention_set',
    break: (t) => {
      Reflect.deleteProperty(properties(t, 'SkillLogGroup'), 'RetentionInDays');
    },
  },
  {
    name: 'Node.js 20',
    rule: 'lambda_runtime_nodejs22',
    break: (t) => {
      properties(t, 'SkillFunction').Runtime = 'nodejs20.x';
    },
  },
  {
    name: 'x86_64',
    rule: 'lambda_architecture_arm64',
    break: (t) => {
      properties(t, 'SkillFunction').Architectures = ['x86_64'];
    },
  },
  {
    name: '1024 MB',
    rule: 'lambda_memory_512',
    break: (t) => {
      properties(t, 'SkillFunction').MemorySize = 1024;
    },
  },
  {
    name: 'an 8 s timeout, as long as Alexa waits',
    rule: 'lambda_timeout_7',
    break: (t) => {
      properties(t, 'SkillFunction').Timeout = 8;
    },
  },
];

const projectRuleNames = [...readFileSync(PROJECT_RULES, 'utf8').matchAll(/^rule (\w+)/gm)].map((match) => match[1] as string);
const failedRules = (result: GuardFileResult | undefined): string[] => (result?.failed ?? []).map((failed) => failed.rule).sort();

describe('skill-stack.yaml checked by AWS CloudFormation Guard (cfn-guard 3)', () => {
  let dir: string;
  let deployedPath: string;
  const mutantPaths = new Map<string, string>();
  let projectResults: Map<string, GuardFileResult>;
  let controlTower: GuardFileResult;

  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'hip-coach-guard-')));
    deployedPath = join(dir, 'deployed.json');
    writeFileSync(deployedPath, JSON.stringify(deployedTemplate(), null, 2));
    MUTATIONS.forEach((mutation, index) => {
      const copy = deployedTemplate();
      mutation.break(copy);
      const path = join(dir, `mutant-${index}.json`);
      writeFileSync(path, JSON.stringify(copy, null, 2));
      mutantPaths.set(mutation.name, path);
    });
    // One cfn-guard run for the project rules over the template and every mutant, one for Control Tower's.
    projectResults = runCfnGuard([deployedPath, ...mutantPaths.values()], [PROJECT_RULES]);
    const controlTowerResults = runCfnGuard([deployedPath], [CONTROL_TOWER_RULES]);
    controlTower = controlTowerResults.get(deployedPath) ?? { passed: [], failed: [] };
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe("Hip Coach's rules (infrastructure/guard/hip-coach.guard)", () => {
    it('passes every rule, none skipped, on the template as ask-cli deploys it', () => {
      const result = projectResults.get(deployedPath);
      expect(failedRules(result)).toEqual([]);
      expect([...(result?.passed ?? [])].sort()).toEqual([...projectRuleNames].sort());
    });

    it('has a loosened copy of the template for every rule', () => {
      expect([...new Set(MUTATIONS.map((mutation) => mutation.rule))].sort()).toEqual([...projectRuleNames].sort());
    });

    it.each(MUTATIONS)('fails $rule, and only it, with $name', (mutation) => {
      expect(failedRules(projectResults.get(mutantPaths.get(mutation.name) ?? ''))).toEqual([mutation.rule]);
    });
  });

  describe("AWS Control Tower's proactive controls (bundled with @cdklabs/cdk-validator-cfnguard)", () => {
    it('fails exactly the controls the skill deliberately does not meet', () => {
      const failed = Object.fromEntries(controlTower.failed.map(({ rule, control }) => [control ?? rule, rule]));
      expect(failed).toEqual(CONTROL_TOWER_EXCEPTIONS);
    });

    it('applies to this stack: the DynamoDB and IAM controls run and pass', () => {
      expect(controlTower.passed).toEqual(
        expect.arrayContaining([
          'dynamodb_table_pitr_enabled_check',
          'dynamodb_table_encrypted_kms_check',
          'iam_inline_policy_no_statements_with_admin_access_check',
          'iam_inline_policy_no_statements_with_full_access_check',
        ]),
      );
    });

    it('names in README exactly those exceptions, in its "Checked by Amazon\'s and AWS\'s tools" section', () => {
      const readme = readFileSync(README, 'utf8');
      const section = /^### Checked by Amazon's and AWS's tools\n([\s\S]*?)(?=^#{1,3} )/m.exec(readme)?.[1] ?? '';
      const named = new Set(section.match(/CT\.[A-Z0-9]+\.PR\.\d+/g) ?? []);
      expect([...named].sort()).toEqual(Object.keys(CONTROL_TOWER_EXCEPTIONS).sort());
    });
  });
});
