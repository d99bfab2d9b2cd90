import { configSchema } from '../src/config/config-schema.js';

/**
 * The JSON Schema of `contactflow.config.json` for editors, as `pnpm generate` writes it; the drift
 * test compares it with the committed file.
 */
export function configSchemaFile(): { readonly path: string; readonly content: string } {
  return {
    path: 'packages/cli/schema/config.schema.json',
    content: `${JSON.stringify(configSchema(), null, 2)}\n`,
  };
}
