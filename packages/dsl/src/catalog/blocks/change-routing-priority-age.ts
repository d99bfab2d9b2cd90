import { defineBlock } from '../block-spec.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { success } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const changeRoutingPriorityAge = defineBlock({
  id: 'change-routing-priority-age',
  name: 'Change routing priority / age',
  builder: 'changeRoutingPriority',
  summary:
    'Moves the contact up or down its queue by setting its priority or adjusting its time in queue.',
  variants: [
    {
      mode: 'priority',
      actionType: 'UpdateContactRoutingBehavior',
      match: [{ parameter: 'QueuePriority', present: true }],
      description:
        'Set priority: a new priority (new contacts start at 5; lower numbers go first).',
    },
    {
      mode: 'age',
      actionType: 'UpdateContactRoutingBehavior',
      match: [{ parameter: 'QueueTimeAdjustmentSeconds', present: true }],
      description:
        'Adjust by time: seconds added to or taken from the time the contact has waited.',
    },
  ],
  branches: [success],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: voiceChatTaskEmail,
  sources: [
    'guide L29047-29131',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactroutingbehavior.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Success is the only branch.',
      reason:
        'The configured block in the guide shows Success alone (L29109-29113) and ' +
        'UpdateContactRoutingBehavior documents no error types.',
    },
    {
      decision:
        'Usable in the five flow types the guide lists, though the action page says inbound flows only.',
      reason:
        'The block page lists outbound whisper, inbound, customer queue and both transfer flows ' +
        '(L29065-29078); the block entry keeps the guide data, and the action must cover these types.',
    },
    emailFromBlockChannelTable,
  ],
});
