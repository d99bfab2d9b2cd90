import { defineBlock } from '../block-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error } from './shared-branches.js';

export const checkHoursOfOperation = defineBlock({
  id: 'check-hours-of-operation',
  name: 'Check hours of operation',
  builder: 'checkHoursOfOperation',
  summary: 'Branches on whether the contact arrives within the hours of operation.',
  variants: [{ mode: 'check', actionType: 'CheckHoursOfOperation', description: 'Always.' }],
  branches: [
    {
      name: 'In hours',
      method: 'whenInHours',
      target: { kind: 'condition', operator: 'Equals', operand: 'True' },
      description: 'Now is within the hours.',
    },
    {
      name: 'Out of hours',
      method: 'whenOutOfHours',
      target: { kind: 'condition', operator: 'Equals', operand: 'False' },
      description: 'Now is outside the hours.',
    },
    error,
  ],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: allDocumentedChannels,
  sources: ['guide L29308-29375'],
});
