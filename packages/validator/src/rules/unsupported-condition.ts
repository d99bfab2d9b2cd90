import { defineSchemaRule } from '../schema-rule.js';
import { disconnectAction } from '../rule-examples.js';

const check = (operator: string) => ({
  Identifier: 'check',
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Attributes.tier' },
  Transitions: {
    NextAction: 'bye',
    Conditions: [{ NextAction: 'bye', Condition: { Operator: operator, Operands: ['gold'] } }],
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
  },
});

export const unsupportedCondition = defineSchemaRule(
  {
    id: 'unsupported-condition',
    category: 'structure',
    severity: 'error',
    description:
      'An action has conditions although it takes none, or a condition uses an operator the action does not support.',
    rationale:
      'Only some actions branch on conditions, each with its own operators: Check contact attributes (Compare) compares with Equals, NumberGreaterThan and the like, Get customer input with Equals only. The service refuses other operators, and conditions on an action that takes none.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'check',
        Actions: [check('StartsWith'), disconnectAction],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'check',
        Actions: [check('Equals'), disconnectAction],
      },
    },
  },
  () =>
    'Use an operator the action supports (docs/catalog.md), or branch with Check contact attributes.',
);
