import type { ErrorObject } from 'ajv';

/** A schema problem in words, with the JSON pointer of the value it concerns. */
export interface SchemaProblem {
  /** Where the problem is: the value itself, or the unknown property. */
  readonly pointer: string;
  readonly message: string;
}

const typeNames: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function propertiesOf(error: ErrorObject): string[] {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {});
}

function place(pointer: string): string {
  return pointer === '' ? 'the file' : pointer;
}

// What a branch of anyOf wants, when the value is not even of its kind.
function wanted(error: ErrorObject): string {
  if (error.keyword === 'type') {
    const types = ([] as string[]).concat(error.params.type as string | string[]);
    return types.map((type) => typeNames[type] ?? type).join(' or ');
  }
  if (error.keyword === 'const') return show(error.params.allowedValue);
  if (error.keyword === 'enum') {
    return (error.params.allowedValues as unknown[]).map(show).join(', ');
  }
  return error.message ?? 'something else';
}

function describeOne(error: ErrorObject, yaml: boolean): SchemaProblem {
  const at = place(error.instancePath);
  const pointer = error.instancePath;
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return { pointer, message: `${at} has no "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = propertiesOf(error);
      const expected = known.length > 0 ? ` (expected one of: ${known.join(', ')})` : '';
      return {
        pointer: `${pointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        message: `${at} has an unknown property "${name}"${expected}`,
      };
    }
    case 'minProperties':
    case 'maxProperties': {
      const has = Object.keys((error.data ?? {}) as object);
      const found = has.length === 0 ? 'it has none' : `it has ${has.join(', ')}`;
      return {
        pointer,
        message: `${at} must have exactly one of: ${propertiesOf(error).join(', ')} (${found})`,
      };
    }
    case 'type': {
      const quote =
        yaml && params.type === 'string' && ['number', 'boolean'].includes(typeof error.data)
          ? ' (quote it)'
          : '';
      return {
        pointer,
        message: `${at} must be ${wanted(error)}, not ${show(error.data)}${quote}`,
      };
    }
    case 'const':
      return { pointer, message: `${at} must be ${wanted(error)}, not ${show(error.data)}` };
    case 'enum':
      return { pointer, message: `${at} must be one of ${wanted(error)}, not ${show(error.data)}` };
    case 'minItems': {
      const limit = Number(params.limit);
      return {
        pointer,
        message: `${at} must have at least ${limit} ${limit === 1 ? 'entry' : 'entries'}`,
      };
    }
    case 'minimum':
      return {
        pointer,
        message: `${at} must be at least ${String(params.limit)}, not ${show(error.data)}`,
      };
    case 'maximum':
      return {
        pointer,
        message: `${at} must be at most ${String(params.limit)}, not ${show(error.data)}`,
      };
    case 'minLength':
      return { pointer, message: `${at} must not be empty` };
    default:
      return { pointer, message: `${at} ${error.message ?? 'is not valid'}` };
  }
}

const shallow = new Set(['type', 'const', 'enum']);

/**
 * The one problem to report from what Ajv found (compiled with `verbose`, stopping at the first
 * failure): the failing keyword itself, or, when the value matched none of the alternatives of an
 * `anyOf`, the problem inside the alternative of the value's own kind, else what the alternatives
 * would take.
 *
 * @example
 * ```ts
 * import { Ajv } from 'ajv';
 * import { describeSchemaErrors } from './describe-schema-error.js';
 * const validate = new Ajv({ verbose: true }).compile({ type: 'object', required: ['flow'] });
 * validate({});
 * describeSchemaErrors(validate.errors ?? [], false).message; // 'the file has no "flow"'
 * ```
 */
export function describeSchemaErrors(errors: readonly ErrorObject[], yaml: boolean): SchemaProblem {
  const last = errors.at(-1);
  if (last === undefined) return { pointer: '', message: 'the file is not a scenario file' };
  if (last.keyword !== 'anyOf' && last.keyword !== 'oneOf') return describeOne(last, yaml);
  // The alternatives' errors come before it; those of a $ref'd alternative carry the schema path
  // of the definition, so they are told apart by what they say, not by where they come from.
  const below = errors
    .slice(0, -1)
    .filter(
      (error) =>
        error.instancePath === last.instancePath ||
        error.instancePath.startsWith(`${last.instancePath}/`),
    );
  const deepest = below.findLastIndex(
    (error) => error.instancePath.length > last.instancePath.length || !shallow.has(error.keyword),
  );
  if (deepest >= 0) return describeSchemaErrors(below.slice(0, deepest + 1), yaml);
  const alternatives = [...new Set(below.map(wanted))];
  return {
    pointer: last.instancePath,
    message: `${place(last.instancePath)} must be ${alternatives.join(' or ')}, not ${show(last.data)}`,
  };
}
