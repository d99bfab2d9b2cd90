import { callProgressOutsideCampaign } from '../../src/rules/call-progress-outside-campaign.js';
import { flowOf, testRule } from './rule-tester.js';

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

const progress = {
  Identifier: 'progress',
  Type: 'CheckOutboundCallStatus',
  Parameters: {},
  Transitions: {
    Conditions: ['CallAnswered', 'VoicemailBeep', 'VoicemailNoBeep', 'NotDetected'].map((o) => ({
      NextAction: 'end',
      Condition: { Operator: 'Equals', Operands: [o] },
    })),
    Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
  },
};

const flow = flowOf([progress, end]);

testRule(callProgressOutsideCampaign, {
  valid: [
    {
      name: 'in an inbound flow a campaign runs',
      document: flow,
      options: { flowType: 'CONTACT_FLOW' },
    },
    { name: 'in a campaign flow', document: flow, options: { flowType: 'CAMPAIGN' } },
    { name: 'in a module', document: flow, options: { flowType: 'FLOW_MODULE' } },
    {
      name: 'a queue flow without the block',
      document: flowOf([end]),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
  ],
  invalid: [
    {
      name: 'in a customer queue flow',
      document: flow,
      options: { flowType: 'CUSTOMER_QUEUE' },
      findings: [{ actionId: 'progress', pointer: '/Actions/0/Type' }],
    },
    {
      name: 'in an agent whisper flow, read from Metadata.type',
      document: { ...(flow as object), Metadata: { type: 'agentWhisper' } },
      findings: [{ actionId: 'progress', pointer: '/Actions/0/Type' }],
    },
  ],
});
