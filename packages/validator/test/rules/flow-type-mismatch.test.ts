import { flowTypeMismatch } from '../../src/rules/flow-type-mismatch.js';
import { flowOf, testRule } from './rule-tester.js';

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

const exported = (type: unknown) => ({ ...(flowOf([end]) as object), Metadata: { type } });

testRule(flowTypeMismatch, {
  valid: [
    {
      name: 'the given type and the export agree',
      document: exported('agentWhisper'),
      options: { flowType: 'AGENT_WHISPER' },
    },
    { name: 'no type given: the export says it', document: exported('agentWhisper') },
    {
      name: 'a default type from the configuration, which the export overrides',
      document: exported('agentWhisper'),
      options: { defaultFlowType: 'CONTACT_FLOW' },
    },
    {
      name: 'an export without Metadata.type',
      document: flowOf([end]),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
    {
      name: 'a Metadata.type that names no flow type',
      document: exported('somethingElse'),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
  ],
  invalid: [
    {
      name: 'a customer queue export checked as an inbound flow',
      document: exported('customerQueue'),
      options: { flowType: 'CONTACT_FLOW' },
      findings: [{ pointer: '/Metadata/type' }],
    },
    {
      name: 'a Metadata.type written as the API flow type',
      document: exported('AGENT_HOLD'),
      options: { flowType: 'CUSTOMER_HOLD' },
      findings: [{ pointer: '/Metadata/type' }],
    },
  ],
});
