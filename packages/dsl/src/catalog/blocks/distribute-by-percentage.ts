import { defineBlock } from '../block-spec.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const distributeByPercentage = defineBlock({
  id: 'distribute-by-percentage',
  name: 'Distribute by percentage',
  builder: 'distributeByPercentage',
  summary: 'Routes contacts at random by percentage, for A/B tests.',
  variants: [{ mode: 'distribute', actionType: 'DistributeByPercentage', description: 'Always.' }],
  branches: [
    {
      name: '<percentage>',
      method: 'when',
      target: { kind: 'conditions' },
      description:
        'One branch per share. Each is a NumberLessThan condition on a random number from 1 to 100, ' +
        'with cumulative thresholds.',
    },
    {
      name: 'Default',
      method: 'otherwise',
      target: { kind: 'error', errorType: 'NoMatchingCondition' },
      description: 'The share left over after the listed percentages.',
    },
  ],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: voiceChatTaskEmail,
  sources: [
    'guide L30198-30271',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-distributebypercentage.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'Usable in outbound whisper flows, although the action page excludes whisper flows.',
      reason:
        'The block page lists outbound whisper with inbound, customer queue and both transfer flows ' +
        '(L30218-30231); the block entry keeps the guide data, so the action must allow that type too.',
    },
    {
      decision: 'The block has no Error branch.',
      reason:
        'The guide shows only the percentage branches and Default (L30259-30263), and ' +
        'DistributeByPercentage documents NoMatchingCondition as its only error type.',
    },
    emailFromBlockChannelTable,
  ],
});
