import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { array, object } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';
import { staticTagKey } from './shared-contact-tags.js';

export const unTagContact = defineAction({
  type: 'UnTagContact',
  category: 'contact',
  summary: 'Removes user-defined tags from the current contact; either all are removed or none.',
  status: 'documented',
  parameters: object(
    'The tag keys to remove.',
    {
      TagKeys: array('Keys of existing user-defined tags to remove; literal only.', staticTagKey, {
        minItems: 1,
      }),
    },
    { required: ['TagKeys'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The tags could not be removed.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']),
  flowTypes: allFlowTypes,
  examples: {
    valid: [{ TagKeys: ['Department'] }, { TagKeys: ['Department', 'Segment'] }],
    invalid: [
      { parameters: { TagKeys: [] }, reason: 'no keys to remove' },
      {
        parameters: { TagKeys: ['$.Attributes.tagKey'] },
        reason: 'keys can only be set statically',
      },
      {
        parameters: { TagKeys: ['aws:connect:systemTag'] },
        reason: 'system tags cannot be removed',
      },
      { parameters: { Tags: { Department: '' } }, reason: 'Tags belongs to TagContact' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-untagcontact.html',
    'guide L29660-29705',
    channelTableUrl,
  ],
  decisions: [
    {
      decision:
        'This entry keeps the documented spelling UnTagContact; UntagContact is catalogued separately.',
      reason:
        'The Flow-language reference spells it UnTagContact, but an aws-samples list built from a ' +
        'console export gives UntagContact (lower-case t) as the type CreateContactFlow accepts, and ' +
        'another live-tested builder reports UnTagContact refused. No corpus export shows either. ' +
        'Both entries share one contract; the compiler should write UntagContact.',
    },
    {
      decision: 'TagKeys must hold at least one key, and each key must be literal.',
      reason:
        'The action page says keys can only be set statically; an empty list removes nothing, and ' +
        'a third-party live test reports the service refuses it.',
    },
    emailFromChannelTable,
  ],
});
