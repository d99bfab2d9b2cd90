import { Ajv } from 'ajv';
import { renderStandaloneModule } from '../../validator/tools/standalone-module.js';
import { configSchema } from '../src/config/config-schema.js';

/**
 * The schema of `contactflow.config.json` as standalone validation code, which `lint` and
 * `build` use instead of loading Ajv and compiling the schema in every process; the drift test
 * regenerates it and compares.
 */
export function renderConfigValidator(): { readonly path: string; readonly content: string } {
  // The options the schema was compiled with at run time before: the first error, with its data.
  const ajv = new Ajv({ allErrors: false, verbose: true, code: { source: true, esm: true } });
  return {
    path: 'packages/cli/src/generated/config-validator.ts',
    content: renderStandaloneModule(ajv, configSchema(), {
      exportName: 'validateConfigSchema',
      summary: 'Checks a parsed `contactflow.config.json` against its schema, as Ajv compiled it.',
      source: 'the configuration schema',
    }),
  };
}
