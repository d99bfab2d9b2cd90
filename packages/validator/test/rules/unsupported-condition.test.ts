import { unsupportedCondition } from '../../src/rules/unsupported-condition.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const compare = (operator: string) => ({
  Identifier: 'check',
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Attributes.tier' },
  Transitions: {
    NextAction: 'bye',
    Conditions: [{ NextAction: 'bye', Condition: { Operator: operator, Operands: ['5'] } }],
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
  },
});

testRule(unsupportedCondition, {
  valid: [
    { name: 'Equals on Compare', document: flowOf([compare('Equals'), bye]) },
    { name: 'a number comparison on Compare', document: flowOf([compare('NumberLessThan'), bye]) },
    { name: 'no conditions', document: flowOf([prompt('hello', 'bye'), bye]) },
  ],
  invalid: [
    {
      name: 'an operator Compare does not have',
      document: flowOf([compare('StartsWith'), bye]),
      findings: [
        { actionId: 'check', pointer: '/Actions/0/Transitions/Conditions/0/Condition/Operator' },
      ],
    },
    {
      name: 'conditions on a prompt',
      document: flowOf([
        {
          ...(prompt('hello', 'bye') as { Transitions: object }),
          Transitions: {
            NextAction: 'bye',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
            Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } }],
          },
        },
        bye,
      ]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/Conditions' }],
    },
  ],
});
