import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import { eventHookVariant } from './shared-event-hooks.js';

export const setCustomerQueueFlow = defineBlock({
  id: 'set-customer-queue-flow',
  name: 'Set customer queue flow',
  builder: 'setCustomerQueueFlow',
  summary: 'Chooses the customer queue flow that runs while the contact waits in queue.',
  variants: [
    eventHookVariant(
      'customer-queue',
      'CustomerQueue',
      'Always; the flow is a customer queue flow.',
    ),
  ],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules(['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER']),
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  sources: [
    'guide L31935-31979',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-customer-queue-flow.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacteventhooks.html',
  ],
  decisions: [
    {
      decision: 'Email is supported.',
      reason:
        'The current English block page lists Email as "Yes"; the Korean guide has no email row.',
    },
  ],
});
