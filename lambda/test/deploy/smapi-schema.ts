import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { SMAPI_TYPES, type SmapiCheck } from './smapi-typecheck';

/**
 * ask-smapi-model's Swagger spec, read as JSON Schema: it carries the limits the TypeScript types
 * cannot (a 160-character summary, at most 4 example phrases, non-empty names), where the types
 * carry what the spec leaves open (unknown keys). Both run on the same files.
 */
const ajv = new Ajv({
  // The spec has Swagger's own keywords (x-isEnum, discriminator…) and free-text formats.
  strict: false,
  validateFormats: false,
  allErrors: true,
  logger: false,
});
// Read at run time, not imported: typing the 900 KB spec would slow every `tsc` of the project.
const spec = JSON.parse(readFileSync(require.resolve('ask-smapi-model/spec.json'), 'utf8')) as { definitions: object };
ajv.addSchema({ definitions: spec.definitions }, 'smapi');

/** Each schema violation as `path: message`; an empty list means the JSON meets the spec. */
export function schemaErrors(check: SmapiCheck): string[] {
  const validate = ajv.getSchema(`smapi#/definitions/${SMAPI_TYPES[check.type]}`);
  if (!validate) throw new Error(`ask-smapi-model's spec has no ${SMAPI_TYPES[check.type]}`);
  // Synchronous: the spec declares no async schema, so the result is a boolean, never a promise.
  if (validate(JSON.parse(check.json)) === true) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
}
