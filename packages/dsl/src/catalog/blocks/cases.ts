import { defineBlock, defineBranch } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { error, success } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

const contactNotLinked = defineBranch({
  name: 'Contact not linked',
  method: 'onContactNotLinked',
  target: { kind: 'error', errorType: 'ContactNotLinked' },
  description:
    'The case was found, updated or created, but the contact could not be linked to it. Present only ' +
    'when the block links the contact to the case.',
});
const multipleFound = defineBranch({
  name: 'Multiple found',
  method: 'onMultipleFound',
  target: { kind: 'error', errorType: 'MultipleFound' },
  description: 'More than one case matches the search.',
});
const notFound = defineBranch({
  name: 'Not found',
  method: 'onNotFound',
  target: { kind: 'error', errorType: 'NoneFound' },
  description: 'No case matches the search.',
});

export const cases = defineBlock({
  id: 'cases',
  name: 'Cases',
  builder: 'manageCase',
  summary: 'Gets, updates or creates an Amazon Connect Case, optionally linking the contact to it.',
  variants: [
    {
      mode: 'get',
      actionType: 'GetCase',
      description: 'Get case: searches for a case and keeps chosen fields in $.Case.',
      branches: [success, contactNotLinked, multipleFound, notFound, error],
    },
    {
      mode: 'update',
      actionType: 'UpdateCase',
      description: 'Update case: changes fields of the case with the given case ID.',
      branches: [success, contactNotLinked, error],
    },
    {
      mode: 'create',
      actionType: 'CreateCase',
      description: 'Create case: creates a case from a case template.',
      branches: [success, contactNotLinked, error],
    },
  ],
  branches: [success, contactNotLinked, multipleFound, notFound, error],
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L28806-29046',
    'https://docs.aws.amazon.com/connect/latest/APIReference/getcase.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/updatecase.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/createcase.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'Contact not linked is listed for every mode but exists only when LinkContactToCase is "true".',
      reason:
        'Each of the three property pages says the branch appears when the block is set to link the ' +
        'contact (L28898-28900, L28935-28937, L28985-28987); whether it must be connected is decided by ' +
        'the action contracts, which can make ContactNotLinked conditional on that parameter.',
    },
    {
      decision: 'Multiple found and Not found belong to Get case only.',
      reason:
        'The guide names them only on the Get case page (L28902-28903), and only GetCase lists ' +
        'MultipleFound and NoneFound among its error types.',
    },
    emailFromBlockChannelTable,
  ],
});
