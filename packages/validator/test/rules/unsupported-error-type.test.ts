import { unsupportedErrorType } from '../../src/rules/unsupported-error-type.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const withError = (errorType: string) => ({
  Identifier: 'hello',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Hello.' },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: errorType }] },
});

testRule(unsupportedErrorType, {
  valid: [
    { name: "the action's own error type", document: flowOf([prompt('hello', 'bye'), bye]) },
    {
      name: 'a queue at capacity on Transfer to queue',
      document: flowOf([
        {
          Identifier: 'transfer',
          Type: 'TransferContactToQueue',
          Parameters: {},
          Transitions: {
            Errors: [
              { NextAction: 'bye', ErrorType: 'QueueAtCapacity' },
              { NextAction: 'bye', ErrorType: 'NoMatchingError' },
            ],
          },
        },
        bye,
      ]),
    },
  ],
  invalid: [
    {
      name: "another block's error type",
      document: flowOf([withError('InputTimeLimitExceeded'), bye]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/Errors/0/ErrorType' }],
    },
    {
      name: 'an error type in the wrong case',
      document: flowOf([withError('noMatchingError'), bye]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions/Errors/0/ErrorType' }],
    },
    {
      name: 'an error branch on an action that has none',
      document: flowOf([
        {
          Identifier: 'set',
          Type: 'UpdateFlowLoggingBehavior',
          Parameters: { FlowLoggingBehavior: 'Enabled' },
          Transitions: {
            NextAction: 'bye',
            Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
          },
        },
        bye,
      ]),
      findings: [{ actionId: 'set', pointer: '/Actions/0/Transitions/Errors/0/ErrorType' }],
    },
  ],
});
