import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  emailTakesError,
} from './shared-email-channel.js';

export const holdCustomerOrAgent = defineBlock({
  id: 'hold-customer-or-agent',
  name: 'Hold customer or agent',
  builder: 'holdParticipant',
  summary:
    'Puts the agent or the customer on hold, or brings both back, for example while the customer keys in card data.',
  variants: [
    {
      mode: 'agent-on-hold',
      actionType: 'UpdatePreviousContactParticipantState',
      preset: { PreviousContactParticipantState: 'AgentOnHold' },
      match: [{ parameter: 'PreviousContactParticipantState', equals: ['AgentOnHold'] }],
      description: 'Agent on hold: the customer stays on the call.',
    },
    {
      mode: 'customer-on-hold',
      actionType: 'UpdatePreviousContactParticipantState',
      preset: { PreviousContactParticipantState: 'CustomerOnHold' },
      match: [{ parameter: 'PreviousContactParticipantState', equals: ['CustomerOnHold'] }],
      description: 'Customer on hold: the agent stays on the call.',
    },
    {
      mode: 'conference-all',
      actionType: 'UpdatePreviousContactParticipantState',
      preset: { PreviousContactParticipantState: 'OffHold' },
      match: [{ parameter: 'PreviousContactParticipantState', equals: ['OffHold'] }],
      description: 'Conference all: both agent and customer are back on the call.',
    },
  ],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error', email: emailTakesError }),
  sources: [
    'guide L30881-30934',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatepreviouscontactparticipantstate.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Conference all is the OffHold value.',
      reason:
        'The guide offers Agent on hold, Customer on hold and Conference all (L30914-30925); the action ' +
        'accepts AgentOnHold, CustomerOnHold and OffHold, and taking both parties off hold is what ' +
        'conferencing them means.',
    },
    {
      decision: 'Usable in outbound whisper flows, which the action page does not name.',
      reason:
        'The block page lists inbound, outbound whisper and both transfer flows (L30902-30913); the ' +
        'action page says inbound and transfer flows. The block entry keeps the guide data.',
    },
    emailFromBlockChannelTable,
  ],
});
