import { manyCallbackAttempts } from '../../src/rules/many-callback-attempts.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const callback = (attempts: unknown, id = 'callback') => ({
  Identifier: id,
  Type: 'CreateCallbackContact',
  Parameters: {
    InitialCallDelaySeconds: '60',
    MaximumConnectionAttempts: attempts,
    RetryDelaySeconds: '600',
  },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
});

testRule(manyCallbackAttempts, {
  valid: [
    {
      name: 'a few attempts, up to ten, as strings or numbers',
      document: flowOf([callback('1', 'a'), callback(3, 'b'), callback('10', 'c'), bye]),
    },
    {
      name: 'values that are not whole numbers (the schema reports them)',
      document: flowOf([callback('many', 'a'), callback(12.5, 'b'), bye]),
    },
  ],
  invalid: [
    {
      name: 'the guide example of 20, and 11 written as a number',
      document: flowOf([callback('20', 'a'), callback(11, 'b'), bye]),
      findings: [
        { actionId: 'a', pointer: '/Actions/0/Parameters/MaximumConnectionAttempts' },
        { actionId: 'b', pointer: '/Actions/1/Parameters/MaximumConnectionAttempts' },
      ],
    },
  ],
});
