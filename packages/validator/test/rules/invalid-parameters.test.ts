import { invalidParameters } from '../../src/rules/invalid-parameters.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const input = (parameters: Record<string, unknown>) => ({
  Identifier: 'menu',
  Type: 'GetParticipantInput',
  Parameters: parameters,
  Transitions: {
    NextAction: 'bye',
    Errors: [
      { NextAction: 'bye', ErrorType: 'InputTimeLimitExceeded' },
      { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
});

testRule(invalidParameters, {
  valid: [
    { name: 'a prompt with text', document: flowOf([prompt('hello', 'bye'), bye]) },
    {
      name: 'a timeout within 1-179 seconds',
      document: flowOf([input({ Text: 'Press 1.', InputTimeLimitSeconds: '179' }), bye]),
    },
    {
      name: 'a timeout of 1 second',
      document: flowOf([input({ Text: 'Press 1.', InputTimeLimitSeconds: '1' }), bye]),
    },
    {
      name: 'an unknown action type (reported by unknown-action-type alone)',
      document: flowOf([{ ...bye, Type: 'Nope', Parameters: { Anything: 1 } }]),
    },
  ],
  invalid: [
    {
      name: 'a Get customer input timeout of 180 seconds',
      document: flowOf([input({ Text: 'Press 1.', InputTimeLimitSeconds: '180' }), bye]),
      findings: [{ actionId: 'menu', pointer: '/Actions/0/Parameters/InputTimeLimitSeconds' }],
    },
    {
      name: 'a timeout that is not a number',
      document: flowOf([input({ Text: 'Press 1.', InputTimeLimitSeconds: 'five' }), bye]),
      findings: [{ actionId: 'menu', pointer: '/Actions/0/Parameters/InputTimeLimitSeconds' }],
    },
    {
      name: 'an unknown parameter',
      document: flowOf([{ ...bye, Parameters: { Reason: 'done' } }]),
      findings: [{ actionId: 'bye', pointer: '/Actions/0/Parameters/Reason' }],
    },
    {
      name: 'a prompt with neither text, SSML nor a prompt',
      document: flowOf([{ ...(prompt('hello', 'bye') as object), Parameters: {} }, bye]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Parameters' }],
    },
  ],
});
