import type { FlowType } from '@contactflow/dsl/catalog';
import { actionReferences, type DataReference } from '../values/data-references.js';
import { defineRule } from './rule.js';

/** Contact data that some flow types never have, as the guide's attribute tables say. */
interface Unavailable {
  readonly matches: (reference: DataReference) => boolean;
  /** What the data is, for messages. */
  readonly what: string;
  readonly missingIn: (flowType: FlowType) => boolean;
  readonly hint: string;
}

const noAgentYet: ReadonlySet<FlowType> = new Set<FlowType>([
  'CONTACT_FLOW',
  'CUSTOMER_QUEUE',
  'QUEUE_TRANSFER',
]);

const unavailable: readonly Unavailable[] = [
  {
    matches: (reference) => reference.namespace === 'Agent',
    what: 'agent attributes',
    missingIn: (flowType) => noAgentYet.has(flowType),
    hint: 'Read agent attributes in a whisper, hold or transfer-to-agent flow, or look the agent up with a Lambda function.',
  },
  {
    matches: (reference) => reference.namespace === 'InitiationMethod',
    what: 'the initiation method',
    missingIn: (flowType) => flowType === 'AGENT_WHISPER' || flowType === 'CUSTOMER_WHISPER',
    hint: 'Copy $.InitiationMethod to a contact attribute in the inbound flow and read that attribute here.',
  },
  {
    matches: (reference) =>
      reference.namespace === 'Queue' && reference.name === 'OutboundCallerId',
    what: "the queue's outbound caller ID",
    missingIn: (flowType) => flowType !== 'OUTBOUND_WHISPER',
    hint: "Read the queue's outbound caller ID in the outbound whisper flow, or keep the number in a contact attribute.",
  },
];

const greeting = (text: string) => ({
  Version: '2019-10-30',
  StartAction: 'greet',
  Actions: [
    {
      Identifier: 'greet',
      Type: 'MessageParticipant',
      Parameters: { Text: text },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    { Identifier: 'bye', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
  ],
});

export const attributeUnavailableInFlowType = defineRule({
  meta: {
    id: 'attribute-unavailable-in-flow-type',
    category: 'context',
    severity: 'warning',
    description:
      'A flow reads contact data that its flow type never has: agent attributes before an agent is connected, the initiation method in a whisper, the queue outbound caller ID outside outbound whisper flows.',
    rationale:
      "The guide's table of contact attributes says where some of them exist: agent attributes in whisper, hold and transfer-to-agent flows but not in inbound, customer queue or transfer-to-queue flows; the initiation method not in agent or customer whisper flows; the queue's outbound caller ID number in outbound whisper flows only. Elsewhere the reference is empty, so a prompt says nothing, a comparison never matches and a parameter gets no value. It is a warning because the flow still runs.",
    examples: {
      bad: greeting('You will be connected to $.Agent.FirstName shortly.'),
      good: greeting('You will be connected to an agent shortly.'),
      options: { flowType: 'CONTACT_FLOW' },
    },
    needsFlowType: true,
  },
  check({ graph, flow, report }) {
    const flowType = flow.flowType;
    if (flowType === undefined) return;
    const source = flow.flowTypeSource === 'metadata' ? ' (from Metadata.type)' : '';
    for (const action of graph.shape.actions) {
      for (const reference of actionReferences(action)) {
        const rule = unavailable.find((u) => u.matches(reference) && u.missingIn(flowType));
        if (rule === undefined) continue;
        report({
          message: `"${action.id ?? action.index + 1}" reads ${reference.text}, but ${flowType} flows${source} have no ${rule.what}; the value is empty.`,
          pointer: reference.pointer,
          actionId: action.id,
          hint: rule.hint,
        });
      }
    }
  },
});
