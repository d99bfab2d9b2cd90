import { promptBeforeCallPhoneNumber } from '../../src/rules/prompt-before-call-phone-number.js';
import { flowOf, testRule } from './rule-tester.js';

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

const say = (id: string, next: string) => ({
  Identifier: id,
  Type: 'MessageParticipant',
  Parameters: { Text: id },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

const call = (next: string) => ({
  Identifier: 'call',
  Type: 'CompleteOutboundCall',
  Parameters: { CallerId: { Number: '$.Attributes.callerId' } },
  Transitions: { NextAction: next },
});

/** Branches on an attribute: "vip" goes to `vip`, anything else to `other`. */
const branch = (vip: string, other: string) => ({
  Identifier: 'branch',
  Type: 'Compare',
  Parameters: { ComparisonValue: '$.Attributes.tier' },
  Transitions: {
    NextAction: other,
    Conditions: [{ NextAction: vip, Condition: { Operator: 'Equals', Operands: ['vip'] } }],
    Errors: [{ NextAction: other, ErrorType: 'NoMatchingCondition' }],
  },
});

testRule(promptBeforeCallPhoneNumber, {
  valid: [
    {
      name: 'Call phone number first, then a prompt',
      document: flowOf([call('hello'), say('hello', 'end'), end]),
    },
    {
      name: 'a branch before the call, with the prompt after it',
      document: flowOf([branch('call', 'call'), call('hello'), say('hello', 'end'), end]),
    },
    {
      name: 'an outbound whisper without Call phone number',
      document: flowOf([say('hello', 'end'), end]),
      options: { flowType: 'OUTBOUND_WHISPER' },
    },
    {
      name: 'an unreachable prompt',
      document: flowOf([call('end'), end, say('orphan', 'end')]),
    },
    { name: 'a document that is not a flow', document: { Actions: null } },
  ],
  invalid: [
    {
      name: 'a prompt before the call',
      document: flowOf([say('hello', 'call'), call('end'), end]),
      findings: [{ actionId: 'hello', pointer: '/Actions/0' }],
    },
    {
      name: 'a prompt on a branch that skips the call',
      document: flowOf([branch('call', 'sorry'), call('end'), say('sorry', 'end'), end]),
      options: { flowType: 'OUTBOUND_WHISPER' },
      findings: [{ actionId: 'sorry', pointer: '/Actions/2' }],
    },
    {
      name: 'two prompts before the call, each reported',
      document: flowOf([say('one', 'two'), say('two', 'call'), call('end'), end]),
      findings: [
        { actionId: 'one', pointer: '/Actions/0' },
        { actionId: 'two', pointer: '/Actions/1' },
      ],
    },
  ],
});
