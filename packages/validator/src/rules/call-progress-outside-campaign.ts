import type { FlowType } from '@contactflow/dsl/catalog';
import { defineRule } from './rule.js';

/**
 * Flow types that an outbound campaign runs when its call connects: the campaign names an
 * inbound-type (or campaign) flow, which may invoke modules.
 */
const campaignFlowTypes: ReadonlySet<FlowType> = new Set<FlowType>([
  'CONTACT_FLOW',
  'CAMPAIGN',
  'FLOW_MODULE',
]);

const outcomes = ['CallAnswered', 'VoicemailBeep', 'VoicemailNoBeep', 'NotDetected'];

const progress = {
  Identifier: 'progress',
  Type: 'CheckOutboundCallStatus',
  Parameters: {},
  Transitions: {
    Conditions: outcomes.map((outcome) => ({
      NextAction: 'end',
      Condition: { Operator: 'Equals', Operands: [outcome] },
    })),
    Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
  },
};

const hold = (first: object) => ({
  Version: '2019-10-30',
  StartAction: 'progress',
  Actions: [
    first,
    { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
  ],
});

export const callProgressOutsideCampaign = defineRule({
  meta: {
    id: 'call-progress-outside-campaign',
    category: 'context',
    severity: 'warning',
    description:
      'A Check call progress block is in a flow type that an outbound campaign does not run when its call connects.',
    rationale:
      "Check call progress (CheckOutboundCallStatus) branches on what answered an outbound campaign call: a person, a voicemail, or nothing recognisable. The guide says it is only for outbound campaigns, and a campaign runs the inbound or campaign flow it names when the call connects. By the time a queue, hold, whisper or transfer flow runs, the call was answered and routed on, so there is no call progress left to check. The guide's block page still lists every flow type and does not say what the block does there, so this is a warning rather than block-not-allowed-in-flow-type's error. Whether answering machine detection is on (without it the block always takes Error) is set in the campaign, not in the flow.",
    examples: {
      bad: hold(progress),
      good: hold({
        ...progress,
        Type: 'CheckHoursOfOperation',
        Transitions: {
          Conditions: ['True', 'False'].map((answer) => ({
            NextAction: 'end',
            Condition: { Operator: 'Equals', Operands: [answer] },
          })),
          Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
        },
      }),
      options: { flowType: 'CUSTOMER_QUEUE' },
    },
    needsFlowType: true,
  },
  check({ graph, flow, report }) {
    const flowType = flow.flowType;
    if (flowType === undefined || campaignFlowTypes.has(flowType)) return;
    const source = flow.flowTypeSource === 'metadata' ? ' (from Metadata.type)' : '';
    for (const action of graph.shape.actions) {
      if (action.type !== 'CheckOutboundCallStatus') continue;
      report({
        message: `"${action.id ?? action.index + 1}" checks the progress of an outbound campaign call, but a campaign call reaches a ${flowType} flow${source} only after it was answered and routed on.`,
        pointer: `${action.pointer}/Type`,
        actionId: action.id,
        hint: 'Move Check call progress to the start of the flow the campaign runs.',
      });
    }
  },
});
