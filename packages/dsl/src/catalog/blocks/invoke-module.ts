import { defineBlock } from '../block-spec.js';
import { successOrError } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const invokeModule = defineBlock({
  id: 'invoke-module',
  name: 'Invoke module',
  builder: 'invokeModule',
  summary: 'Runs a published flow module, a reusable section of flow.',
  variants: [{ mode: 'invoke', actionType: 'InvokeFlowModule', description: 'Always.' }],
  branches: successOrError,
  // Campaign flows are inbound-type flows; modules are left out on purpose (see decisions).
  flowTypes: ['CONTACT_FLOW', 'CAMPAIGN'],
  channels: voiceChatTaskEmail,
  sources: [
    'guide L31028-31062',
    'guide L34472-34560',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-language-actions-invoke-flow-module.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Not allowed inside flow modules, an exception to the catalog-wide extension.',
      reason:
        'The guide states that a module cannot call another module (L34517) and that only inbound-type ' +
        'flows support modules (L34494-34500). Newer AWS pages mention nested modules, but the block ' +
        'entry keeps the guide data; campaign flows stay in because they are inbound-type flows.',
    },
    {
      decision: 'Only Success and Error are modelled.',
      reason:
        'The guide shows those two branches (L31059-31062). Modules with custom output branches are ' +
        'newer than both the guide and the InvokeFlowModule page, and how those branches appear in ' +
        'Transitions is undocumented.',
    },
    emailFromBlockChannelTable,
  ],
});
