import { resourceKinds, type Environment } from '@contactflow/dsl';
import { environmentObject } from './environment-object.js';

/** The outcome of reading an environment file: the environment, or one line saying what is wrong. */
export type ParsedEnvironment =
  | { readonly environment: Environment; readonly error?: undefined }
  | { readonly environment?: undefined; readonly error: string };

const knownKeys = new Set<string>(Object.values(resourceKinds));

/**
 * Reads an environment file (`environments/prod.json`): an object with one key per resource kind
 * (`queues`, `prompts`, `lambdaFunctions`, ...), each mapping logical names to ARNs or ids.
 *
 * @example
 * ```ts
 * import { parseEnvironment } from '@contactflow/compiler';
 * const { environment, error } = parseEnvironment('{ "queues": { "Sales": "arn:..." } }', 'dev.json');
 * ```
 */
export function parseEnvironment(text: string, fileName: string): ParsedEnvironment {
  const read = environmentObject(text, fileName);
  if ('error' in read) return { error: read.error };
  for (const [key, names] of Object.entries(read.entries)) {
    if (!knownKeys.has(key)) {
      return {
        error: `${fileName}: unknown resource kind "${key}" (expected one of ${[...knownKeys].join(', ')})`,
      };
    }
    if (typeof names !== 'object' || names === null || Array.isArray(names)) {
      return { error: `${fileName}: "${key}" must map logical names to ARNs or ids` };
    }
    for (const [name, id] of Object.entries(names)) {
      if (typeof id !== 'string' || id === '') {
        return { error: `${fileName}: ${key}."${name}" must be a non-empty string (an ARN or id)` };
      }
    }
  }
  return { environment: read.entries as Environment };
}
