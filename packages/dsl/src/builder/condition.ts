import type { ConditionOperator } from '../catalog/action-spec.js';

/** One test of a Flow-language condition: the action's result compared with an operand. */
export interface Condition {
  readonly operator: ConditionOperator;
  readonly operand: string;
}

/** What `.when(...)` takes: a value the result must equal, or a {@link Condition}. */
export type ConditionInput = string | number | Condition;

/**
 * The condition a `.when(...)` argument stands for: plain values compare with `Equals`.
 *
 * @example
 * ```ts
 * import { toCondition } from '@contactflow/dsl';
 * toCondition(1); // { operator: 'Equals', operand: '1' }
 * ```
 */
export function toCondition(input: ConditionInput): Condition {
  return typeof input === 'object' ? input : { operator: 'Equals', operand: String(input) };
}

function operator(op: ConditionOperator) {
  return (operand: string | number): Condition => ({ operator: op, operand: String(operand) });
}

/**
 * Condition helpers for `.when(...)`.
 *
 * @example
 * ```ts
 * import { attribute, checkContactAttributes, disconnect, is } from '@contactflow/dsl';
 * const bye = disconnect();
 * checkContactAttributes({ value: attribute('tier') })
 *   .when(is.startingWith('gold'), bye)
 *   .when(is.greaterThan(3), bye);
 * ```
 */
export const is = {
  equalTo: operator('Equals'),
  startingWith: operator('TextStartsWith'),
  endingWith: operator('TextEndsWith'),
  containing: operator('TextContains'),
  greaterThan: operator('NumberGreaterThan'),
  greaterThanOrEqualTo: operator('NumberGreaterOrEqualTo'),
  lessThan: operator('NumberLessThan'),
  lessThanOrEqualTo: operator('NumberLessOrEqualTo'),
} as const;
