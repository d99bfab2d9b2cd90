import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { dynamic, flag, object } from '../schema/builders.js';
import {
  customerProfilesBlockPage,
  customerProfilesChannels,
  customerProfilesGuide,
  profileId,
  profileObjectResponseFields,
} from './shared-customer-profiles.js';

const objectRequest = {
  ...object(
    'Profile, object type and how to pick the object.',
    {
      ProfileId: profileId,
      ObjectType: dynamic('Object type: _asset, _order, _case or a custom type of the domain.', {
        minLength: 1,
      }),
      IdentifierName: dynamic('Search key of the object, e.g. _assetId or _orderId.', {
        minLength: 1,
      }),
      IdentifierValue: dynamic('Value to search for, literal or one attribute.', {
        minLength: 1,
        maxLength: 255,
      }),
      UseLatest: flag('"true" takes the most recent object of the type.', ['true', 'false']),
    },
    { required: ['ProfileId', 'ObjectType'] },
  ),
  // Retrieval mode: the latest object, or a search identifier pair.
  anyOf: [
    { required: ['UseLatest'], properties: { UseLatest: { enum: ['true'] } } },
    { required: ['IdentifierName', 'IdentifierValue'] },
  ],
};

export const getCustomerProfileObject = defineAction({
  type: 'GetCustomerProfileObject',
  category: 'interaction',
  summary: 'Reads one object (asset, order, case or custom) of a Customer Profile.',
  status: 'documented',
  parameters: object(
    'Which object to read and which fields to copy.',
    { ProfileRequestData: objectRequest, ProfileResponseData: profileObjectResponseFields },
    { required: ['ProfileRequestData'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoneFoundError',
        description: 'No object matched (the console\'s "Not found").',
        connect: 'required',
      },
      {
        type: 'NoMatchingError',
        description: 'The lookup failed: Customer Profiles disabled, throttling or an outage.',
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
          ProfileId: '$.Customer.ProfileId',
          ObjectType: '_asset',
          UseLatest: 'true',
        },
        ProfileResponseData: ['AssetStatus', 'AssetModelName', 'AssetAttributes.warranty'],
      },
      {
        ProfileRequestData: {
          ProfileId: '$.Customer.ProfileId',
          ObjectType: '_order',
          IdentifierName: '_orderId',
          IdentifierValue: '$.StoredCustomerInput',
        },
        ProfileResponseData: ['OrderStatus'],
      },
    ],
    invalid: [
      {
        parameters: {
          ProfileRequestData: { ProfileId: '$.Customer.ProfileId', ObjectType: '_case' },
        },
        reason: 'neither UseLatest nor a search identifier pair',
      },
      {
        parameters: {
          ProfileRequestData: {
            ProfileId: '$.Customer.ProfileId',
            ObjectType: '_asset',
            UseLatset: 'true',
          },
        },
        reason: 'UseLatset is the APIReference typo; the parameter is UseLatest',
      },
      {
        parameters: { ProfileRequestData: { ObjectType: '_asset', UseLatest: 'true' } },
        reason: 'ProfileId is required',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-getcustomerprofileobject.html',
    customerProfilesBlockPage,
    `${customerProfilesGuide}, L30044-30077`,
  ],
  decisions: [
    {
      decision: 'Only the spelling UseLatest is accepted, as "true" or "false".',
      reason:
        'The APIReference page writes "UseLatset" in its syntax block; the developer-guide copy ' +
        'and the sentence above it say UseLatest. The page gives the values as true / false.',
    },
    {
      decision: 'A request must set UseLatest "true" or both IdentifierName and IdentifierValue.',
      reason:
        'The page requires one of the two retrieval modes and the guide makes choosing one ' +
        'mandatory (L30058-30064); UseLatest "false" alone selects nothing.',
    },
    {
      decision:
        'Response fields are checked by shape (Asset*, Order*, Case*, *Attributes.<key>), not by a list.',
      reason:
        'Only the asset field list was fully available; the order and case lists follow the same ' +
        'prefix scheme, so a prefix pattern avoids rejecting real names the catalog has not seen.',
    },
  ],
});
