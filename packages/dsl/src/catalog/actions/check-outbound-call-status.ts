import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { noParameters } from '../schema/builders.js';

const outcomes = ['CallAnswered', 'VoicemailBeep', 'VoicemailNoBeep', 'NotDetected'] as const;

export const checkOutboundCallStatus = defineAction({
  type: 'CheckOutboundCallStatus',
  category: 'flow-control',
  summary: 'Branches on answering-machine detection for an outbound campaign call.',
  status: 'documented',
  parameters: noParameters,
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'Detection failed after media was established, detection is off for the campaign, or no condition matched.',
        connect: 'required',
      },
    ],
    conditions: {
      result: 'What answered: CallAnswered, VoicemailBeep, VoicemailNoBeep or NotDetected.',
      operators: ['Equals'],
      operand: { kind: 'enum', values: outcomes },
      requiredOperands: outcomes,
    },
  },
  channels: supportedOn(['VOICE'], {
    onUnsupported: 'Error',
    email: {
      support: 'no',
      onUnsupported: 'Error',
      note: 'The current English block page lists email as taking the Error branch.',
    },
  }),
  flowTypes: allFlowTypes,
  examples: {
    valid: [{}],
    invalid: [
      {
        parameters: { AnsweringMachineDetection: 'True' },
        reason: 'takes no parameters; detection is configured on the campaign',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkoutboundcallstatus.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/check-call-progress.html',
    'guide L29132-29190',
    'guide L16460-16475',
  ],
  decisions: [
    {
      decision:
        'Allowed in every flow type; "outbound campaigns only" is left to a warning (VR-16).',
      reason:
        'The action page restricts it to outbound campaigns, which is a property of how the contact ' +
        'was started, not of the flow type: campaigns run a published inbound-type flow, and the ' +
        'guide and the current block page both list all flow types for Check call progress.',
    },
    {
      decision: 'All four results must have a condition.',
      reason:
        'The action page makes them the only allowed operands without saying all are needed, but the ' +
        'console block always shows four result branches and will not publish with one unconnected; ' +
        'an unhandled result would otherwise fall to the Error branch silently.',
    },
    {
      decision: 'NextAction is optional.',
      reason: 'Every outcome is a condition or NoMatchingError.',
    },
  ],
});
