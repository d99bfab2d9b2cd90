import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import { eventHookVariant } from './shared-event-hooks.js';

export const setHoldFlow = defineBlock({
  id: 'set-hold-flow',
  name: 'Set hold flow',
  builder: 'setHoldFlow',
  summary: 'Chooses the flow that runs while the customer or the agent is on hold.',
  variants: [
    eventHookVariant(
      'customer-hold',
      'CustomerHold',
      'Customer on hold; the flow is a customer hold flow.',
    ),
    eventHookVariant('agent-hold', 'AgentHold', 'Agent on hold; the flow is an agent hold flow.'),
  ],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: supportedOn(['VOICE'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  sources: [
    'guide L32113-32160',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-hold-flow.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacteventhooks.html',
  ],
  decisions: [
    {
      decision: 'Email is unsupported and takes Error.',
      reason:
        'The Korean guide has no email column; the current English block page lists Email as ' +
        '"No - Error branch".',
    },
  ],
});
