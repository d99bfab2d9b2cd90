import { attributeUnavailableInFlowType } from '../../src/rules/attribute-unavailable-in-flow-type.js';
import { bye, flowOf, prompt, testRule } from './rule-tester.js';

const say = (id: string, text: string, next = 'bye') => ({
  ...(prompt(id, next) as object),
  Parameters: { Text: text },
});

const compare = (value: string) => ({
  Identifier: 'compare',
  Type: 'Compare',
  Parameters: { ComparisonValue: value },
  Transitions: {
    NextAction: 'bye',
    Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['API'] } }],
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
  },
});

const agentGreeting = flowOf([say('greet', 'You are talking to $.Agent.FirstName.'), bye]);
const callerId = flowOf([say('greet', 'We call from $.Queue.OutboundCallerId.Address.'), bye]);

testRule(attributeUnavailableInFlowType, {
  valid: [
    {
      name: 'agent attributes in an agent whisper',
      document: agentGreeting,
      options: { flowType: 'AGENT_WHISPER' },
    },
    {
      name: 'agent attributes in a transfer-to-agent flow',
      document: agentGreeting,
      options: { flowType: 'AGENT_TRANSFER' },
    },
    {
      name: 'the initiation method in an inbound flow',
      document: flowOf([compare('$.InitiationMethod'), bye]),
      options: { flowType: 'CONTACT_FLOW' },
    },
    {
      name: 'the queue outbound caller ID in an outbound whisper',
      document: callerId,
      options: { flowType: 'OUTBOUND_WHISPER' },
    },
    {
      name: 'other queue attributes anywhere',
      document: flowOf([say('greet', 'You are in $.Queue.Name.'), bye]),
      options: { flowType: 'CONTACT_FLOW' },
    },
    {
      name: 'a user attribute that happens to be called Agent',
      document: flowOf([say('greet', 'Hello $.Attributes.Agent.')]),
      options: { flowType: 'CONTACT_FLOW' },
    },
    {
      name: 'agent attributes in a module (not in the guide list)',
      document: agentGreeting,
      options: { flowType: 'FLOW_MODULE' },
    },
  ],
  invalid: [
    {
      name: 'agent attributes in an inbound flow',
      document: agentGreeting,
      options: { flowType: 'CONTACT_FLOW' },
      findings: [{ actionId: 'greet', pointer: '/Actions/0/Parameters/Text' }],
    },
    {
      name: 'agent attributes in a customer queue flow, read from Metadata.type',
      document: { ...(agentGreeting as object), Metadata: { type: 'customerQueue' } },
      findings: [{ actionId: 'greet', pointer: '/Actions/0/Parameters/Text' }],
    },
    {
      name: 'agent attributes in a transfer-to-queue flow',
      document: agentGreeting,
      options: { flowType: 'QUEUE_TRANSFER' },
      findings: [{ actionId: 'greet', pointer: '/Actions/0/Parameters/Text' }],
    },
    {
      name: 'the initiation method in an agent whisper',
      document: flowOf([compare('$.InitiationMethod'), bye]),
      options: { flowType: 'AGENT_WHISPER' },
      findings: [{ actionId: 'compare', pointer: '/Actions/0/Parameters/ComparisonValue' }],
    },
    {
      name: 'the queue outbound caller ID in an inbound flow',
      document: callerId,
      options: { flowType: 'CONTACT_FLOW' },
      findings: [{ actionId: 'greet', pointer: '/Actions/0/Parameters/Text' }],
    },
  ],
});
