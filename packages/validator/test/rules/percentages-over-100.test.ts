import { percentagesOver100 } from '../../src/rules/percentages-over-100.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const split = (conditions: readonly [string, string][], id = 'split') => ({
  Identifier: id,
  Type: 'DistributeByPercentage',
  Parameters: {},
  Transitions: {
    NextAction: 'bye',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
    Conditions: conditions.map(([operator, operand]) => ({
      NextAction: 'bye',
      Condition: { Operator: operator, Operands: [operand] },
    })),
  },
});

const lessThan = (...thresholds: string[]) =>
  thresholds.map((t): [string, string] => ['NumberLessThan', t]);

testRule(percentagesOver100, {
  valid: [
    {
      name: 'rising thresholds up to 100',
      document: flowOf([split(lessThan('20', '60', '100')), bye]),
    },
    {
      name: 'a 0 percent branch (an equal threshold)',
      document: flowOf([split(lessThan('0', '50', '50')), bye]),
    },
    {
      name: 'other operators and non-numbers (the action contract covers them)',
      document: flowOf([
        split([
          ['Equals', '500'],
          ['NumberLessThan', 'fifty'],
          ['NumberLessThan', ''],
        ]),
        bye,
      ]),
    },
    {
      name: 'thresholds on another action type',
      document: flowOf([
        {
          Identifier: 'metric',
          Type: 'CheckMetricData',
          Parameters: { MetricType: 'NumberOfAgentsAvailable' },
          Transitions: {
            NextAction: 'bye',
            Conditions: [
              { NextAction: 'bye', Condition: { Operator: 'NumberLessThan', Operands: ['500'] } },
            ],
          },
        },
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'a threshold that goes down',
      document: flowOf([split(lessThan('60', '30', '90')), bye]),
      findings: [
        { actionId: 'split', pointer: '/Actions/0/Transitions/Conditions/1/Condition/Operands/0' },
      ],
    },
    {
      name: 'thresholds past 100',
      document: flowOf([split(lessThan('70', '140')), bye]),
      findings: [
        { actionId: 'split', pointer: '/Actions/0/Transitions/Conditions/1/Condition/Operands/0' },
      ],
    },
    {
      name: 'a negative threshold',
      document: flowOf([split(lessThan('-10', '50')), bye]),
      findings: [
        { actionId: 'split', pointer: '/Actions/0/Transitions/Conditions/0/Condition/Operands/0' },
      ],
    },
  ],
});
