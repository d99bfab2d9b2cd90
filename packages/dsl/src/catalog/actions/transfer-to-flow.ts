import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { object, resource } from '../schema/builders.js';

export const transferToFlow = defineAction({
  type: 'TransferToFlow',
  category: 'flow-control',
  summary: 'Ends this flow and continues the contact at the start of another published flow.',
  status: 'documented',
  parameters: object(
    'The flow to continue in.',
    {
      ContactFlowId: resource(
        'flow',
        'Target flow (id or ARN): a published inbound, transfer-to-agent or transfer-to-queue flow.',
      ),
    },
    { required: ['ContactFlowId'] },
  ),
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The target flow is missing, unpublished or of a type that cannot be entered.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  effects: { handsOff: true },
  channels: allDocumentedChannels,
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER']),
  examples: {
    valid: [
      {
        ContactFlowId:
          'arn:aws:connect:us-east-1:111122223333:instance/0a1b2c3d/contact-flow/5e6f7a8b',
      },
      { ContactFlowId: '$.Attributes.nextFlowArn' },
    ],
    invalid: [
      { parameters: {}, reason: 'ContactFlowId is required' },
      { parameters: { ContactFlowId: '' }, reason: 'empty flow id' },
      {
        parameters: { ContactFlowId: '$.Attributes.nextFlowArn', Resume: 'True' },
        reason: 'unknown parameter',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-transfertoflow.html',
    'guide L33365-33419',
  ],
  decisions: [
    {
      decision: 'NextAction is optional.',
      reason:
        'On success the contact leaves this flow, so the only branch the block shows is Error ' +
        '(L33399-33406). Every corpus console export still writes a NextAction equal to the Error ' +
        'target; a compiler should do the same.',
    },
    {
      decision: 'An empty ContactFlowId is rejected.',
      reason:
        'Thirteen corpus exports (aws-samples amazon-connect-experience-builder templates) carry "" ' +
        'because a deployment script fills the id in later; as content they cannot be published ' +
        '(VR-07), and a third-party project reports the service rejects empty strings in every ' +
        'parameter.',
    },
  ],
});
