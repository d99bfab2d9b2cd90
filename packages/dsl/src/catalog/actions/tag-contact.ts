import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { map, object, text } from '../schema/builders.js';
import {
  channelTableUrl,
  consoleAllBlocksExport,
  emailFromChannelTable,
} from './shared-contact-actions.js';
import { maxUserTags, tagKeyPattern } from './shared-contact-tags.js';

export const tagContact = defineAction({
  type: 'TagContact',
  category: 'contact',
  summary: 'Sets user-defined tags on the current contact; either all are set or none.',
  status: 'documented',
  parameters: object(
    'The tags to set.',
    {
      Tags: map(
        'Tag key to value; keys and values may be literal or dynamic. At most six user-defined tags.',
        text('Tag value (up to 256 characters); avoid personal data.', { maxLength: 256 }),
        { keyPattern: tagKeyPattern, minProperties: 1, maxProperties: maxUserTags },
      ),
    },
    { required: ['Tags'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The tags could not be set (the console\'s "Error" branch).',
        connect: 'optional',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: allFlowTypes,
  examples: {
    valid: [{ Tags: { Department: 'Finance', Segment: '$.Attributes.segment' } }],
    invalid: [
      {
        parameters: { Tags: { 'aws:connect:team': 'Billing' } },
        reason: 'aws: keys are reserved for system tags',
      },
      {
        parameters: { Tags: { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6', g: '7' } },
        reason: 'more than six user-defined tags',
      },
      { parameters: { Tags: {} }, reason: 'no tags to set' },
      { parameters: { TagKeys: ['Department'] }, reason: 'TagKeys belongs to UnTagContact' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-tagcontact.html',
    'guide L29660-29705, L7884, L7945-7947',
    channelTableUrl,
    consoleAllBlocksExport,
  ],
  decisions: [
    {
      decision: 'NoMatchingError is accepted but need not be connected.',
      reason:
        "The action page lists no errors, while the guide's Contact tags block has Success and " +
        'Error branches (L29702-29705) and a designer export writes NoMatchingError on TagContact. ' +
        'Optional accepts flows written either way; the compiler should write it, as the console does.',
    },
    {
      decision:
        'At most six tags, keys of 1-128 characters outside aws:, literal values up to 256.',
      reason:
        'The guide caps user-defined tags at six (L29666) and reserves aws: for system tags; the ' +
        'contact tagging API gives the key and value lengths. The key character set is not ' +
        'enforced because keys may be JSONPaths.',
    },
    emailFromChannelTable,
  ],
});
