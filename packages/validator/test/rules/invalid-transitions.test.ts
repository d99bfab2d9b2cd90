import { invalidTransitions } from '../../src/rules/invalid-transitions.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const hello = (transitions: object) => ({
  Identifier: 'hello',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Hello.' },
  Transitions: transitions,
});

testRule(invalidTransitions, {
  valid: [
    { name: 'NextAction and an error branch', document: flowOf([prompt('hello', 'bye'), bye]) },
    {
      name: 'a terminal action with transitions (transition-on-terminal-action owns it)',
      document: flowOf([{ ...bye, Transitions: { NextAction: 'bye' } }]),
    },
  ],
  invalid: [
    {
      name: 'an error branch without a target',
      document: flowOf([
        hello({ NextAction: 'bye', Errors: [{ ErrorType: 'NoMatchingError' }] }),
        bye,
      ]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/Errors/0' }],
    },
    {
      name: 'an unknown key',
      document: flowOf([hello({ NextAction: 'bye', Default: 'bye' }), bye]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/Default' }],
    },
    {
      name: 'Errors that are not a list',
      document: flowOf([hello({ NextAction: 'bye', Errors: { NoMatchingError: 'bye' } }), bye]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/Errors' }],
    },
    {
      name: 'an ErrorType that is not a string',
      document: flowOf([
        hello({ NextAction: 'bye', Errors: [{ ErrorType: 5, NextAction: 'bye' }] }),
        bye,
      ]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/Errors/0/ErrorType' }],
    },
    {
      name: 'a condition without operands',
      document: flowOf([
        {
          Identifier: 'check',
          Type: 'Compare',
          Parameters: { ComparisonValue: '$.Attributes.tier' },
          Transitions: {
            NextAction: 'bye',
            Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: [] } }],
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
          },
        },
        bye,
      ]),
      findings: [
        { actionId: 'check', pointer: '/Actions/0/Transitions/Conditions/0/Condition/Operands' },
      ],
    },
  ],
});
