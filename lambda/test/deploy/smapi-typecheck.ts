import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** The ask-smapi-model types a skill package file is checked against. */
export const SMAPI_TYPES = {
  manifest: 'v1.skill.Manifest.SkillManifestEnvelope',
  interactionModel: 'v1.skill.interactionModel.InteractionModelData',
} as const;

export interface SmapiCheck {
  /** Names the file in the results, e.g. `skill.json` or `mutant: slot type misspelled`. */
  name: string;
  /** The JSON text, exactly as it would be uploaded. */
  json: string;
  type: keyof typeof SMAPI_TYPES;
}

/** ask-smapi-model's index.d.ts, imported by absolute path so the generated files can live in a temp dir. */
const SMAPI_MODEL = dirname(require.resolve('ask-smapi-model/package.json'));

/** Lines the generated file puts before the JSON text, so a diagnostic's line maps back to the JSON. */
const HEADER_LINES = 2;

function generatedSource(check: SmapiCheck): string {
  // `(<literal>) satisfies T` keeps the literal's own types (string unions, excess-property checks),
  // where importing the .json file would widen every string and drop unknown keys from the check.
  return [
    `import type { v1 } from ${JSON.stringify(SMAPI_MODEL)};`,
    'export const checked = (',
    check.json,
    `) satisfies ${SMAPI_TYPES[check.type]};`,
    '',
  ].join('\n');
}

/**
 * Type-checks every JSON text against its ask-smapi-model type in one TypeScript program (the
 * 500 KB declaration file is parsed once) and returns each check's diagnostics as
 * `line N: message`, N counted in the JSON text. An empty list means the file type-checks.
 */
export function typeCheckAgainstSmapi(checks: readonly SmapiCheck[]): Map<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hip-coach-smapi-'));
  try {
    const fileOf = new Map<string, string>();
    checks.forEach((check, index) => {
      const file = join(dir, `check-${index}.ts`);
      writeFileSync(file, generatedSource(check));
      fileOf.set(file, check.name);
    });
    const program = ts.createProgram([...fileOf.keys()], {
      strict: true,
      noEmit: true,
      // The declaration file's own internals are Amazon's; only our literals are under test.
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      lib: ['lib.es2022.d.ts'],
      types: [],
    });
    const results = new Map<string, string[]>(checks.map((check) => [check.name, []]));
    for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
      const name = diagnostic.file ? fileOf.get(diagnostic.file.fileName) : undefined;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      if (name === undefined || diagnostic.file === undefined || diagnostic.start === undefined) {
        // A problem with the setup itself (e.g. ask-smapi-model not found): no check may pass.
        throw new Error(`TypeScript could not check the skill package: ${message}`);
      }
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      results.get(name)?.push(`line ${line + 1 - HEADER_LINES}: ${message}`);
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
