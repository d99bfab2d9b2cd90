import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { noParameters } from '../schema/builders.js';
import { channelTableUrl } from './shared-contact-actions.js';

const notVoice = {
  support: 'no',
  note: 'The channel tables say "Error branch", but the action ends the flow and has no branch.',
} as const;

export const transferContactToAgent = defineAction({
  type: 'TransferContactToAgent',
  category: 'contact',
  summary:
    'Ends the flow and connects the caller to the agent of a transfer (beta, voice only); Set working queue with an agent queue is the general alternative.',
  status: 'documented',
  parameters: noParameters,
  transitions: { nextAction: 'forbidden', errors: [], conditions: false },
  effects: { handsOff: true },
  channels: { ...supportedOn(['VOICE']), CHAT: notVoice, TASK: notVoice, EMAIL: notVoice },
  flowTypes: ['AGENT_TRANSFER', 'QUEUE_TRANSFER'],
  examples: {
    valid: [{}],
    invalid: [
      {
        parameters: { AgentId: '$.Attributes.agentArn' },
        reason: 'takes no parameters; the agent comes from the transfer',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-transfercontacttoagent.html',
    'guide L33310-33364',
    'https://docs.aws.amazon.com/connect/latest/adminguide/transfer-to-agent-block.html',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'Terminal: Transitions must be {}.',
      reason:
        'The action page says it ends the current flow and lists no results or errors, and the ' +
        'guide shows the configured block with no branches, only a "Transferred" state ' +
        '(L33355-33359). No console export in the corpus contradicts it.',
    },
    {
      decision: 'Chat, task and email are "no" without a branch to take.',
      reason:
        'The guide and the current block page say "No - Error branch" for them, but a terminal ' +
        'action has no Error branch to follow; a validator should flag the combination instead.',
    },
  ],
});
