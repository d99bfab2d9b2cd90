import { defineBlock } from '../block-spec.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';

const noBranchNote =
  'The documentation says the Error branch, but the block is terminal and has no branches; what ' +
  'happens to such a contact is not documented. Use Set working queue (by agent) instead.';

export const transferToAgent = defineBlock({
  id: 'transfer-to-agent',
  name: 'Transfer to agent (beta)',
  builder: 'transferToAgent',
  summary: 'Ends the flow and transfers a voice call to the agent (beta).',
  variants: [
    {
      mode: 'transfer',
      actionType: 'TransferContactToAgent',
      description: 'Always; no parameters, and Transitions is empty.',
    },
  ],
  branches: [],
  flowTypes: alsoInCampaignsAndModules(['AGENT_TRANSFER', 'QUEUE_TRANSFER']),
  channels: {
    VOICE: { support: 'yes' },
    CHAT: { support: 'no', note: noBranchNote },
    TASK: { support: 'no', note: noBranchNote },
    EMAIL: { support: 'no', note: noBranchNote },
  },
  sources: [
    'guide L33310-33364',
    'https://docs.aws.amazon.com/connect/latest/adminguide/transfer-to-agent-block.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoagent.html',
  ],
  decisions: [
    {
      decision: 'The block is terminal, with no branches.',
      reason:
        'The guide shows the configured block in a "Transferred" state with no branches ' +
        '(L33355-33359), and TransferContactToAgent lists no results and no errors.',
    },
    {
      decision: 'Chat, task and email are unsupported, with no branch named.',
      reason:
        'The guide (L33332-33337) and the current English page say "No - Error branch", which a ' +
        'block without branches cannot take. The catalog records the channels as unsupported and ' +
        'does not invent an outcome.',
    },
  ],
});
