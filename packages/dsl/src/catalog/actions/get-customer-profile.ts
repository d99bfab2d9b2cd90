import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { array, choice, dynamic, object } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';
import {
  customerProfilesBlockPage,
  customerProfilesChannels,
  customerProfilesGuide,
  profileResponseFields,
} from './shared-customer-profiles.js';

const identifierName = dynamic(
  'Search key: _phone, _email, _account, _profileId or a custom key of the domain.',
  { minLength: 1 },
);
const identifierValue = dynamic('Value to search for, literal or one attribute.', {
  minLength: 1,
  maxLength: 255,
});

// One identifier, or a list of up to five joined by one operator: two closed shapes, not one.
const searchRequest: JsonSchema = {
  description: 'Either IdentifierName + IdentifierValue, or SearchCriteria + LogicalOperator.',
  anyOf: [
    object(
      'Search on one identifier.',
      { IdentifierName: identifierName, IdentifierValue: identifierValue },
      { required: ['IdentifierName', 'IdentifierValue'] },
    ),
    object(
      'Search on up to five identifiers.',
      {
        SearchCriteria: array(
          'The identifiers, one to five.',
          object(
            'One identifier.',
            { IdentifierName: identifierName, IdentifierValue: identifierValue },
            { required: ['IdentifierName', 'IdentifierValue'] },
          ),
          { minItems: 1, maxItems: 5 },
        ),
        LogicalOperator: choice('How the identifiers combine.', ['AND', 'OR']),
      },
      { required: ['SearchCriteria', 'LogicalOperator'] },
    ),
  ],
};

export const getCustomerProfile = defineAction({
  type: 'GetCustomerProfile',
  category: 'interaction',
  summary: 'Finds exactly one Customer Profile by one to five search identifiers.',
  status: 'documented',
  parameters: object(
    'What to search on and which fields to read.',
    { ProfileRequestData: searchRequest, ProfileResponseData: profileResponseFields },
    { required: ['ProfileRequestData'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'MultipleFoundError',
        description: 'More than one profile matched (the console\'s "Multiple found").',
        connect: 'required',
      },
      {
        type: 'NoneFoundError',
        description: 'No profile matched (the console\'s "Not found").',
        connect: 'required',
      },
      {
        type: 'NoMatchingError',
        description: 'The search failed: Customer Profiles disabled, throttling or an outage.',
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
          IdentifierName: '_phone',
          IdentifierValue: '$.CustomerEndpoint.Address',
        },
        ProfileResponseData: ['FirstName', 'LastName', 'Attributes.LoyaltyPoints'],
      },
      {
        ProfileRequestData: {
          SearchCriteria: [
            { IdentifierName: '_phone', IdentifierValue: '$.CustomerEndpoint.Address' },
            { IdentifierName: '_account', IdentifierValue: '$.Attributes.account' },
          ],
          LogicalOperator: 'OR',
        },
      },
    ],
    invalid: [
      {
        parameters: {
          ProfileRequestData: {
            SearchCriteria: [{ IdentifierName: '_phone', IdentifierValue: '+12065550100' }],
          },
        },
        reason: 'SearchCriteria needs LogicalOperator',
      },
      {
        parameters: {
          ProfileRequestData: { IdentifierName: '_phone', IdentiferValue: '+12065550100' },
        },
        reason: "IdentiferValue is the page's typo; the parameter is IdentifierValue",
      },
      {
        parameters: {
          ProfileRequestData: {
            SearchCriteria: Array.from({ length: 6 }, (_, i) => ({
              IdentifierName: `key${i}`,
              IdentifierValue: 'x',
            })),
            LogicalOperator: 'AND',
          },
        },
        reason: 'at most five search identifiers',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-getcustomerprofile.html',
    customerProfilesBlockPage,
    `${customerProfilesGuide}, L29938-29955, L29973-30004`,
  ],
  decisions: [
    {
      decision: 'Only the spelling IdentifierValue is accepted.',
      reason:
        'The action page writes "IdentiferValue" once, next to "IdentifierValue" in SearchCriteria; ' +
        'the console export in the corpus writes IdentifierValue, so the other spelling is a typo.',
    },
    {
      decision:
        'A single identifier pair and SearchCriteria are mutually exclusive, and LogicalOperator is required with SearchCriteria.',
      reason:
        'The page asks for one form or the other and marks LogicalOperator required with ' +
        'SearchCriteria; the guide caps the identifiers at five (L29974-29982).',
    },
    {
      decision: 'ProfileResponseData is a list of field names.',
      reason:
        'The page lists the names inside braces; console exports write a JSON array of names.',
    },
    {
      decision: 'All three error branches must be connected.',
      reason:
        'The console block shows Multiple found, Not found and Error for Get profile, and the ' +
        'export in the corpus connects all three.',
    },
  ],
});
