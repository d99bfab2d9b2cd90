import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { object } from '../schema/builders.js';
import {
  customerProfilesBlockPage,
  customerProfilesChannels,
  customerProfilesGuide,
  profileRequestFields,
  profileResponseFields,
} from './shared-customer-profiles.js';

export const updateCustomerProfile = defineAction({
  type: 'UpdateCustomerProfile',
  category: 'interaction',
  summary: 'Updates the profile found or created earlier in the flow.',
  status: 'documented',
  parameters: object('Fields to write and fields to read back.', {
    ProfileRequestData: profileRequestFields,
    ProfileResponseData: profileResponseFields,
  }),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'The update failed: no profile in the flow yet, Customer Profiles disabled, a value over ' +
          '255 characters, throttling or an outage.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: customerProfilesChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        ProfileRequestData: { MailingAddress1: '$.StoredCustomerInput' },
        ProfileResponseData: ['MailingAddress1'],
      },
      { ProfileRequestData: { 'Attributes.tier': 'gold', EmailAddress: '$.Attributes.email' } },
    ],
    invalid: [
      {
        parameters: { ProfileRequestData: { ProfileId: '$.Customer.ProfileId' } },
        reason: 'the profile is the one from earlier in the flow; ProfileId is not a request field',
      },
      {
        parameters: { ProfileResponseData: ['Attributes'] },
        reason: 'a custom attribute needs its key (Attributes.<key>)',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-updatecustomerprofile.html',
    customerProfilesBlockPage,
    `${customerProfilesGuide}, L29938-29955, L30022-30043`,
  ],
  decisions: [
    {
      decision: 'Request and response shapes are the same as CreateCustomerProfile.',
      reason:
        'Both pages list the same fields; the list encoding of ProfileResponseData and the flat ' +
        'Attributes.<key> names follow the console exports of the sibling actions.',
    },
    {
      decision: 'The action takes no profile id.',
      reason:
        'The page lists only profile fields and says the action updates the profile created or ' +
        'retrieved earlier in the flow; the guide says to run Get profile first (L30022-30027).',
    },
  ],
});
