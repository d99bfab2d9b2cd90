import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error } from './shared-branches.js';

export const transferToFlow = defineBlock({
  id: 'transfer-to-flow',
  name: 'Transfer to flow',
  builder: 'transferToFlow',
  summary: 'Ends the current flow and continues the contact in another published flow.',
  variants: [{ mode: 'transfer', actionType: 'TransferToFlow', description: 'Always.' }],
  branches: [
    {
      ...error,
      description:
        'The target is not a valid flow, or not an inbound, transfer-to-agent or transfer-to-queue flow.',
    },
  ],
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER']),
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  sources: [
    'guide L33365-33419',
    'https://docs.aws.amazon.com/connect/latest/adminguide/transfer-to-flow.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-transfertoflow.html',
  ],
  decisions: [
    {
      decision: "Error is the only branch; NextAction is written as the Error branch's target.",
      reason:
        'The guide shows Error as the one branch (L33399-33406), yet every one of the 55 ' +
        'TransferToFlow actions in the corpus writes a NextAction, always the same action as its ' +
        'NoMatchingError branch. The compiler should do the same so that output matches the console.',
    },
    {
      decision: 'Email is supported.',
      reason:
        'The current English block page lists Email as "Yes"; the Korean guide has no email row.',
    },
  ],
});
