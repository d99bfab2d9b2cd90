import { conditionOperators, type ConditionOperator } from '@contactflow/dsl';
import { textOf } from './contact-state.js';

const numberPattern = /^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?\s*$/;

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = textOf(value);
  return numberPattern.test(text) ? Number(text) : undefined;
}

/**
 * Whether an operator is one of the Flow language's.
 *
 * @example
 * ```ts
 * import { isConditionOperator } from '@contactflow/simulator';
 * isConditionOperator('Equals'); // true
 * isConditionOperator('NumericLessThan'); // false
 * ```
 */
export function isConditionOperator(operator: string): operator is ConditionOperator {
  return (conditionOperators as readonly string[]).includes(operator);
}

/**
 * Whether a condition holds for a result. Text operators compare case-sensitively; number
 * operators hold only when both sides are numbers. An absent result (an attribute never set)
 * satisfies no condition, since a flow cannot test for a missing value without a Lambda function.
 *
 * @example
 * ```ts
 * import { conditionHolds } from '@contactflow/simulator';
 * conditionHolds('NumberLessThan', '30', 12); // true
 * conditionHolds('Equals', 'Gold', 'gold'); // false
 * ```
 */
export function conditionHolds(
  operator: ConditionOperator,
  operand: string,
  result: unknown,
): boolean {
  if (result === undefined || result === null) return false;
  const value = textOf(result);
  switch (operator) {
    case 'Equals':
      return value === operand;
    case 'TextStartsWith':
      return value.startsWith(operand);
    case 'TextEndsWith':
      return value.endsWith(operand);
    case 'TextContains':
      return value.includes(operand);
  }
  const left = numberOf(result);
  const right = numberOf(operand);
  if (left === undefined || right === undefined) return false;
  switch (operator) {
    case 'NumberGreaterThan':
      return left > right;
    case 'NumberGreaterOrEqualTo':
      return left >= right;
    case 'NumberLessThan':
      return left < right;
    case 'NumberLessOrEqualTo':
      return left <= right;
  }
}
