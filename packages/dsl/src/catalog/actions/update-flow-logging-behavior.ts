import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { choice, object } from '../schema/builders.js';

export const updateFlowLoggingBehavior = defineAction({
  type: 'UpdateFlowLoggingBehavior',
  category: 'flow-control',
  summary: 'Turns CloudWatch flow logs on or off for the rest of the contact.',
  status: 'documented',
  parameters: object(
    'Whether to log.',
    {
      FlowLoggingBehavior: choice(
        'Enabled or Disabled; carries over to later flows of the contact.',
        ['Enabled', 'Disabled'],
      ),
    },
    { required: ['FlowLoggingBehavior'] },
  ),
  transitions: { nextAction: 'required', errors: [], conditions: false },
  channels: allDocumentedChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [{ FlowLoggingBehavior: 'Enabled' }, { FlowLoggingBehavior: 'Disabled' }],
    invalid: [
      { parameters: {}, reason: 'FlowLoggingBehavior is required' },
      {
        parameters: { FlowLoggingBehavior: 'True' },
        reason: 'the values are Enabled and Disabled',
      },
      {
        parameters: { FlowLoggingBehavior: '$.Attributes.logging' },
        reason: 'the value must be static',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-updateflowloggingbehavior.html',
    'guide L32161-32197',
    'guide L38640-38678',
  ],
  decisions: [
    {
      decision: 'No error branch.',
      reason:
        'The action page lists none, the reference records the service rejecting a NoMatchingError ' +
        'entry on this action, and none of the 22 corpus exports has an Errors list.',
    },
  ],
});
