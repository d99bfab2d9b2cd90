import type { Ajv, AnySchema, ValidateFunction } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

// Ajv's code calls its runtime helpers through CommonJS requires of Ajv itself, which an ES module
// cannot make and which bundlers and loaders resolve differently. The helpers the schemas need are
// defined in the generated code instead.
const runtimeRequire = /const (\w+) = require\("ajv\/dist\/runtime\/([\w-]+)"\)\.default;/g;
interface RuntimeHelper {
  readonly definition: string;
  /** A Node.js built-in binding the definition names. */
  readonly binding?: { readonly name: string; readonly module: string };
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
    binding: { name: 'isDeepStrictEqual', module: 'node:util' },
  },
};

/** Standalone code of one validation function, without Ajv's export lines. */
interface StandaloneCode {
  /** The name the code gives the function. */
  readonly name: string;
  readonly code: string;
  /** Node.js built-ins the code uses: binding name to module. */
  readonly bindings: ReadonlyMap<string, string>;
}

function standaloneCode(ajv: Ajv, validate: ValidateFunction): StandaloneCode {
  let code = standalone.default(ajv, validate);
  const entry = /^"use strict";export const validate = (\w+);export default \1;/.exec(code);
  if (!entry?.[1]) throw new Error('Unexpected standalone code: the entry point was not found');
  code = code.slice(entry[0].length);
  const bindings = new Map<string, string>();
  code = code.replace(runtimeRequire, (_all: string, name: string, helper: string) => {
    const known = runtimeHelpers[helper];
    if (known === undefined) {
      throw new Error(`The schema needs Ajv's runtime helper "${helper}"; define it here`);
    }
    if (known.binding !== undefined) bindings.set(known.binding.name, known.binding.module);
    return `const ${name} = ${known.definition};`;
  });
  if (/require\("ajv/.test(code)) {
    throw new Error('Unexpected standalone code: a require() is left in the module');
  }
  return { name: entry[1], code, bindings };
}

/** What the generated module is called and says about itself. */
export interface StandaloneModuleOptions {
  /** The name of the exported validation function. */
  readonly exportName: string;
  /** Its TSDoc summary. */
  readonly summary: string;
  /** What the code is generated from, for the header comment. */
  readonly source: string;
  /** Code the validation code relies on, placed after the imports. */
  readonly prelude?: readonly string[];
}

function header(source: string): string[] {
  return [
    `// Generated from ${source} by \`pnpm generate\` (Ajv standalone code); do not edit.`,
    '// A test fails when this file and the schema disagree.',
  ];
}

/**
 * Compiles `schema` with `ajv` (created with `code: { source: true, esm: true }`), or takes the
 * function `ajv` compiled it to, and renders the result as a TypeScript module that exports the
 * validation function: the same code Ajv would build at run time, without the time it takes to
 * build it.
 */
export function renderStandaloneModule(
  ajv: Ajv,
  schema: AnySchema | ValidateFunction,
  options: StandaloneModuleOptions,
): string {
  const validate = typeof schema === 'function' ? schema : ajv.compile(schema);
  const { name, code, bindings } = standaloneCode(ajv, validate);
  return [
    '// @ts-nocheck',
    '/* eslint-disable */',
    ...header(options.source),
    ...[...bindings].map(([binding, module]) => `import { ${binding} } from '${module}';`),
    "import type { ValidateFunction } from 'ajv';",
    ...(options.prelude ?? []),
    code,
    '',
    `/** ${options.summary} */`,
    `export const ${options.exportName} = ${name} as unknown as ValidateFunction;`,
    '',
  ].join('\n');
}

/**
 * Renders one function `ajv` compiled (with `code: { source: true, esm: true }`), and every
 * function and schema it uses, as a CommonJS script whose `module.exports` is the function: a
 * part of a validator that can be loaded synchronously when it is first needed.
 */
export function renderStandaloneScript(
  ajv: Ajv,
  validate: ValidateFunction,
  options: { readonly source: string; readonly purpose: string },
): string {
  const { name, code, bindings } = standaloneCode(ajv, validate);
  return [
    '/* eslint-disable */',
    ...header(options.source),
    `// ${options.purpose}`,
    "'use strict';",
    ...[...bindings].map(([binding, module]) => `const { ${binding} } = require('${module}');`),
    code,
    `module.exports = ${name};`,
    '',
  ].join('\n');
}
