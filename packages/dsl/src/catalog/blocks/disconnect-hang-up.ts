import { defineBlock } from '../block-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';

export const disconnectHangUp = defineBlock({
  id: 'disconnect-hang-up',
  name: 'Disconnect / hang up',
  builder: 'disconnect',
  summary: 'Disconnects the contact.',
  variants: [{ mode: 'disconnect', actionType: 'DisconnectParticipant', description: 'Always.' }],
  branches: [],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: allDocumentedChannels,
  sources: ['guide L30169-30197'],
});
