import { defineBlock } from '../block-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import { eventHookVariant } from './shared-event-hooks.js';

export const setDisconnectFlow = defineBlock({
  id: 'set-disconnect-flow',
  name: 'Set disconnect flow',
  builder: 'setDisconnectFlow',
  summary:
    'Chooses the flow that runs after a disconnect event, such as a post-contact survey or an expiring task.',
  variants: [
    eventHookVariant(
      'disconnect',
      'CustomerRemaining',
      'Always; the flow must be an inbound-type flow.',
    ),
  ],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: allDocumentedChannels,
  sources: [
    'guide L31980-32059',
    'guide L34420-34432',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacteventhooks.html',
  ],
  decisions: [
    {
      decision: 'The block writes the CustomerRemaining event hook.',
      reason:
        'Neither the guide nor the action reference names the key (the reference only infers it). ' +
        'Console exports in the corpus settle it: their disconnect-flow blocks are UpdateContactEventHooks ' +
        'with EventHooks.CustomerRemaining, and the designer metadata names a disconnect or survey flow.',
    },
  ],
});
