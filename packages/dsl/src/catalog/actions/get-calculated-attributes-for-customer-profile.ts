import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { object } from '../schema/builders.js';
import {
  calculatedAttributeResponseFields,
  customerProfilesBlockPage,
  customerProfilesChannels,
  customerProfilesGuide,
  profileId,
} from './shared-customer-profiles.js';

export const getCalculatedAttributesForCustomerProfile = defineAction({
  type: 'GetCalculatedAttributesForCustomerProfile',
  category: 'interaction',
  summary:
    'Reads calculated attributes of a Customer Profile into $.Customer.CalculatedAttributes.',
  status: 'documented',
  parameters: object(
    'The profile and the calculated attributes to read.',
    {
      ProfileRequestData: object(
        'The profile.',
        { ProfileId: profileId },
        { required: ['ProfileId'] },
      ),
      ProfileResponseData: calculatedAttributeResponseFields,
    },
    { required: ['ProfileRequestData'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoneFoundError',
        description: 'The profile has none of the attributes (the console\'s "Not found").',
        connect: 'required',
      },
      {
        type: 'NoMatchingError',
        description:
          'The lookup failed: Customer Profiles disabled, missing instance-role permissions, ' +
          'throttling or an outage.',
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
        ProfileRequestData: { ProfileId: '$.Customer.ProfileId' },
        ProfileResponseData: [
          'CalculatedAttributes._average_hold_time',
          'CalculatedAttributes._frequent_caller',
        ],
      },
    ],
    invalid: [
      {
        parameters: {
          ProfileRequestData: {},
          ProfileResponseData: ['CalculatedAttributes._frequent_caller'],
        },
        reason: 'ProfileId is required',
      },
      {
        parameters: {
          ProfileRequestData: { ProfileId: '$.Customer.ProfileId' },
          ProfileResponseData: ['_frequent_caller'],
        },
        reason: 'response fields are written CalculatedAttributes.<name>',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-getcalculatedattributesforcustomerprofile.html',
    customerProfilesBlockPage,
    `${customerProfilesGuide}, L30079-30116`,
  ],
  decisions: [
    {
      decision: 'ProfileResponseData is a list of CalculatedAttributes.<name> strings.',
      reason:
        'The page names the fields CalculatedAttributes._average_hold_time and so on inside ' +
        'braces; the console export in the corpus writes them as a JSON array.',
    },
    {
      decision: 'NoneFoundError must be connected.',
      reason:
        'The console block shows a Not found branch for Get calculated attributes (L30106-30113).',
    },
  ],
});
