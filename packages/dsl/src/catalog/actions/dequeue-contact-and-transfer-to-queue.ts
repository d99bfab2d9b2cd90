import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { object, resource } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

export const dequeueContactAndTransferToQueue = defineAction({
  type: 'DequeueContactAndTransferToQueue',
  category: 'contact',
  summary:
    "Moves a contact that is waiting in a queue to another queue or to an agent's queue (queue-to-queue transfer).",
  status: 'documented',
  parameters: object(
    'The destination: a queue, or an agent whose personal queue receives the contact.',
    {
      QueueId: resource('queue', 'Destination queue (id or ARN, or a JSONPath to one).'),
      AgentId: resource(
        'agent',
        'Agent whose agent queue receives the contact (id or ARN, or a JSONPath).',
      ),
    },
    { exclusive: [['QueueId', 'AgentId']], atLeastOne: [['QueueId', 'AgentId']] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'QueueAtCapacity',
        description: 'The destination queue is full; the contact stays in its current queue.',
        connect: 'required',
      },
      {
        type: 'NoMatchingError',
        description:
          'The transfer failed (the contact is not queued, is already being joined, or the destination is invalid).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  effects: { handsOff: true },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: ['CUSTOMER_QUEUE'],
  examples: {
    valid: [
      {
        QueueId:
          'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/queue/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
      },
      { AgentId: '$.Attributes.preferredAgentArn' },
    ],
    invalid: [
      {
        parameters: { QueueId: '$.Attributes.overflowQueue', AgentId: '$.Attributes.agent' },
        reason: 'QueueId and AgentId are mutually exclusive',
      },
      { parameters: {}, reason: 'no destination' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-dequeuecontactandtransfertoqueue.html',
    'guide L33520-33644, L30272-30323',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'Exactly one of QueueId and AgentId is required.',
      reason:
        'The action page marks each "[Optional]" only because either may be used and forbids both; ' +
        'a queue-to-queue transfer without a destination cannot succeed. Unsure: no export or ' +
        'service message confirms that the service itself rejects the empty form.',
    },
    {
      decision: 'NextAction is required.',
      reason:
        'The reference treats the action as non-terminal, and the guide has the customer queue flow ' +
        'continue after a successful transfer, typically into End flow / Resume (L30284-30285).',
    },
    {
      decision: 'Customer queue flows only; campaign flows and modules are not added.',
      reason:
        'The action page restricts it to the customer queue flow, where the Transfer to queue block ' +
        'compiles to it; everywhere else that block writes TransferContactToQueue.',
    },
    emailFromChannelTable,
  ],
});
