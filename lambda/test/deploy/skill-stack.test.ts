import { join } from 'node:path';
import {
  loadTemplate,
  onlyResourceOfType,
  referencedIds,
  resourcesOfType,
  type CfnResource,
  type CfnTemplate,
} from './cfn-yaml';

const ROOT = join(__dirname, '..', '..', '..');
const TEMPLATE_PATH = join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');

/** ask-cli's cfn-deployer fills exactly these (cfn-deployer/index.js `_mapStackParameters`). */
const ASK_CLI_PARAMETERS = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
const PSEUDO_PARAMETERS = ['AWS::AccountId', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix', 'AWS::NoValue'];
const TABLE_ACTIONS = ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];
const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

interface PolicyStatement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  NotAction?: unknown;
  NotResource?: unknown;
  Condition?: unknown;
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const props = (resource: CfnResource): Record<string, unknown> => resource.Properties ?? {};

/** A nested property by its path; undefined where the path runs out. */
function at(value: unknown, ...path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = current && typeof current === 'object' ? Object.entries(current).find(([k]) => k === key)?.[1] : undefined;
  return current;
}

function roleStatements(role: CfnResource): PolicyStatement[] {
  const policies = asList(props(role).Policies as Array<{ PolicyDocument: { Statement: PolicyStatement[] } }>);
  return policies.flatMap((policy) => asList(policy.PolicyDocument.Statement));
}

/** A Fn::Sub string or a plain string; anything else (Ref, GetAtt) is returned as undefined. */
function subText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'Fn::Sub' in value) {
    const sub = value['Fn::Sub'];
    return typeof sub === 'string' ? sub : undefined;
  }
  return undefined;
}

describe('the CloudFormation stack ask deploy creates (skill-stack.yaml)', () => {
  let template: CfnTemplate;
  let functionId: string;
  let fn: CfnResource;
  let tableId: string;
  let table: CfnResource;
  let roleId: string;
  let role: CfnResource;
  let logGroupId: string;
  let logGroup: CfnResource;

  beforeAll(() => {
    template = loadTemplate(TEMPLATE_PATH);
    [functionId, fn] = onlyResourceOfType(template, 'AWS::Lambda::Function');
    [tableId, table] = onlyResourceOfType(template, 'AWS::DynamoDB::Table');
    [roleId, role] = onlyResourceOfType(template, 'AWS::IAM::Role');
    [logGroupId, logGroup] = onlyResourceOfType(template, 'AWS::Logs::LogGroup');
  });

  describe('parameters and references', () => {
    it('declares every parameter ask-cli fills, as a String', () => {
      for (const name of ASK_CLI_PARAMETERS) {
        expect(template.Parameters?.[name]).toEqual({ Type: 'String' });
      }
    });

    it('needs no parameter that ask-cli does not fill (ask-resources.json passes no cfn.parameters)', () => {
      const unfilled = Object.entries(template.Parameters ?? {})
        .filter(([name, parameter]) => !ASK_CLI_PARAMETERS.includes(name) && parameter.Default === undefined)
        .map(([name]) => name);
      expect(unfilled).toEqual([]);
    });

    it('refers only to its own parameters, resources and pseudo parameters', () => {
      const known = new Set([...Object.keys(template.Parameters ?? {}), ...Object.keys(template.Resources), ...PSEUDO_PARAMETERS]);
      const unknown = [...referencedIds({ Resources: template.Resources, Outputs: template.Outputs })].filter((id) => !known.has(id));
      expect(unknown).toEqual([]);
    });

    it('uses no resource type beyond the function, its role, trigger, log group and the table', () => {
      const types = Object.values(template.Resources).map((resource) => resource.Type).sort();
      expect(types).toEqual([
        'AWS::DynamoDB::Table',
        'AWS::IAM::Role',
        'AWS::Lambda::Function',
        'AWS::Lambda::Permission',
        'AWS::Logs::LogGroup',
      ]);
    });
  });

  describe('the Lambda function', () => {
    it('runs the code, runtime and handler ask-cli passes in', () => {
      expect(props(fn).Code).toEqual({
        S3Bucket: { Ref: 'CodeBucket' },
        S3Key: { Ref: 'CodeKey' },
        S3ObjectVersion: { Ref: 'CodeVersion' },
      });
      expect(props(fn).Runtime).toEqual({ Ref: 'LambdaRuntime' });
      expect(props(fn).Handler).toEqual({ Ref: 'LambdaHandler' });
    });

    it('runs on arm64 (Graviton, 20% cheaper per GB-second)', () => {
      expect(props(fn).Architectures).toEqual(['arm64']);
    });

    it('times out before Alexa stops waiting at 8 seconds', () => {
      const timeout = props(fn).Timeout;
      expect(Number.isInteger(timeout)).toBe(true);
      expect(timeout).toBeGreaterThanOrEqual(3);
      expect(timeout).toBeLessThan(8);
    });

    it('sets a memory size Lambda accepts', () => {
      const memory = props(fn).MemorySize;
      expect(Number.isInteger(memory)).toBe(true);
      expect(memory).toBeGreaterThanOrEqual(128);
      expect(memory).toBeLessThanOrEqual(10240);
    });

    it('gets the table name and the skill id from the stack, never hard-coded', () => {
      const variables = at(props(fn), 'Environment', 'Variables');
      expect(variables).toEqual({
        PROGRESS_TABLE_NAME: { Ref: tableId },
        SKILL_ID: { Ref: 'SkillId' },
      });
    });

    it('assumes the stack role', () => {
      expect(props(fn).Role).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
    });

    it('is named after the stack, so its log group can exist before it does', () => {
      expect(props(fn).FunctionName).toEqual({ Ref: 'AWS::StackName' });
      expect(asList(fn.DependsOn)).toContain(logGroupId);
    });
  });

  describe('the log group', () => {
    it('is the one Lambda writes to, /aws/lambda/<function name>', () => {
      expect(props(logGroup).LogGroupName).toEqual({ 'Fn::Sub': '/aws/lambda/${AWS::StackName}' });
    });

    it('expires log events instead of keeping them forever', () => {
      // The values CloudWatch Logs accepts for RetentionInDays.
      const allowed = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
      expect(allowed).toContain(props(logGroup).RetentionInDays);
    });
  });

  describe('the progress table', () => {
    it('is billed per request', () => {
      expect(props(table).BillingMode).toBe('PAY_PER_REQUEST');
      expect(props(table).ProvisionedThroughput).toBeUndefined();
    });

    it('is keyed by userId (string) alone', () => {
      expect(props(table).KeySchema).toEqual([{ AttributeName: 'userId', KeyType: 'HASH' }]);
      expect(props(table).AttributeDefinitions).toEqual([{ AttributeName: 'userId', AttributeType: 'S' }]);
      expect(props(table).GlobalSecondaryIndexes).toBeUndefined();
    });

    it('expires records through the expiresAt attribute', () => {
      expect(props(table).TimeToLiveSpecification).toEqual({ AttributeName: 'expiresAt', Enabled: true });
    });

    it('keeps 35 days of point-in-time recovery', () => {
      expect(props(table).PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    });

    it('is encrypted with a KMS key', () => {
      expect(props(table).SSESpecification).toEqual({ SSEEnabled: true });
    });

    it('survives a stack delete, a replacement and an accidental DeleteTable', () => {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
      expect(props(table).DeletionProtectionEnabled).toBe(true);
    });

    it('gets its name from CloudFormation, so a second stack in the same account cannot collide', () => {
      expect(props(table).TableName).toBeUndefined();
    });
  });

  describe('the IAM role (least privilege)', () => {
    it('can be assumed by Lambda only', () => {
      expect(at(props(role), 'AssumeRolePolicyDocument', 'Statement')).toEqual([
        { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ]);
    });

    it('has no managed policies and no standalone policy resources', () => {
      expect(props(role).ManagedPolicyArns).toBeUndefined();
      expect(resourcesOfType(template, 'AWS::IAM::Policy')).toEqual([]);
      expect(resourcesOfType(template, 'AWS::IAM::ManagedPolicy')).toEqual([]);
    });

    it('only allows, and only lists actions and resources explicitly', () => {
      for (const statement of roleStatements(role)) {
        expect(statement.Effect).toBe('Allow');
        expect(statement.NotAction).toBeUndefined();
        expect(statement.NotResource).toBeUndefined();
      }
    });

    it('grants no wildcard action', () => {
      const actions = roleStatements(role).flatMap((statement) => asList(statement.Action));
      expect(actions.filter((action) => action.includes('*'))).toEqual([]);
    });

    it('grants exactly the four item operations the store uses, plus writing its own logs', () => {
      const actions = new Set(roleStatements(role).flatMap((statement) => asList(statement.Action)));
      expect([...actions].sort()).toEqual([...TABLE_ACTIONS, ...LOG_ACTIONS].sort());
    });

    it('scopes every DynamoDB action to the progress table itself (no index, no other table)', () => {
      const statements = roleStatements(role).filter((statement) => asList(statement.Action).some((a) => a.startsWith('dynamodb:')));
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(asList(statement.Action).every((action) => action.startsWith('dynamodb:'))).toBe(true);
        expect(asList(statement.Resource)).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
      }
    });

    it('scopes log writes to its own log group, leaving open only the stream names Lambda picks at run time', () => {
      const groupArn = `arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${${logGroupId}}`;
      const statements = roleStatements(role).filter((statement) => asList(statement.Action).some((a) => a.startsWith('logs:')));
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(asList(statement.Action).every((action) => action.startsWith('logs:'))).toBe(true);
        for (const resource of asList(statement.Resource)) {
          const arn = subText(resource);
          expect([groupArn, `${groupArn}:log-stream:*`]).toContain(arn);
        }
      }
    });

    it('never grants a bare "*" resource', () => {
      const resources = roleStatements(role).flatMap((statement) => asList(statement.Resource));
      expect(resources).not.toContain('*');
      for (const resource of resources) {
        const text = subText(resource);
        // the only '*' allowed is the log-stream name, checked above
        if (text !== undefined) expect(text.replace(/:log-stream:\*$/, '')).not.toContain('*');
      }
    });
  });

  describe('the Alexa trigger', () => {
    it('lets only this skill invoke the function (skill ID verification)', () => {
      const [, permission] = onlyResourceOfType(template, 'AWS::Lambda::Permission');
      expect(props(permission)).toEqual({
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
        Principal: 'alexa-appkit.amazon.com',
        EventSourceToken: { Ref: 'SkillId' },
      });
    });

    it('grants nothing to smart home (a custom skill needs no alexa-connectedhome trigger)', () => {
      const principals = resourcesOfType(template, 'AWS::Lambda::Permission').map(([, permission]) => props(permission).Principal);
      expect(principals).toEqual(['alexa-appkit.amazon.com']);
      expect(JSON.stringify(template)).not.toContain('connectedhome');
    });
  });

  describe('outputs', () => {
    it('exports SkillEndpoint, the function ARN ask-cli writes into skill.json', () => {
      expect(template.Outputs?.SkillEndpoint?.Value).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
    });
  });
});
