import { danglingTransition } from '../../src/rules/dangling-transition.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const menu = (to: string) => ({
  Identifier: 'menu',
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Press 1', InputTimeLimitSeconds: '5', StoreInput: 'False' },
  Transitions: {
    NextAction: 'bye',
    Errors: [
      { NextAction: 'bye', ErrorType: 'InputTimeLimitExceeded' },
      { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
    Conditions: [{ NextAction: to, Condition: { Operator: 'Equals', Operands: ['1'] } }],
  },
});

testRule(danglingTransition, {
  valid: [
    { name: 'every target exists', document: flowOf([menu('bye'), bye]) },
    { name: 'a branch back to the same action', document: flowOf([menu('menu'), bye]) },
  ],
  invalid: [
    {
      name: 'a NextAction to a deleted block',
      document: flowOf([prompt('hello', 'gone', 'bye'), bye]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/NextAction' }],
    },
    {
      name: 'an error branch to a deleted block',
      document: flowOf([prompt('hello', 'bye', 'gone'), bye]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/Errors/0/NextAction' }],
    },
    {
      name: 'a condition with an empty target',
      document: flowOf([menu(''), bye]),
      findings: [{ actionId: 'menu', pointer: '/Actions/0/Transitions/Conditions/0/NextAction' }],
    },
  ],
});
