import { resourceKinds } from './resource-kind.js';

/**
 * The JSON Schema of an environment file, for editors (`"$schema"` in the file) and for tools that
 * check one before compiling.
 *
 * @example
 * ```ts
 * import { environmentSchema } from '@contactflow/dsl';
 * Object.keys(environmentSchema.properties); // ['$schema', 'queues', 'prompts', ...]
 * ```
 */
export const environmentSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'contactflow environment',
  description:
    'Logical names of instance resources mapped to their ARN or id, per resource kind. The compiler replaces each symbolic reference of a flow with the value given here.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    ...Object.fromEntries(
      Object.entries(resourceKinds).map(([kind, key]) => [
        key,
        {
          description: `${kind} references: logical name to ARN or id.`,
          type: 'object',
          additionalProperties: { type: 'string', minLength: 1 },
        },
      ]),
    ),
  },
} as const;
