import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { choice, object } from '../schema/builders.js';
import { metricQueueChoices, metricQueueProperties } from './shared-metrics.js';

export const getMetricData = defineAction({
  type: 'GetMetricData',
  category: 'flow-control',
  summary: 'Loads real-time queue and agent metrics into $.Metrics for later checks.',
  status: 'documented',
  parameters: object(
    'Which queue to read and, optionally, which channel to count; all optional.',
    {
      ...metricQueueProperties,
      QueueChannel: choice(
        'Count only this channel; all channels when omitted. A dynamic value must resolve to one channel.',
        ['Voice', 'Chat'],
        'jsonpath',
      ),
    },
    { exclusive: [metricQueueChoices] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The metrics could not be loaded.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: allDocumentedChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {},
      { QueueId: '$.External.queueArn' },
      {
        QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/0a1b2c3d/queue/4e5f6a7b',
        QueueChannel: 'Chat',
      },
    ],
    invalid: [
      { parameters: { QueueChannel: 'Task' }, reason: 'only Voice or Chat can be chosen' },
      {
        parameters: {
          QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/0a1b2c3d/queue/4e5f6a7b',
          AgentId: 'arn:aws:connect:us-east-1:111122223333:instance/0a1b2c3d/agent/8c9d0e1f',
        },
        reason: 'QueueId and AgentId together',
      },
      {
        parameters: { MetricType: 'NumberOfContactsInQueue' },
        reason: 'MetricType belongs to CheckMetricData',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-getmetricdata.html',
    'guide L30755-30880',
  ],
  decisions: [
    {
      decision: 'QueueChannel accepts the literals Voice and Chat, or one whole JSONPath.',
      reason:
        'The action page allows a dynamic channel; the guide says an attribute holding the channel ' +
        'is read case-insensitively (L30843-30858), which is a run-time matter, so the static ' +
        'spelling stays the one the page gives.',
    },
    {
      decision: 'Only the three documented parameters are accepted.',
      reason:
        'The current block page adds contact-level metrics (position in queue) and estimated wait ' +
        'time, but no export in the corpus shows how the console writes them; the four GetMetricData ' +
        'exports use none or QueueId only.',
    },
  ],
});
