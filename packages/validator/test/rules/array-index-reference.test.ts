import { arrayIndexReference } from '../../src/rules/array-index-reference.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const say = (text: string, id = 'say') => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Text: text },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

const compare = (value: string, operand: string) => ({
  Identifier: 'check',
  Type: 'Compare',
  Parameters: { ComparisonValue: value },
  Transitions: {
    NextAction: 'bye',
    Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: [operand] } }],
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
  },
});

testRule(arrayIndexReference, {
  valid: [
    {
      name: 'dotted and bracketed names, and brackets in plain text',
      document: flowOf([
        say("Hello $.External.firstName, $['Attributes']['LOB'] and $.Attributes.['tier'].", 'a'),
        say('Press [1] for sales.', 'b'),
        compare('$.External.status', 'open'),
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: 'an item of a list in a prompt, and a wildcard in a comparison',
      document: flowOf([
        say('Your last order is $.External.orders[0].id, and $.External.name.', 'a'),
        compare('$.External.orders[*].status', 'open'),
        bye,
      ]),
      findings: [
        { actionId: 'a', pointer: '/Actions/0/Parameters/Text' },
        { actionId: 'check', pointer: '/Actions/1/Parameters/ComparisonValue' },
      ],
    },
    {
      name: 'an indexed reference as a condition operand',
      document: flowOf([compare('$.Attributes.tier', '$.External.tiers[ 1 ]'), bye]),
      findings: [
        { actionId: 'check', pointer: '/Actions/0/Transitions/Conditions/0/Condition/Operands' },
      ],
    },
  ],
});
