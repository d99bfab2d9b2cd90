import { unconnectedBranch } from '../../src/rules/unconnected-branch.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const storeInput = (errors: readonly string[]) => ({
  Identifier: 'store',
  Type: 'GetParticipantInput',
  Parameters: {
    Text: 'Enter your number',
    InputTimeLimitSeconds: '5',
    StoreInput: 'True',
    InputValidation: { PhoneNumberValidation: { NumberFormat: 'E164' } },
  },
  Transitions: {
    NextAction: 'bye',
    Errors: errors.map((type) => ({ NextAction: 'bye', ErrorType: type })),
  },
});

const hours = (operands: readonly string[]) => ({
  Identifier: 'hours',
  Type: 'CheckHoursOfOperation',
  Parameters: {},
  Transitions: {
    NextAction: 'bye',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
    Conditions: operands.map((operand) => ({
      NextAction: 'bye',
      Condition: { Operator: 'Equals', Operands: [operand] },
    })),
  },
});

testRule(unconnectedBranch, {
  valid: [
    { name: 'every branch connected', document: flowOf([prompt('hello', 'bye'), bye]) },
    {
      name: 'a conditional branch that does not apply (no phone validation, no InvalidPhoneNumber)',
      document: flowOf([
        {
          ...storeInput(['NoMatchingError']),
          Parameters: {
            Text: 'x',
            InputTimeLimitSeconds: '5',
            StoreInput: 'True',
            InputValidation: { CustomValidation: { MaximumLength: '4' } },
          },
        },
        bye,
      ]),
    },
    {
      name: 'both results of a True/False check',
      document: flowOf([hours(['True', 'False']), bye]),
    },
    {
      name: 'an action type the catalog does not know',
      document: flowOf([{ Identifier: 'x', Type: 'New', Transitions: {} }]),
    },
  ],
  invalid: [
    {
      name: 'a prompt without its error branch',
      document: flowOf([
        { ...(prompt('hello', 'bye') as object), Transitions: { NextAction: 'bye' } },
        bye,
      ]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions' }],
    },
    {
      name: 'a prompt without NextAction',
      document: flowOf([
        {
          ...(prompt('hello', 'bye') as object),
          Transitions: { Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }] },
        },
        bye,
      ]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0/Transitions' }],
    },
    {
      name: 'phone number input without its Invalid number branch',
      document: flowOf([storeInput(['NoMatchingError']), bye]),
      findings: [{ actionId: 'store', pointer: '/Actions/0/Transitions' }],
    },
    {
      name: 'an hours check without its Out of hours result',
      document: flowOf([hours(['True']), bye]),
      findings: [{ actionId: 'hours', pointer: '/Actions/0/Transitions' }],
    },
  ],
});
