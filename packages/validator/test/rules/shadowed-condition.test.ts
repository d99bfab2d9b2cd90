import { shadowedCondition } from '../../src/rules/shadowed-condition.js';
import { bye, flowOf, testRule } from './rule-tester.js';

type Written = readonly [operator: string, operand: string];

const conditions = (list: readonly Written[]) =>
  list.map(([operator, operand]) => ({
    NextAction: 'bye',
    Condition: { Operator: operator, Operands: [operand] },
  }));

const compare = (list: readonly Written[], id = 'check') => ({
  Identifier: id,
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Attributes.tier' },
  Transitions: {
    NextAction: 'bye',
    Conditions: conditions(list),
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
  },
});

const queueTime = (list: readonly Written[], id = 'queue') => ({
  Identifier: id,
  Type: 'CheckMetricData',
  Parameters: { MetricType: 'OldestContactInQueueAgeSeconds' },
  Transitions: {
    NextAction: 'bye',
    Conditions: conditions(list),
    Errors: [
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
      { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
    ],
  },
});

const menu = (keys: readonly string[]) => ({
  Identifier: 'menu',
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Press 1 or 2.', InputTimeLimitSeconds: '5', StoreInput: 'False' },
  Transitions: {
    NextAction: 'bye',
    Conditions: conditions(keys.map((key) => ['Equals', key] as const)),
    Errors: [
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
      { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
    ],
  },
});

const at = (action: number, condition: number) =>
  `/Actions/${action}/Transitions/Conditions/${condition}`;

testRule(shadowedCondition, {
  valid: [
    {
      name: 'narrow conditions before wide ones (the guide example, reordered)',
      document: flowOf([
        queueTime([
          ['NumberLessOrEqualTo', '9'],
          ['NumberLessOrEqualTo', '12'],
          ['NumberLessThan', '20'],
          ['NumberLessOrEqualTo', '90'],
          ['NumberGreaterThan', '90'],
        ]),
        bye,
      ]),
    },
    {
      name: 'a closed bound after the open one at the same number, and disjoint ranges',
      document: flowOf([
        queueTime(
          [
            ['NumberGreaterThan', '60'],
            ['NumberGreaterOrEqualTo', '60'],
            ['NumberLessThan', '10'],
            ['Equals', '30'],
            ['NumberLessOrEqualTo', '10'],
          ],
          'a',
        ),
        queueTime(
          [
            ['NumberGreaterThan', '10'],
            ['NumberLessThan', '5'],
            ['Equals', '7'],
          ],
          'b',
        ),
        bye,
      ]),
    },
    {
      name: 'text conditions that overlap without one containing the other, and case variants',
      document: flowOf([
        compare([
          ['TextStartsWith', 'Gold'],
          ['TextEndsWith', 'Plus'],
          ['Equals', 'gold'],
          ['TextContains', 'old'],
          ['Equals', 'Silver'],
          ['TextStartsWith', 'Silver '],
        ]),
        bye,
      ]),
    },
    {
      name: 'operands read from contact data, and numbers against text',
      document: flowOf([
        compare([
          ['NumberGreaterThan', '$.Attributes.limit'],
          ['NumberGreaterThan', '$.Attributes.other'],
          ['TextStartsWith', '1'],
          ['NumberGreaterThan', '100'],
        ]),
        bye,
      ]),
    },
    {
      name: 'equal percentage thresholds (percentages-over-100 owns that block)',
      document: flowOf([
        {
          Identifier: 'split',
          Type: 'DistributeByPercentage',
          Parameters: {},
          Transitions: {
            NextAction: 'bye',
            Conditions: conditions([
              ['NumberLessThan', '50'],
              ['NumberLessThan', '50'],
            ]),
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
          },
        },
        bye,
      ]),
    },
    {
      name: 'wider key conditions on a menu are left alone (only repeats count there)',
      document: flowOf([menu(['1', '2', '#']), bye]),
    },
  ],
  invalid: [
    {
      name: 'the guide example: every value matches one of the first two conditions',
      document: flowOf([
        queueTime([
          ['NumberLessOrEqualTo', '90'],
          ['NumberGreaterOrEqualTo', '90'],
          ['NumberGreaterOrEqualTo', '9'],
          ['NumberGreaterThan', '21'],
        ]),
        bye,
      ]),
      findings: [
        { actionId: 'queue', pointer: at(0, 2) },
        { actionId: 'queue', pointer: at(0, 3) },
      ],
    },
    {
      name: 'a wider bound first, and a number inside an earlier range',
      document: flowOf([
        queueTime([
          ['NumberGreaterThan', '30'],
          ['NumberGreaterThan', '60'],
          ['NumberLessOrEqualTo', '5'],
          ['NumberLessThan', '5'],
          ['Equals', '45'],
        ]),
        bye,
      ]),
      findings: [
        { actionId: 'queue', pointer: at(0, 1) },
        { actionId: 'queue', pointer: at(0, 3) },
        { actionId: 'queue', pointer: at(0, 4) },
      ],
    },
    {
      name: 'text conditions inside earlier, wider ones',
      document: flowOf([
        compare([
          ['TextStartsWith', 'Gold'],
          ['Equals', 'Gold Plus'],
          ['TextStartsWith', 'Golden'],
          ['TextEndsWith', 'VIP'],
          ['TextEndsWith', 'Gold VIP'],
          ['TextContains', 'staff'],
          ['TextStartsWith', 'Silver staff'],
        ]),
        bye,
      ]),
      findings: [
        { actionId: 'check', pointer: at(0, 1) },
        { actionId: 'check', pointer: at(0, 2) },
        { actionId: 'check', pointer: at(0, 4) },
        { actionId: 'check', pointer: at(0, 6) },
      ],
    },
    {
      name: 'a key written twice in a menu, and a number matched as text in Compare',
      document: flowOf([
        menu(['1', '2', '1']),
        compare([
          ['NumberGreaterOrEqualTo', '100'],
          ['Equals', '250'],
        ]),
        bye,
      ]),
      findings: [
        { actionId: 'menu', pointer: at(0, 2) },
        { actionId: 'check', pointer: at(1, 1) },
      ],
    },
  ],
});
