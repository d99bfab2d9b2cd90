/**
 * A value the contact carries at run time, named by the JSONPath the Flow language reads it from
 * (`$.Attributes.tier`, `$.External.isHoliday`).
 *
 * The type parameter says what the value holds, so that a helper taking a number can refuse a text
 * attribute; it exists only for the type checker.
 *
 * @example
 * ```ts
 * import { attribute } from '@contactflow/dsl';
 * attribute('tier').path; // '$.Attributes.tier'
 * ```
 */
export class DynamicValue<T extends 'text' | 'number' = 'text' | 'number'> {
  /** Marks the class for `isDynamicValue` across copies of the package. */
  readonly kind = 'dynamic-value';
  declare readonly valueType?: T;

  constructor(
    /** The whole JSONPath, starting with `$`. */
    readonly path: string,
  ) {}

  /** The JSONPath, so that a value can also be written inside a `text` template. */
  toString(): string {
    return this.path;
  }
}

/** A dynamic value that holds a number (a queue size, a count). */
export type NumberValue = DynamicValue<'number'>;

/**
 * Whether a value is a {@link DynamicValue}.
 *
 * @example
 * ```ts
 * import { attribute, isDynamicValue } from '@contactflow/dsl';
 * isDynamicValue(attribute('tier')); // true
 * ```
 */
export function isDynamicValue(value: unknown): value is DynamicValue {
  return (
    typeof value === 'object' && value !== null && (value as DynamicValue).kind === 'dynamic-value'
  );
}

/**
 * The JSONPath segment for a name: `.name` when it is a plain identifier, else `['name']`, the form
 * the Flow language takes for names with spaces or punctuation.
 */
export function pathSegment(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `.${name}` : `['${name.replace(/'/g, "\\'")}']`;
}
