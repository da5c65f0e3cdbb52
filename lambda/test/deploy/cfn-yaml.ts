import { readFileSync } from 'node:fs';
import { parse, type Tags } from 'yaml';

/** A CloudFormation template as plain JSON-shaped data, short-form intrinsics expanded. */
export interface CfnTemplate {
  AWSTemplateFormatVersion?: string;
  Parameters?: Record<string, { Type: string; Default?: unknown }>;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, { Value: unknown; Description?: string }>;
}

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string | string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

/** Short tag -> long form, as CloudFormation itself expands them. */
const INTRINSICS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!FindInMap': 'Fn::FindInMap',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
};

function intrinsicTags(): Tags {
  const tags: Tags = [];
  for (const [tag, key] of Object.entries(INTRINSICS)) {
    tags.push(
      {
        tag,
        // `!GetAtt Res.Attr` is the scalar spelling of `Fn::GetAtt: [Res, Attr]`.
        resolve: (value: string) =>
          key === 'Fn::GetAtt' ? { [key]: splitGetAtt(value) } : { [key]: value },
      },
      { tag, collection: 'seq', resolve: (seq) => ({ [key]: asUnknown(seq.toJSON()) }) },
      { tag, collection: 'map', resolve: (map) => ({ [key]: asUnknown(map.toJSON()) }) },
    );
  }
  return tags;
}

function splitGetAtt(value: string): [string, string] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value, ''] : [value.slice(0, dot), value.slice(dot + 1)];
}

/** Parses a CloudFormation YAML template, expanding `!Ref`, `!GetAtt`, `!Sub`… to their long forms. */
/** The yaml library's toJSON() is typed `any`: what it gives is data still to be checked. */
function asUnknown(value: unknown): unknown {
  return value;
}

export function loadTemplate(path: string): CfnTemplate {
  return parse(readFileSync(path, 'utf8'), { customTags: intrinsicTags() }) as CfnTemplate;
}

/** The resources of one type, by logical id. */
export function resourcesOfType(template: CfnTemplate, type: string): Array<[string, CfnResource]> {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

/** The one resource of a type; throws when there are none or several. */
export function onlyResourceOfType(template: CfnTemplate, type: string): [string, CfnResource] {
  const found = resourcesOfType(template, type);
  if (found.length !== 1) {
    throw new Error(`expected exactly one ${type}, found ${found.length}`);
  }
  return found[0] as [string, CfnResource];
}

/** Every logical id a value refers to through Ref, Fn::GetAtt or `${Name}` inside Fn::Sub. */
export function referencedIds(value: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, inner] of Object.entries(node)) {
      if (key === 'Ref' && typeof inner === 'string') ids.add(inner);
      else if (key === 'Fn::GetAtt' && Array.isArray(inner)) ids.add(String(inner[0]));
      else if (key === 'Fn::Sub') {
        const text: unknown = Array.isArray(inner) ? inner[0] : inner;
        for (const match of String(text).matchAll(/\$\{([^}!.]+)(?:\.[^}]+)?\}/g)) {
          ids.add(match[1] as string);
        }
        if (Array.isArray(inner)) visit(inner[1]);
      } else visit(inner);
    }
  };
  visit(value);
  return ids;
}
