import { defineBlock } from '../block-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import { eventHookVariant } from './shared-event-hooks.js';

export const setWhisperFlow = defineBlock({
  id: 'set-whisper-flow',
  name: 'Set whisper flow',
  builder: 'setWhisperFlow',
  summary:
    'Replaces the default agent or customer whisper with a chosen whisper flow (on chat, needed for any whisper to play).',
  variants: [
    eventHookVariant(
      'agent-whisper',
      'AgentWhisper',
      'Whisper type "Agent whisper"; the flow is an agent whisper flow.',
    ),
    eventHookVariant(
      'customer-whisper',
      'CustomerWhisper',
      'Whisper type "Customer whisper"; the flow is a customer whisper flow.',
    ),
  ],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: allDocumentedChannels,
  sources: [
    'guide L32749-32866',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacteventhooks.html',
  ],
  decisions: [
    {
      decision: 'One block sets one whisper; agent and customer whispers are separate variants.',
      reason:
        'The guide says a single block sets either the customer or the agent whisper, never both ' +
        '(L32846-32849), and UpdateContactEventHooks takes exactly one EventHooks entry.',
    },
  ],
});
