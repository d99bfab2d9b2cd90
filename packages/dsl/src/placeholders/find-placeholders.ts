import type { PlaceholderSyntax } from './placeholder-syntax.js';

/** One placeholder in a value. */
export interface PlaceholderMatch {
  /** The syntax it is written in. */
  readonly syntax: string;
  /** Its name, as the deploy tool knows it (`support_queue_arn`). */
  readonly name: string;
  /** The placeholder as written (`${support_queue_arn}`). */
  readonly text: string;
  /** Where it starts in the value. */
  readonly index: number;
}

// One expression per list of syntaxes, the alternatives in the list's order, so that a value is
// scanned once however many syntaxes there are.
const combined = new WeakMap<readonly PlaceholderSyntax[], RegExp>();

function searchFor(syntaxes: readonly PlaceholderSyntax[]): RegExp {
  let expression = combined.get(syntaxes);
  if (expression === undefined) {
    expression = new RegExp(syntaxes.map((syntax) => `(?:${syntax.pattern})`).join('|'), 'gu');
    combined.set(syntaxes, expression);
  }
  expression.lastIndex = 0;
  return expression;
}

/**
 * The placeholders in a string value, in order. Where two syntaxes could match at one place, the
 * first in `syntaxes` wins.
 *
 * @example
 * ```ts
 * import { findPlaceholders, defaultPlaceholderSyntaxes } from '@contactflow/dsl';
 * findPlaceholders('arn:aws:connect:${REGION}:%Account%', defaultPlaceholderSyntaxes).map((p) => p.name);
 * // ['REGION', 'Account']
 * ```
 */
export function findPlaceholders(
  value: string,
  syntaxes: readonly PlaceholderSyntax[],
): PlaceholderMatch[] {
  if (syntaxes.length === 0) return [];
  const found: PlaceholderMatch[] = [];
  for (const match of value.matchAll(searchFor(syntaxes))) {
    // The capture groups run in syntax order; the one that took part names the syntax.
    const group = match.slice(1).findIndex((name) => name !== undefined);
    const syntax = syntaxes[group];
    if (syntax === undefined) continue;
    found.push({
      syntax: syntax.name,
      name: match[group + 1]!,
      text: match[0],
      index: match.index,
    });
  }
  return found;
}

/**
 * The placeholder a value consists of, when it is one placeholder and nothing else: such a value
 * stands for a whole parameter, a queue's ARN or a prompt's, not for part of a text.
 *
 * @example
 * ```ts
 * import { wholePlaceholder, defaultPlaceholderSyntaxes } from '@contactflow/dsl';
 * wholePlaceholder('${support_queue_arn}', defaultPlaceholderSyntaxes)?.name; // 'support_queue_arn'
 * wholePlaceholder('+1{{phone}}', defaultPlaceholderSyntaxes); // undefined
 * ```
 */
export function wholePlaceholder(
  value: string,
  syntaxes: readonly PlaceholderSyntax[],
): PlaceholderMatch | undefined {
  const [first, second] = findPlaceholders(value, syntaxes);
  return first !== undefined && second === undefined && first.text === value ? first : undefined;
}

/**
 * Whether a value holds a placeholder of one of the syntaxes anywhere.
 *
 * @example
 * ```ts
 * import { containsPlaceholder, defaultPlaceholderSyntaxes } from '@contactflow/dsl';
 * containsPlaceholder('+1{{phoneNumber}}', defaultPlaceholderSyntaxes); // true
 * ```
 */
export function containsPlaceholder(
  value: string,
  syntaxes: readonly PlaceholderSyntax[],
): boolean {
  return syntaxes.length > 0 && searchFor(syntaxes).test(value);
}
