import { recordingNotSetBeforeTransfer } from '../../src/rules/recording-not-set-before-transfer.js';
import { bye, flowOf, testRule } from './rule-tester.js';

const record = (id: string, next: string, type = 'UpdateContactRecordingBehavior') => ({
  Identifier: id,
  Type: type,
  Parameters: { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } },
  Transitions: { NextAction: next },
});

const transfer = (id = 'transfer', type = 'TransferContactToQueue') => ({
  Identifier: id,
  Type: type,
  Parameters: {},
  Transitions: {
    NextAction: 'bye',
    Errors: [
      { NextAction: 'bye', ErrorType: 'QueueAtCapacity' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
});

/** A two-way split: `Equals 1` goes to `first`, everything else to `second`. */
const split = (first: string, second: string) => ({
  Identifier: 'split',
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Attributes.vip' },
  Transitions: {
    NextAction: second,
    Conditions: [{ NextAction: first, Condition: { Operator: 'Equals', Operands: ['1'] } }],
    Errors: [{ NextAction: second, ErrorType: 'NoMatchingCondition' }],
  },
});

const module = (id: string, next: string) => ({
  Identifier: id,
  Type: 'InvokeFlowModule',
  Parameters: { FlowModuleId: '11111111-2222-3333-4444-555555555555' },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

testRule(recordingNotSetBeforeTransfer, {
  valid: [
    {
      name: 'recording set at the start, before every transfer',
      document: flowOf([
        record('record', 'split'),
        split('transfer', 'agent'),
        transfer(),
        transfer('agent', 'TransferContactToAgent'),
        bye,
      ]),
    },
    {
      name: 'no recording block at all (an earlier flow may have set it)',
      document: flowOf([split('transfer', 'bye'), transfer(), bye]),
    },
    {
      name: 'a module on the other path, which may set recording',
      document: flowOf([
        split('record', 'module'),
        record('record', 'transfer', 'UpdateContactRecordingAndAnalyticsBehavior'),
        module('module', 'transfer'),
        transfer(),
        bye,
      ]),
    },
    {
      name: 'a customer queue flow',
      document: flowOf([
        split('record', 'transfer'),
        record('record', 'transfer'),
        transfer(),
        bye,
      ]),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
  ],
  invalid: [
    {
      name: 'a path around the recording block',
      document: flowOf([
        split('record', 'transfer'),
        record('record', 'transfer'),
        transfer(),
        bye,
      ]),
      findings: [{ actionId: 'transfer', pointer: '/Actions/2' }],
    },
    {
      name: 'recording set only after the transfer to an agent',
      document: flowOf([
        transfer('agent', 'TransferContactToAgent'),
        record('record', 'bye'),
        split('agent', 'record'),
        bye,
      ]),
      findings: [{ actionId: 'agent', pointer: '/Actions/0' }],
    },
  ],
});
