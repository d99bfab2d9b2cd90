import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { jsonPath, object } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

export const updateContactCallbackNumber = defineAction({
  type: 'UpdateContactCallbackNumber',
  category: 'contact',
  summary:
    'Sets the number a later callback (CreateCallbackContact) will dial, taken from an attribute.',
  status: 'documented',
  parameters: object(
    'Where the number comes from.',
    {
      CallbackNumber: jsonPath(
        'A JSONPath to the number, e.g. $.StoredCustomerInput or $.CustomerEndpoint.Address; a literal number is not allowed.',
      ),
    },
    { required: ['CallbackNumber'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'InvalidCallbackNumber',
        description: 'The value is not a valid E.164 number (the console\'s "Invalid number").',
        connect: 'required',
      },
      {
        type: 'CallbackNumberNotDialable',
        description:
          'The number is valid but the instance may not dial it (the console\'s "Not dialable").',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE'], {
    onUnsupported: 'Invalid number',
    email: { support: 'no', onUnsupported: 'Invalid number' },
  }),
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      { CallbackNumber: '$.StoredCustomerInput' },
      { CallbackNumber: '$.Attributes.callbackPhone' },
    ],
    invalid: [
      { parameters: { CallbackNumber: '+12065550100' }, reason: 'a literal number is not allowed' },
      {
        parameters: { CallbackNumber: 'Call $.StoredCustomerInput' },
        reason: 'the JSONPath must be the whole value',
      },
      { parameters: {}, reason: 'CallbackNumber is required' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactcallbacknumber.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-callback-number.html',
    'guide L31733-31800',
    channelTableUrl,
  ],
  decisions: [
    {
      decision:
        'No NoMatchingError: the only error branches are InvalidCallbackNumber and CallbackNumberNotDialable, both required.',
      reason:
        'The page lists only these two and the block shows Success, Invalid number and Not ' +
        'dialable. An aws-samples repository reports that the service rejects NoMatchingError ' +
        'here; the console exports in the corpus carry exactly the two.',
    },
    {
      decision: 'Chat, task and email take the Invalid number branch.',
      reason:
        'The Korean guide says "Error branch", but the block has no Error branch; the current ' +
        'English page says "No - Invalid number branch" for all three, which matches the action.',
    },
    emailFromChannelTable,
  ],
});
