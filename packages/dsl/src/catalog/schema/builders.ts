import { integerPattern } from './integer-pattern.js';
import type { JsonSchema, ResourceKind, ValueClass } from './json-schema.js';

/**
 * A JSONPath reference as the Flow language writes it: dot segments or bracketed names, e.g.
 * `$.Attributes.tier`, `$.External.x`, `$['AwsRegion']`, `$.Attributes.['user attribute name']`.
 */
export const jsonPathSource = String.raw`\$(?:\.?\[[^\]]*\]|\.[^.\s\[\]]+)+`;

/** A whole-value JSONPath. */
export const jsonPathPattern = `^${jsonPathSource}$`;

/** Options shared by the string builders. */
export interface StringOptions {
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

function stringSchema(
  description: string,
  valueClass: ValueClass,
  options: StringOptions = {},
): JsonSchema {
  const schema: JsonSchema = { type: 'string', description, 'x-value-class': valueClass };
  if (options.enum) return { ...schema, enum: options.enum };
  // A whole JSONPath must stay possible where the class allows one, whatever the literal pattern.
  const pattern =
    options.pattern === undefined
      ? undefined
      : valueClass === 'static'
        ? options.pattern
        : `^(?:${stripAnchors(options.pattern)}|${jsonPathSource})$`;
  return {
    ...schema,
    ...(pattern === undefined ? {} : { pattern }),
    ...(options.minLength === undefined ? {} : { minLength: options.minLength }),
    ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
  };
}

function stripAnchors(pattern: string): string {
  return pattern.replace(/^\^/, '').replace(/\$$/, '');
}

/**
 * Free text that may embed references (`"Hello $.External.FirstName"`).
 *
 * @example
 * ```ts
 * import { text } from '@contactflow/dsl/catalog';
 * text('Text to speak or send.', { maxLength: 6000 });
 * ```
 */
export function text(description: string, options: StringOptions = {}): JsonSchema {
  return stringSchema(description, 'text', options);
}

/**
 * A literal string; no JSONPath is allowed in it.
 *
 * @example
 * ```ts
 * import { literal } from '@contactflow/dsl/catalog';
 * literal('Where the value is stored.', { enum: ['Attributes'] });
 * ```
 */
export function literal(description: string, options: StringOptions = {}): JsonSchema {
  return stringSchema(description, 'static', options);
}

/**
 * A literal string or one whole JSONPath (`"$.Attributes.language"`).
 *
 * @example
 * ```ts
 * import { dynamic } from '@contactflow/dsl/catalog';
 * dynamic('Language code, e.g. en-US.');
 * ```
 */
export function dynamic(description: string, options: StringOptions = {}): JsonSchema {
  return stringSchema(description, 'jsonpath', options);
}

/**
 * A value that must be a JSONPath (the parameter names a place, not a value).
 *
 * @example
 * ```ts
 * import { jsonPath } from '@contactflow/dsl/catalog';
 * jsonPath('The value to compare.');
 * ```
 */
export function jsonPath(description: string): JsonSchema {
  return { type: 'string', description, pattern: jsonPathPattern, 'x-value-class': 'jsonpath' };
}

/**
 * The id or ARN of an instance resource, literal or from one whole JSONPath.
 *
 * @example
 * ```ts
 * import { resource } from '@contactflow/dsl/catalog';
 * resource('queue', 'The queue to transfer to.');
 * ```
 */
export function resource(
  kind: ResourceKind,
  description: string,
  options: { valueClass?: ValueClass } = {},
): JsonSchema {
  return {
    type: 'string',
    description,
    minLength: 1,
    'x-value-class': options.valueClass ?? 'jsonpath',
    'x-resource': kind,
  };
}

/** Options of {@link integer}. */
export interface IntegerOptions {
  readonly minimum?: number;
  readonly maximum?: number;
  /** `static` (default) or `jsonpath` when the value may come from one whole JSONPath. */
  readonly valueClass?: 'static' | 'jsonpath';
}

/**
 * An integer, written either as a JSON number or, as the console does, as a decimal string. The range
 * applies to both forms: `minimum`/`maximum` to numbers, a generated pattern to strings.
 *
 * @example
 * ```ts
 * import { integer } from '@contactflow/dsl/catalog';
 * integer('Seconds to wait for the first digit.', { minimum: 1, maximum: 179 });
 * ```
 */
export function integer(description: string, options: IntegerOptions = {}): JsonSchema {
  const minimum = options.minimum ?? 0;
  const digits = integerPattern(minimum, options.maximum);
  const alternatives = options.valueClass === 'jsonpath' ? `${digits}|${jsonPathSource}` : digits;
  return {
    type: ['integer', 'string'],
    description,
    minimum,
    ...(options.maximum === undefined ? {} : { maximum: options.maximum }),
    pattern: `^(?:${alternatives})$`,
    'x-value-class': options.valueClass ?? 'static',
  };
}

/**
 * A boolean as the Flow language writes it: the strings `"True"` and `"False"` unless told otherwise
 * (a few Cases and Profiles fields use `"true"`/`"false"`).
 *
 * @example
 * ```ts
 * import { flag } from '@contactflow/dsl/catalog';
 * flag('Store the input instead of branching on it.');
 * ```
 */
export function flag(
  description: string,
  values: readonly string[] = ['True', 'False'],
): JsonSchema {
  return { type: 'string', description, enum: values, 'x-value-class': 'static' };
}

/**
 * One of a fixed set of literal strings.
 *
 * @example
 * ```ts
 * import { choice } from '@contactflow/dsl/catalog';
 * choice('Who to record.', ['Agent', 'Customer']);
 * ```
 */
export function choice(
  description: string,
  values: readonly string[],
  valueClass: 'static' | 'jsonpath' = 'static',
): JsonSchema {
  if (valueClass === 'static')
    return { type: 'string', description, enum: values, 'x-value-class': 'static' };
  return dynamic(description, { pattern: `^(?:${values.map(escapeRegExp).join('|')})$` });
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Options of {@link object}. */
export interface ObjectOptions {
  readonly required?: readonly string[];
  /** Groups of properties of which at most one may be set. */
  readonly exclusive?: readonly (readonly string[])[];
  /** Groups of properties of which at least one must be set. */
  readonly atLeastOne?: readonly (readonly string[])[];
  /** Whether properties not listed are accepted. Default false: the API rejects unknown names. */
  readonly additionalProperties?: boolean | JsonSchema;
  readonly minProperties?: number;
  readonly maxProperties?: number;
}

/**
 * An object with known properties. Mutual exclusions and "at least one of" groups become `not`
 * and `anyOf` clauses whose `$comment` names the group, so that diagnostics can say
 * "only one of Text, SSML may be set" instead of quoting the schema.
 *
 * @example
 * ```ts
 * import { object, text, resource } from '@contactflow/dsl/catalog';
 * object('What to play.', { Text: text('Text.'), PromptId: resource('prompt', 'Prompt.') }, {
 *   exclusive: [['Text', 'PromptId']],
 * });
 * ```
 */
export function object(
  description: string,
  properties: Readonly<Record<string, JsonSchema>>,
  options: ObjectOptions = {},
): JsonSchema {
  const constraints: JsonSchema[] = [];
  for (const group of options.exclusive ?? []) constraints.push(atMostOneOf(group));
  for (const group of options.atLeastOne ?? []) constraints.push(atLeastOneOf(group));
  return {
    type: 'object',
    description,
    properties,
    ...(options.required && options.required.length > 0 ? { required: options.required } : {}),
    additionalProperties: options.additionalProperties ?? false,
    ...(options.minProperties === undefined ? {} : { minProperties: options.minProperties }),
    ...(options.maxProperties === undefined ? {} : { maxProperties: options.maxProperties }),
    ...(constraints.length > 0 ? { allOf: constraints } : {}),
  };
}

/** The `$comment` prefix that marks a constraint clause made by {@link object}. */
export const constraintComment = {
  atMostOne: 'at-most-one-of:',
  atLeastOne: 'at-least-one-of:',
} as const;

function atMostOneOf(group: readonly string[]): JsonSchema {
  const pairs: JsonSchema[] = [];
  group.forEach((first, i) => {
    for (const second of group.slice(i + 1)) pairs.push({ required: [first, second] });
  });
  return { $comment: `${constraintComment.atMostOne} ${group.join(', ')}`, not: { anyOf: pairs } };
}

function atLeastOneOf(group: readonly string[]): JsonSchema {
  return {
    $comment: `${constraintComment.atLeastOne} ${group.join(', ')}`,
    anyOf: group.map((name) => ({ required: [name] })),
  };
}

/**
 * A string-to-value map whose keys are chosen by the flow author (attributes, tags, session
 * attributes).
 *
 * @example
 * ```ts
 * import { map, text } from '@contactflow/dsl/catalog';
 * map('Attributes to set.', text('Value.'), { keyPattern: '^[^$.]+$' });
 * ```
 */
export function map(
  description: string,
  values: JsonSchema,
  options: { keyPattern?: string; minProperties?: number; maxProperties?: number } = {},
): JsonSchema {
  return {
    type: 'object',
    description,
    additionalProperties: values,
    ...(options.keyPattern === undefined ? {} : { propertyNames: { pattern: options.keyPattern } }),
    ...(options.minProperties === undefined ? {} : { minProperties: options.minProperties }),
    ...(options.maxProperties === undefined ? {} : { maxProperties: options.maxProperties }),
  };
}

/**
 * An array of items.
 *
 * @example
 * ```ts
 * import { array, text } from '@contactflow/dsl/catalog';
 * array('Messages played in turn.', text('A message.'), { minItems: 1 });
 * ```
 */
export function array(
  description: string,
  items: JsonSchema,
  options: { minItems?: number; maxItems?: number } = {},
): JsonSchema {
  return {
    type: 'array',
    description,
    items,
    ...(options.minItems === undefined ? {} : { minItems: options.minItems }),
    ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }),
  };
}

/**
 * The parameters of an action that takes none: `"Parameters": {}`.
 *
 * @example
 * ```ts
 * import { noParameters } from '@contactflow/dsl/catalog';
 * noParameters.maxProperties; // 0
 * ```
 */
export const noParameters: JsonSchema = {
  type: 'object',
  description: 'This action takes no parameters.',
  properties: {},
  additionalProperties: false,
};

/**
 * Parameters the reference does not document: any object passes, and the names seen in real flows
 * are listed so editors can suggest them.
 *
 * @example
 * ```ts
 * import { undocumentedParameters, text } from '@contactflow/dsl/catalog';
 * undocumentedParameters('Seen in console exports.', { SourceContactId: text('Contact id.') });
 * ```
 */
export function undocumentedParameters(
  description: string,
  seen: Readonly<Record<string, JsonSchema>> = {},
): JsonSchema {
  return { type: 'object', description, properties: seen, additionalProperties: true };
}
