import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { dynamic, integer, object, resource } from '../schema/builders.js';

const threeDays = 259200;

export const createCallbackContact = defineAction({
  type: 'CreateCallbackContact',
  category: 'interaction',
  summary: "Queues a callback to the contact's callback number.",
  status: 'documented',
  parameters: object(
    'Where the callback is routed and how it is retried.',
    {
      QueueId: resource(
        'queue',
        'Queue for the callback (id or ARN); the working queue when omitted.',
      ),
      AgentId: resource('agent', 'Agent whose agent queue takes the callback (id or ARN).'),
      InitialCallDelaySeconds: integer(
        'Seconds before the callback is queued, so the caller can hang up first (ignored with ContactFlowId).',
        { minimum: 1, maximum: threeDays },
      ),
      MaximumConnectionAttempts: integer('Most attempts to reach the customer when unanswered.', {
        minimum: 1,
      }),
      RetryDelaySeconds: integer('Seconds between an unanswered attempt and the next one.', {
        minimum: 1,
        maximum: threeDays,
      }),
      ContactFlowId: resource('flow', 'Flow to run for the callback (id or ARN).'),
      CallerId: dynamic('Number claimed by the instance to show as caller ID, or one attribute.', {
        minLength: 1,
      }),
    },
    {
      required: ['InitialCallDelaySeconds', 'MaximumConnectionAttempts', 'RetryDelaySeconds'],
      exclusive: [['QueueId', 'AgentId']],
    },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The callback could not be created.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: {
    ...supportedOn(['VOICE'], { onUnsupported: 'Error' }),
    CHAT: {
      support: 'no',
      note: 'The guide says a chat callback only logs an error to CloudWatch; the branch taken is not documented.',
    },
    TASK: { support: 'unknown', note: 'No source covers callbacks for tasks.' },
  },
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      { InitialCallDelaySeconds: '60', MaximumConnectionAttempts: '2', RetryDelaySeconds: '600' },
      {
        QueueId: 'arn:aws:connect:us-east-1:111122223333:instance/abc/queue/def',
        InitialCallDelaySeconds: 5,
        MaximumConnectionAttempts: 3,
        RetryDelaySeconds: 900,
      },
    ],
    invalid: [
      {
        parameters: { InitialCallDelaySeconds: '60', MaximumConnectionAttempts: '2' },
        reason: 'RetryDelaySeconds is required',
      },
      {
        parameters: {
          InitialCallDelaySeconds: '300000',
          MaximumConnectionAttempts: '1',
          RetryDelaySeconds: '60',
        },
        reason: 'initial delay above three days (259200 s)',
      },
      {
        parameters: {
          QueueId: '$.Attributes.callbackQueue',
          AgentId: '$.Attributes.agentId',
          InitialCallDelaySeconds: '60',
          MaximumConnectionAttempts: '1',
          RetryDelaySeconds: '60',
        },
        reason: 'QueueId and AgentId are mutually exclusive',
      },
      {
        parameters: {
          InitialCallDelaySeconds: '$.Attributes.delay',
          MaximumConnectionAttempts: '1',
          RetryDelaySeconds: '60',
        },
        reason: 'the delays and attempts must be static',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-createcallbackcontact.html',
    'guide L33520-33644, L35950-35976',
  ],
  decisions: [
    {
      decision: 'Voice only: chat is "no" without a branch name, tasks are unknown.',
      reason:
        'The guide says the callback tab cannot be used for chat and only logs an error in ' +
        'CloudWatch (L33531-33533); nothing covers tasks, and the Transfer to queue channel table ' +
        'describes the queue tab, not callbacks.',
    },
    {
      decision:
        'ContactFlowId and CallerId are accepted as optional ids, CallerId without a format check.',
      reason:
        'The current page introduces ContactFlowId; their details come from a secondary summary ' +
        'that describes CallerId only as a claimed phone number, so its format is left open.',
    },
    {
      decision: 'MaximumConnectionAttempts has no upper bound.',
      reason:
        'The page asks only for an integer above zero; the guide warns against large values such ' +
        'as 20 (L33578-33583), which is a recommendation rather than a limit. The console labels ' +
        'the field "Maximum number of retries"; how it maps onto attempts is not documented.',
    },
    {
      decision: 'Allowed in inbound, customer queue and the two transfer flow types.',
      reason:
        'The page excludes whisper and hold flows; the Transfer to queue block lists the same four.',
    },
  ],
});
