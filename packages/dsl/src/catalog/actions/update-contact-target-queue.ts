import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { object, resource } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

const queueChoices = ['QueueId', 'AgentId'] as const;

export const updateContactTargetQueue = defineAction({
  type: 'UpdateContactTargetQueue',
  category: 'contact',
  summary:
    "Sets the working queue (a queue or an agent's queue) used by Transfer to queue and by the queue checks.",
  status: 'documented',
  parameters: object(
    'The queue to work with: exactly one of QueueId or AgentId.',
    {
      QueueId: resource('queue', 'Queue id or ARN; a JSONPath must yield the ARN, not the name.'),
      AgentId: resource('agent', "Agent id or ARN, meaning that agent's personal queue."),
    },
    { exclusive: [queueChoices], atLeastOne: [queueChoices] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The queue could not be set (unknown queue or agent, bad dynamic value).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER']),
  examples: {
    valid: [
      { QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/0f1e2d3c/queue/4b5a6978' },
      { QueueId: '$.Attributes.targetQueueArn' },
      { AgentId: '$.Agent.ARN' },
    ],
    invalid: [
      {
        parameters: {
          QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/0f1e2d3c/queue/4b5a6978',
          AgentId: '$.Agent.ARN',
        },
        reason: 'QueueId and AgentId together',
      },
      { parameters: {}, reason: 'no queue given' },
      { parameters: { QueueId: '' }, reason: 'empty queue id' },
      { parameters: { QueueName: 'BasicQueue' }, reason: 'QueueName is not a parameter' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttargetqueue.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-working-queue.html',
    'guide L32867-32934',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'Exactly one of QueueId and AgentId is required.',
      reason:
        'The page marks both optional and mutually exclusive, but an action with neither sets ' +
        'no queue, the console block always writes one, and every export in the corpus does.',
    },
    {
      decision: 'Inbound and the two transfer flow types only (plus campaigns and modules).',
      reason:
        'The action page and the guide agree: not whisper, hold or customer queue flows (a ' +
        'customer queue flow already has its queue).',
    },
    emailFromChannelTable,
  ],
});
