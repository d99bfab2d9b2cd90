import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { array, dynamic, flag, literal, object } from '../schema/builders.js';
import {
  caseFieldIdPattern,
  caseRequestFields,
  casesChannels,
  casesGuideLines,
  contactNotLinked,
  linkContactToCase,
} from './shared-cases.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

export const getCase = defineAction({
  type: 'GetCase',
  category: 'contact',
  summary:
    "Searches a customer's cases and keeps the chosen fields of the match in $.Case for later blocks.",
  status: 'documented',
  parameters: object(
    'Customer, filters and the fields to keep.',
    {
      LinkContactToCase: linkContactToCase,
      GetLastUpdatedCase: flag(
        '"true" returns only the most recently updated matching case instead of failing on several.',
        ['true', 'false'],
      ),
      CustomerId: dynamic(
        'Customer whose cases are searched: the Customer Profiles profile ARN, usually ' +
          '$.Customer.ProfileARN from a preceding Customer profiles block.',
        { minLength: 1 },
      ),
      CaseRequestFields: caseRequestFields,
      CaseResponseFields: array(
        'Field ids to copy into $.Case.<field id> (system ids like "status", or custom field UUIDs).',
        literal('A case field id.', { pattern: caseFieldIdPattern }),
      ),
    },
    { required: ['LinkContactToCase', 'CustomerId'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The search failed (system error or a misconfigured block).',
        connect: 'required',
      },
      contactNotLinked,
      {
        type: 'MultipleFound',
        description: 'More than one case matches the search.',
        connect: 'required',
      },
      {
        type: 'NoneFound',
        description: 'No case matches the search.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: casesChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        LinkContactToCase: 'true',
        GetLastUpdatedCase: 'true',
        CustomerId: '$.Customer.ProfileARN',
        CaseRequestFields: { status: 'open' },
        CaseResponseFields: ['case_id', 'status', 'title'],
      },
      {
        LinkContactToCase: 'false',
        CustomerId:
          'arn:aws:profile:us-east-1:111122223333:domains/example-domain/profiles/0123456789abcdef0123456789abcdef',
      },
    ],
    invalid: [
      { parameters: { LinkContactToCase: 'true' }, reason: 'CustomerId is required' },
      {
        parameters: {
          LinkContactToCase: 'true',
          CustomerId: '$.Customer.ProfileARN',
          CaseResponseFields: 'status',
        },
        reason: 'CaseResponseFields is a list of field ids',
      },
      {
        parameters: {
          LinkContactToCase: 'true',
          CustomerId: '$.Customer.ProfileARN',
          CaseId: '42',
        },
        reason: 'CaseId belongs to UpdateCase',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/getcase.html',
    casesGuideLines,
    channelTableUrl,
  ],
  decisions: [
    {
      decision:
        'MultipleFound and NoneFound must be connected; ContactNotLinked only when linking.',
      reason:
        "The guide's Get case mode shows Multiple found and Not found as branches of their own " +
        '(L28902-28903); Contact not linked appears only when linking is requested (L28898-28900).',
    },
    {
      decision: 'CustomerId is required and may be a literal or one JSONPath.',
      reason:
        'The action page marks it as the customer every search is scoped to; it gives no value ' +
        "class, and the guide's examples take it from the profile ARN attribute (L28849-28892).",
    },
    {
      decision: 'GetLastUpdatedCase is optional.',
      reason:
        'The action page does not say whether it is required; the guide describes it as an option ' +
        'the author may select (L28880-28882), and absent means every match counts.',
    },
    emailFromChannelTable,
  ],
});
