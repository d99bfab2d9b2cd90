import { checkContactAttributes as spec } from '../catalog/blocks/check-contact-attributes.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import { toCondition, type Condition, type ConditionInput } from '../builder/condition.js';
import { isDynamicValue, type DynamicValue } from '../values/dynamic-value.js';

/** Options of {@link checkContactAttributes}. */
export interface CheckContactAttributesOptions {
  /**
   * The value to check: a contact attribute, a Lambda result, a Lex slot, a queue metric, a system
   * value... Always a dynamic value: the block compares what a JSONPath holds, never a literal.
   */
  readonly value: DynamicValue;
}

/**
 * What `.when(...)` of {@link checkContactAttributes} takes: a value the checked one must equal, a
 * dynamic value to compare with (`attribute('expected')`), or an `is.*` condition.
 */
export type CheckContactAttributesCondition = ConditionInput | DynamicValue;

/**
 * Check contact attributes: compares one value with conditions, tried in the order they are
 * connected; the first that holds wins, and `.otherwise(...)` (No match) takes the rest. Matching
 * is case-sensitive.
 *
 * @example
 * ```ts
 * import { attribute, checkContactAttributes, disconnect, is, playPrompt } from '@contactflow/dsl';
 * const bye = disconnect();
 * const vip = playPrompt({ text: 'Welcome back!' }).then(bye).onError(bye);
 * checkContactAttributes({ value: attribute('tier') })
 *   .when('gold', vip)
 *   .when(is.startingWith('silver'), vip)
 *   .otherwise(bye);
 * ```
 */
export const checkContactAttributes = defineBlockBuilder(
  spec,
  (options: CheckContactAttributesOptions, context) => {
    const value: unknown = options.value;
    if (!isDynamicValue(value) && !(typeof value === 'string' && value.startsWith('$.'))) {
      context.problem(
        'invalid-option',
        `value takes a dynamic value such as attribute('tier'), not ${JSON.stringify(value) ?? String(value)}.`,
      );
    }
    return { parameters: { ComparisonValue: context.value(value, 'value') } };
  },
  (input: CheckContactAttributesCondition): Condition =>
    isDynamicValue(input) ? { operator: 'Equals', operand: input.path } : toCondition(input),
);
