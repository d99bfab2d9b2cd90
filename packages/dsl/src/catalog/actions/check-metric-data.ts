import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { choice, object } from '../schema/builders.js';
import { metricQueueChoices, metricQueueProperties } from './shared-metrics.js';

export const checkMetricData = defineAction({
  type: 'CheckMetricData',
  category: 'flow-control',
  summary: 'Reads one real-time metric of a queue and branches on its value.',
  status: 'documented',
  parameters: object(
    'The metric to read and the queue to read it from.',
    {
      MetricType: choice(
        'The metric. Agent counts back Check staffing, the queue ones Check queue status.',
        [
          'NumberOfAgentsAvailable',
          'NumberOfAgentsStaffed',
          'NumberOfAgentsOnline',
          'OldestContactInQueueAgeSeconds',
          'NumberOfContactsInQueue',
        ],
      ),
      ...metricQueueProperties,
    },
    { required: ['MetricType'], exclusive: [metricQueueChoices] },
  ),
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The metric could not be read (no working queue, a bad id).',
        connect: 'required',
      },
      {
        type: 'NoMatchingCondition',
        description: 'No condition holds (Check staffing "False", Check queue status "No match").',
        connect: 'required',
      },
    ],
    conditions: {
      result: 'The metric value, a number (seconds for OldestContactInQueueAgeSeconds).',
      operators: [
        'Equals',
        'NumberGreaterThan',
        'NumberGreaterOrEqualTo',
        'NumberLessThan',
        'NumberLessOrEqualTo',
      ],
      operand: { kind: 'number' },
    },
  },
  channels: allDocumentedChannels,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      { MetricType: 'NumberOfAgentsStaffed' },
      {
        MetricType: 'OldestContactInQueueAgeSeconds',
        QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/0a1b2c3d/queue/4e5f6a7b',
      },
      { MetricType: 'NumberOfContactsInQueue', QueueId: '$.Attributes.overflowQueueArn' },
    ],
    invalid: [
      { parameters: { QueueId: '$.Attributes.queueArn' }, reason: 'MetricType is required' },
      {
        parameters: { MetricType: 'AgentsAvailable' },
        reason: 'not a metric name (the names start with NumberOf or OldestContact)',
      },
      {
        parameters: {
          MetricType: 'NumberOfAgentsOnline',
          QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/0a1b2c3d/queue/4e5f6a7b',
          AgentId: 'arn:aws:connect:us-east-1:111122223333:instance/0a1b2c3d/agent/8c9d0e1f',
        },
        reason: 'QueueId and AgentId together',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkmetricdata.html',
    'guide L29376-29471',
    'guide L29592-29659',
  ],
  decisions: [
    {
      decision: 'NoMatchingCondition exists for every metric and must be connected.',
      reason:
        'The action page limits NoMatchingCondition to the two queue metrics, but every console ' +
        'export in the corpus that checks NumberOfAgentsStaffed or NumberOfAgentsOnline carries it ' +
        '(crrice__connect-copy default-queue-transfer, aws-samples rules-engine RulesEngineQueue): it ' +
        'is the "False" branch of Check staffing. A third-party project that publishes probe flows ' +
        'reports the service requires it for agent metrics too. Both blocks always show the branch.',
    },
    {
      decision: 'The rule "agent counts allow only NumberGreaterThan 0" is not in this contract.',
      reason:
        'The action page states it, and every agent-count export in the corpus uses exactly that ' +
        'condition, but the contract has one operator list for all modes. Validation must check it ' +
        'against MetricType separately; the queue metrics take all five numeric-compatible operators.',
    },
    {
      decision: 'MetricType is static; QueueId and AgentId may be one whole JSONPath.',
      reason:
        'The action page says dynamic values are not supported for MetricType and are supported for ' +
        'the two ids; the rules-engine export reads a queue ARN from $.External.',
    },
    {
      decision: 'NextAction is optional.',
      reason:
        'Every outcome is a condition, NoMatchingCondition or NoMatchingError. Console exports still ' +
        'write a NextAction (the Error target), and a compiler should do the same.',
    },
  ],
});
