import { blockNotAllowedInFlowType } from '../../src/rules/block-not-allowed-in-flow-type.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

const storeInput = {
  Identifier: 'digits',
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Enter your number.', StoreInput: 'True', InputTimeLimitSeconds: '5' },
  Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
};

const transfer = (type: string, id = 'transfer') => ({
  Identifier: id,
  Type: type,
  Parameters: {},
  Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
});

const customerQueueHook = {
  Identifier: 'hook',
  Type: 'UpdateContactEventHooks',
  Parameters: {
    EventHooks: {
      CustomerQueue: 'arn:aws:connect:us-east-1:111122223333:instance/a/contact-flow/b',
    },
  },
  Transitions: { NextAction: 'end', Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
};
const disconnectHook = {
  ...customerQueueHook,
  Parameters: {
    EventHooks: {
      CustomerRemaining: 'arn:aws:connect:us-east-1:111122223333:instance/a/contact-flow/b',
    },
  },
};

testRule(blockNotAllowedInFlowType, {
  valid: [
    {
      name: 'a prompt in an inbound flow',
      document: flowOf([prompt('hello', 'bye'), bye]),
      options: { flowType: 'CONTACT_FLOW' },
    },
    {
      name: 'the flow type from the console Metadata.type',
      document: {
        ...(flowOf([prompt('hello', 'bye'), bye]) as object),
        Metadata: { type: 'contactFlow' },
      },
    },
    {
      name: 'the customer-queue mode of Transfer to queue in a customer queue flow',
      document: flowOf([transfer('DequeueContactAndTransferToQueue'), end]),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
    {
      name: 'Set disconnect flow (an event hook every flow type allows) in a customer queue flow',
      document: flowOf([disconnectHook, end]),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
    {
      name: 'a module with what inbound flows may use',
      document: flowOf([storeInput, end]),
      options: { flowType: 'FLOW_MODULE' },
    },
    {
      name: 'Return in a contact flow (module-only-action reports it)',
      document: flowOf([
        { Identifier: 'r', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
      ]),
      options: { flowType: 'CONTACT_FLOW' },
    },
    {
      name: 'an action type the catalog does not know',
      document: flowOf([{ Identifier: 'x', Type: 'SetVoice', Parameters: {}, Transitions: {} }]),
      options: { flowType: 'CUSTOMER_HOLD' },
    },
    {
      name: 'garbage actions',
      document: {
        Version: '2019-10-30',
        StartAction: 1,
        Actions: [null, 3, { Type: 7 }, { Parameters: 'x' }],
      },
      options: { flowType: 'AGENT_HOLD' },
    },
  ],
  invalid: [
    {
      name: 'Play prompt in a customer hold flow',
      document: flowOf([prompt('music', 'end'), end]),
      options: { flowType: 'CUSTOMER_HOLD' },
      findings: [{ actionId: 'music', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'Store customer input in an agent whisper flow, typed by Metadata.type',
      document: { ...(flowOf([storeInput, end]) as object), Metadata: { type: 'agentWhisper' } },
      findings: [{ actionId: 'digits', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'the queue mode of Transfer to queue in a customer queue flow (its own mode list)',
      document: flowOf([transfer('TransferContactToQueue'), end]),
      options: { flowType: 'CUSTOMER_QUEUE' },
      findings: [{ actionId: 'transfer', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'Set customer queue flow in a customer queue flow (the block, not the action, says no)',
      document: flowOf([customerQueueHook, end]),
      options: { flowType: 'CUSTOMER_QUEUE' },
      findings: [{ actionId: 'hook', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'Invoke module inside a module',
      document: flowOf([
        {
          Identifier: 'nested',
          Type: 'InvokeFlowModule',
          Parameters: { FlowModuleId: 'abc' },
          Transitions: {
            NextAction: 'end',
            Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
          },
        },
        end,
      ]),
      options: { flowType: 'FLOW_MODULE' },
      findings: [{ actionId: 'nested', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'an action without a block (its action type decides)',
      document: flowOf([transfer('AuthenticateParticipant', 'auth'), end]),
      options: { flowType: 'CUSTOMER_QUEUE' },
      findings: [{ actionId: 'auth', pointer: '/Actions/0/Type' }],
    },
  ],
});
