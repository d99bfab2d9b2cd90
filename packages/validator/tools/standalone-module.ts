import type { Ajv, AnySchema } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

// Ajv's code calls its runtime helpers through CommonJS requires, which an ES module cannot make
// and which bundlers and loaders resolve differently. The helpers the schemas need are defined in
// the module instead.
const runtimeRequire = /const (\w+) = require\("ajv\/dist\/runtime\/([\w-]+)"\)\.default;/g;
interface RuntimeHelper {
  readonly definition: string;
  readonly imports?: string;
}
const runtimeHelpers: Readonly<Record<string, RuntimeHelper>> = {
  // The length of a string in code points, as minLength and maxLength count it.
  ucs2length: {
    definition:
      'function (text) { let length = 0; for (const _ of text) length++; return length; }',
  },
  // Deep equality of JSON values, for uniqueItems.
  equal: {
    definition: 'isDeepStrictEqual',
    imports: "import { isDeepStrictEqual } from 'node:util';",
  },
};

/** What the generated module is called and says about itself. */
export interface StandaloneModuleOptions {
  /** The name of the exported validation function. */
  readonly exportName: string;
  /** Its TSDoc summary. */
  readonly summary: string;
  /** What the code is generated from, for the header comment. */
  readonly source: string;
}

/**
 * Compiles `schema` with `ajv` (created with `code: { source: true, esm: true }`) and renders the
 * result as a TypeScript module that exports the validation function: the same code Ajv would
 * build at run time, without the time it takes to build it.
 */
export function renderStandaloneModule(
  ajv: Ajv,
  schema: AnySchema,
  options: StandaloneModuleOptions,
): string {
  const validate = ajv.compile(schema);
  let code = standalone.default(ajv, validate);
  const entry = /^"use strict";export const validate = (\w+);export default \1;/.exec(code);
  if (!entry) throw new Error('Unexpected standalone code: the entry point was not found');
  code = code.slice(entry[0].length);
  const imports = new Set<string>();
  code = code.replace(runtimeRequire, (_all: string, name: string, helper: string) => {
    const known = runtimeHelpers[helper];
    if (known === undefined) {
      throw new Error(`The schema needs Ajv's runtime helper "${helper}"; define it here`);
    }
    if (known.imports !== undefined) imports.add(known.imports);
    return `const ${name} = ${known.definition};`;
  });
  if (/require\("ajv/.test(code)) {
    throw new Error('Unexpected standalone code: a require() is left in the module');
  }
  return [
    '// @ts-nocheck',
    '/* eslint-disable */',
    `// Generated from ${options.source} by \`pnpm generate\` (Ajv standalone code); do not edit.`,
    '// A test fails when this file and the schema disagree.',
    ...imports,
    "import type { ValidateFunction } from 'ajv';",
    code,
    '',
    `/** ${options.summary} */`,
    `export const ${options.exportName} = ${entry[1]} as unknown as ValidateFunction;`,
    '',
  ].join('\n');
}
