import { defineBlock } from '../block-spec.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const checkQueueStatus = defineBlock({
  id: 'check-queue-status',
  name: 'Check queue status',
  builder: 'checkQueueStatus',
  summary:
    'Branches on how long the oldest contact has waited in a queue, or on how many contacts are waiting.',
  variants: [
    {
      mode: 'time-in-queue',
      actionType: 'CheckMetricData',
      preset: { MetricType: 'OldestContactInQueueAgeSeconds' },
      match: [{ parameter: 'MetricType', equals: ['OldestContactInQueueAgeSeconds'] }],
      description: 'Time in queue: the age in seconds of the oldest contact in the queue.',
    },
    {
      mode: 'queue-capacity',
      actionType: 'CheckMetricData',
      preset: { MetricType: 'NumberOfContactsInQueue' },
      match: [{ parameter: 'MetricType', equals: ['NumberOfContactsInQueue'] }],
      description: 'Queue capacity: the number of contacts waiting in the queue.',
    },
  ],
  branches: [
    {
      name: '<condition>',
      method: 'when',
      target: { kind: 'conditions' },
      description:
        'One branch per comparison, tried in the order added; the first that holds wins.',
    },
    {
      name: 'No match',
      method: 'otherwise',
      target: { kind: 'error', errorType: 'NoMatchingCondition' },
      description: 'No comparison holds.',
    },
    error,
  ],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: voiceChatTaskEmail,
  sources: [
    'guide L29376-29471',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkmetricdata.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'One metric per block: time in queue and queue capacity are separate modes told apart by MetricType.',
      reason:
        'The guide describes each condition as metric, comparison and value (L29418-29460), but ' +
        'CheckMetricData carries a single MetricType and compares every condition against that one ' +
        'number, so a block mixing both metrics cannot be written in the Flow language. Check staffing ' +
        'uses the same action with the NumberOfAgents* metrics, which is how import tells the blocks apart.',
    },
    emailFromBlockChannelTable,
  ],
});
