import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  emailTakesError,
} from './shared-email-channel.js';

export const createPersistentContactAssociation = defineBlock({
  id: 'create-persistent-contact-association',
  name: 'Create persistent contact association',
  builder: 'enablePersistentChat',
  summary:
    'Turns on persistent chat so the current chat continues from a past conversation, in full or from one segment.',
  variants: [
    {
      mode: 'associate',
      actionType: 'CreatePersistentContactAssociation',
      description: 'Always.',
    },
  ],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: supportedOn(['CHAT'], { onUnsupported: 'Error', email: emailTakesError }),
  sources: [
    'guide L29706-29772',
    'https://docs.aws.amazon.com/connect/latest/adminguide/create-persistent-contact-association-block.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Error is the NoMatchingError branch.',
      reason:
        'The action type is missing from the Flow-language reference, so its error types are not ' +
        'documented; the guide shows Success and Error (L29768-29772), and NoMatchingError is the ' +
        'general error every documented action with an Error branch uses.',
    },
    {
      decision: 'Allowed in every flow type.',
      reason:
        'The guide lists all nine flow types one by one (L29727-29747), which the catalog treats like ' +
        '"all flows".',
    },
    emailFromBlockChannelTable,
  ],
});
