import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { dynamic, object } from '../schema/builders.js';
import {
  customerProfilesBlockPage,
  customerProfilesChannels,
  customerProfilesGuide,
  emptyResponseFields,
  profileId,
} from './shared-customer-profiles.js';

export const associateContactToCustomerProfile = defineAction({
  type: 'AssociateContactToCustomerProfile',
  category: 'interaction',
  summary: 'Links a contact to an existing Customer Profile.',
  status: 'documented',
  parameters: object(
    'The profile and the contact to link.',
    {
      ProfileRequestData: object(
        'Both ids are required.',
        {
          ProfileId: profileId,
          ContactId: dynamic('Contact to link, literal or one attribute such as $.ContactId.', {
            minLength: 1,
          }),
        },
        { required: ['ProfileId', 'ContactId'] },
      ),
      ProfileResponseData: emptyResponseFields,
    },
    { required: ['ProfileRequestData'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'The link failed: Customer Profiles disabled, missing permissions, throttling or a bad id.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: customerProfilesChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      { ProfileRequestData: { ProfileId: '$.Customer.ProfileId', ContactId: '$.ContactId' } },
      {
        ProfileRequestData: {
          ProfileId: '7c1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a',
          ContactId: '$.InitialContactId',
        },
        ProfileResponseData: [],
      },
    ],
    invalid: [
      {
        parameters: { ProfileRequestData: { ProfileId: '$.Customer.ProfileId' } },
        reason: 'ContactId is required',
      },
      {
        parameters: {
          ProfileRequestData: { ProfileId: '$.Customer.ProfileId', ContactId: '$.ContactId' },
          ProfileResponseData: ['FirstName'],
        },
        reason: 'the action returns no profile fields',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-associatecontacttocustomerprofile.html',
    customerProfilesBlockPage,
    `${customerProfilesGuide}, L30117-30150`,
  ],
  decisions: [
    {
      decision: 'ProfileResponseData may be absent, an empty list or an empty object.',
      reason:
        'The action page shows an empty response object, while console exports of the sibling ' +
        'profile actions encode response fields as a list; no export of this action was found, ' +
        'so both empty encodings are accepted and any field name is rejected.',
    },
    {
      decision: 'Allowed in every flow type and on email.',
      reason:
        'The guide gives the Customer profiles block "all flow types"; the current English block ' +
        'page adds email to the channel table, which the Korean guide predates.',
    },
  ],
});
