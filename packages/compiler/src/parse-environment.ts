import { resourceKinds, type Environment } from '@contactflow/dsl';

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
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `${fileName}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `${fileName}: an environment is an object of resource kinds` };
  }
  for (const [key, names] of Object.entries(value)) {
    if (key === '$schema') continue;
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
  const { $schema: _schema, ...environment } = value as Record<string, unknown>;
  return { environment: environment as Environment };
}
