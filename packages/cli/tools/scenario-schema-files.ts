import { compile } from 'json-schema-to-typescript';
import { format } from 'prettier';
import { scenarioFileSchema } from '../src/scenarios/scenario-file-schema.js';

/** A file `pnpm generate` writes, relative to the repository root. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

const banner = [
  '/* eslint-disable */',
  '// Generated from the scenario file schema (src/scenarios/scenario-file-schema.ts) by',
  '// `pnpm generate`; do not edit. A test fails when this file and the schema disagree.',
].join('\n');

/**
 * The scenario file schema for editors, and the TypeScript types `contactflow test` reads scenario
 * files with, both rendered from `scenarioFileSchema()`; the drift test compares them with the
 * committed files.
 */
export async function scenarioSchemaFiles(): Promise<GeneratedFile[]> {
  const schema = scenarioFileSchema();
  const types = await compile(schema as never, 'ScenarioFile', {
    bannerComment: banner,
    additionalProperties: false,
    strictIndexSignatures: true,
    unknownAny: true,
    declareExternallyReferenced: true,
    format: false,
  });
  return [
    {
      path: 'packages/cli/schema/scenario.schema.json',
      content: `${JSON.stringify(schema, null, 2)}\n`,
    },
    {
      path: 'packages/cli/src/generated/scenario-file.ts',
      content: await format(types, { parser: 'typescript', singleQuote: true, printWidth: 100 }),
    },
  ];
}
