import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { success } from './shared-branches.js';

export const setLoggingBehavior = defineBlock({
  id: 'set-logging-behavior',
  name: 'Set logging behavior',
  builder: 'setLoggingBehavior',
  summary: 'Turns flow logs in Amazon CloudWatch on or off for the rest of the contact.',
  variants: [
    {
      mode: 'enable',
      actionType: 'UpdateFlowLoggingBehavior',
      preset: { FlowLoggingBehavior: 'Enabled' },
      match: [{ parameter: 'FlowLoggingBehavior', equals: ['Enabled'] }],
      description: 'Logging "Enable".',
    },
    {
      mode: 'disable',
      actionType: 'UpdateFlowLoggingBehavior',
      preset: { FlowLoggingBehavior: 'Disabled' },
      match: [{ parameter: 'FlowLoggingBehavior', equals: ['Disabled'] }],
      description: 'Logging "Disable", e.g. around sensitive input.',
    },
  ],
  branches: [success],
  flowTypes: allFlowTypes,
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  sources: [
    'guide L32161-32197',
    'guide L38640-38678',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-logging-behavior.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-updateflowloggingbehavior.html',
  ],
  decisions: [
    {
      decision: 'The block has a single Success branch and no Error branch.',
      reason:
        'The guide has no "configured block" section for this block, so it names no branches. ' +
        'UpdateFlowLoggingBehavior documents no errors and no conditions, a live-API report says an ' +
        'Errors entry on it is rejected ("Invalid Action error"), and all 22 instances in the corpus ' +
        'carry only NextAction.',
    },
    {
      decision: 'Email is supported.',
      reason:
        'The current AWS block page (English original of the translated pages found) lists Email as ' +
        '"Yes"; the Korean guide has no email row.',
    },
  ],
});
