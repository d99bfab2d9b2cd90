import { defineBlock } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const getQueueMetrics = defineBlock({
  id: 'get-queue-metrics',
  name: 'Get queue metrics',
  builder: 'getQueueMetrics',
  summary:
    'Loads near-real-time metrics of a queue or agent into $.Metrics for later blocks to branch on.',
  variants: [{ mode: 'metrics', actionType: 'GetMetricData', description: 'Always.' }],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L30755-30880',
    'guide L39247-39345',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-getmetricdata.html',
    blockChannelTableUrl,
  ],
  decisions: [emailFromBlockChannelTable],
});
