import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { noParameters } from '../schema/builders.js';

export const disconnectParticipant = defineAction({
  type: 'DisconnectParticipant',
  category: 'participant',
  summary: 'Disconnects the contact and ends the flow.',
  status: 'documented',
  parameters: noParameters,
  transitions: { nextAction: 'forbidden', errors: [], conditions: false },
  channels: allDocumentedChannels,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [{}],
    invalid: [{ parameters: { Reason: 'done' }, reason: 'takes no parameters' }],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-disconnectparticipant.html',
    'guide L30169-30197',
  ],
  decisions: [
    {
      decision: 'Allowed in inbound, customer queue and the two transfer flow types only.',
      reason:
        'The current action page and the guide agree on these four; the 2023 page said ' +
        '"everywhere". The current sources win.',
    },
  ],
});
