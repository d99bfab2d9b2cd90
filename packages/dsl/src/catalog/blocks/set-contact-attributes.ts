import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const setContactAttributes = defineBlock({
  id: 'set-contact-attributes',
  name: 'Set contact attributes',
  builder: 'setContactAttributes',
  summary:
    'Stores key-value pairs on the current or a related contact, or as flow attributes local to this flow.',
  variants: [
    {
      mode: 'contact',
      actionType: 'UpdateContactAttributes',
      description:
        'Target "Current contact" or "Related contact": user-defined attributes, read later as ' +
        '$.Attributes.<key>.',
    },
    {
      mode: 'flow',
      actionType: 'UpdateFlowAttributes',
      description:
        'Target "Flow": attributes that live only in this flow, read as $.FlowAttributes.<key>.',
    },
    {
      mode: 'customer-id',
      actionType: 'UpdateContactData',
      match: [{ parameter: 'CustomerId', present: true }],
      description:
        'Setting the system Customer ID; the console writes it as a separate UpdateContactData action ' +
        'chained after the attribute action of the same block.',
    },
  ],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  sources: [
    'guide L31801-31934',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-contact-attributes.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactattributes.html',
    'https://docs.aws.amazon.com/connect/latest/devguide/flow-control-actions-updateflowattributes.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactdata.html',
  ],
  decisions: [
    {
      decision: 'The flow-attribute mode keeps the Error branch.',
      reason:
        'The UpdateFlowAttributes page lists no errors, but the guide shows Success and Error for the ' +
        'block whatever its target (L31917-31921) and every UpdateFlowAttributes action in the corpus ' +
        'console exports (10 of 10) carries a NoMatchingError branch. The action entry has to offer ' +
        'NoMatchingError for this to hold.',
    },
    {
      decision:
        'A Customer ID set by the block is recognised as an UpdateContactData action with CustomerId.',
      reason:
        'A console export of a flow module found in a public repository stores one Set contact ' +
        'attributes block as UpdateContactAttributes followed by UpdateContactData {CustomerId}, both ' +
        'marked as split parts of one block in the designer metadata. The Flow-language reference ' +
        'also names Set contact attributes as a block behind UpdateContactData. Other UpdateContactData ' +
        'fields belong to Set voice (LanguageCode) and Set Voice ID (Voice ID settings).',
    },
    {
      decision: 'Email is supported.',
      reason:
        'The current English block page lists Email as "Yes"; the Korean guide has no email row.',
    },
  ],
});
