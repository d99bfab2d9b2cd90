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

export const createCustomerProfile = defineAction({
  type: 'CreateCustomerProfile',
  category: 'interaction',
  summary: 'Creates a Customer Profile; its id lands in $.Customer.ProfileId.',
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
          'The profile was not created: Customer Profiles disabled, a value over 255 characters, ' +
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
        ProfileRequestData: {
          FirstName: '$.Attributes.firstName',
          PhoneNumber: '$.CustomerEndpoint.Address',
          'Attributes.Language': 'ko-KR',
        },
        ProfileResponseData: ['FirstName', 'Attributes.Language'],
      },
      {
        ProfileRequestData: { PhoneNumber: '$.CustomerEndpoint.Address' },
        ProfileResponseData: [],
      },
    ],
    invalid: [
      {
        parameters: { ProfileRequestData: { Nickname: 'Sam' } },
        reason: 'Nickname is not a profile field (custom fields go under Attributes.<key>)',
      },
      {
        parameters: { ProfileRequestData: { FirstName: 'x'.repeat(300) } },
        reason: 'request values are limited to 255 characters',
      },
      {
        parameters: { ProfileRequestData: { PartyType: 'PERSON' } },
        reason: 'PartyType is INDIVIDUAL, BUSINESS or OTHER',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-createcustomerprofile.html',
    customerProfilesBlockPage,
    'https://docs.aws.amazon.com/connect/latest/adminguide/standard-profile-definition.html',
    `${customerProfilesGuide}, L29938-29955, L30005-30020`,
  ],
  decisions: [
    {
      decision: 'ProfileResponseData is a list of field names.',
      reason:
        'The action page lists the names inside braces, which is not valid JSON; console exports ' +
        'write a JSON array of names (["EmailAddress", "FirstName", ...]), so the export wins.',
    },
    {
      decision:
        'Custom attributes are written as flat Attributes.<key> names in both request and response.',
      reason:
        'The page names them "Attributes.x" and the guide\'s example reads back Attributes.Language; ' +
        'no source shows a nested Attributes object, so only the flat form is accepted.',
    },
    {
      decision: 'Request values are literal or one whole JSONPath, at most 255 characters.',
      reason:
        'The page does not give the value class; the console offers a typed value or one attribute ' +
        'per field, and the guide routes values over 255 characters to Error (L29945-29947).',
    },
    {
      decision: 'PartyType is limited to INDIVIDUAL, BUSINESS and OTHER.',
      reason: 'These are the values of the standard profile definition; the action page is silent.',
    },
  ],
});
