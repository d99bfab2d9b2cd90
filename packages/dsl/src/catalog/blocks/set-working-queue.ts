import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const setWorkingQueue = defineBlock({
  id: 'set-working-queue',
  name: 'Set working queue',
  builder: 'setWorkingQueue',
  summary:
    'Sets the queue that Transfer to queue will use, and that Check staffing, Check queue status and Check hours of operation look at by default.',
  variants: [
    {
      mode: 'queue',
      actionType: 'UpdateContactTargetQueue',
      match: [{ parameter: 'QueueId', present: true }],
      description: '"By queue": a standard queue, by id or ARN (from an attribute, the ARN).',
    },
    {
      mode: 'agent',
      actionType: 'UpdateContactTargetQueue',
      match: [{ parameter: 'AgentId', present: true }],
      description:
        '"By agent": the agent\'s own queue, for agent-to-agent transfers on any channel.',
    },
  ],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER']),
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  sources: [
    'guide L32867-32934',
    'guide L33322-33342',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-working-queue.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttargetqueue.html',
  ],
  decisions: [
    {
      decision: 'Email is supported.',
      reason:
        'The current English block page lists Email as "Yes"; the Korean guide has no email row.',
    },
  ],
});
