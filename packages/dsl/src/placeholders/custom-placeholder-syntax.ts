import type { PlaceholderSyntax } from './placeholder-syntax.js';

/** A syntax of a team's own, as configuration describes it. */
export interface CustomPlaceholderSyntaxOptions {
  /** How messages name it. */
  readonly name: string;
  /** A regular expression with exactly one capture group, the placeholder's name: `@@([A-Z_]+)@@`. */
  readonly pattern: string;
  /** The placeholder text with `{name}` where the name goes: `@@{name}@@`. */
  readonly write: string;
}

/**
 * A {@link PlaceholderSyntax} from a pattern and a template, checked: the pattern must compile, have
 * one capture group, and match what the template writes. Throws an `Error` saying which is wrong,
 * for the configuration reader to report.
 *
 * @example
 * ```ts
 * import { customPlaceholderSyntax } from '@contactflow/dsl';
 * const at = customPlaceholderSyntax({ name: 'at', pattern: '@@([A-Za-z_]+)@@', write: '@@{name}@@' });
 * at.write('Queue'); // '@@Queue@@'
 * ```
 */
export function customPlaceholderSyntax(
  options: CustomPlaceholderSyntaxOptions,
): PlaceholderSyntax {
  let expression: RegExp;
  try {
    expression = new RegExp(options.pattern, 'u');
  } catch (error) {
    throw new Error(
      `placeholder syntax "${options.name}": the pattern is not a regular expression (${(error as Error).message})`,
    );
  }
  const groups = new RegExp(`${options.pattern}|`, 'u').exec('')!.length - 1;
  if (groups !== 1) {
    throw new Error(
      `placeholder syntax "${options.name}": the pattern must have exactly one capture group, the name; it has ${groups}`,
    );
  }
  if (!options.write.includes('{name}')) {
    throw new Error(`placeholder syntax "${options.name}": "write" must contain {name}`);
  }
  const write = (name: string) => options.write.split('{name}').join(name);
  const sample = 'Name_1';
  const match = new RegExp(`^(?:${options.pattern})$`, 'u').exec(write(sample));
  if (match?.[1] !== sample) {
    throw new Error(
      `placeholder syntax "${options.name}": the pattern does not read back "${write(sample)}", which "write" makes of the name ${sample}`,
    );
  }
  return { name: options.name, pattern: options.pattern, write };
}
