import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { dynamic, object } from '../schema/builders.js';
import {
  caseRequestFields,
  casesChannels,
  casesGuideLines,
  contactNotLinked,
  linkContactToCase,
} from './shared-cases.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

export const updateCase = defineAction({
  type: 'UpdateCase',
  category: 'contact',
  summary:
    'Updates fields of an existing Amazon Connect case, found by its id, and can link the contact to it.',
  status: 'documented',
  parameters: object(
    'The case to update, the linking choice and the fields to change.',
    {
      LinkContactToCase: linkContactToCase,
      CaseId: dynamic('Id of the case, usually $.Case.case_id from a preceding Get case.', {
        pattern: '^[^$]+$',
      }),
      CaseRequestFields: {
        ...caseRequestFields,
        description: `${caseRequestFields.description ?? ''} At least one field must be given.`,
        minProperties: 1,
      },
    },
    { required: ['LinkContactToCase', 'CaseId', 'CaseRequestFields'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      contactNotLinked,
      {
        type: 'NoMatchingError',
        description: 'The case was not updated (system error, unknown case, no fields to update).',
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
        CaseId: '$.Case.case_id',
        CaseRequestFields: { status: 'closed', summary: 'Refund issued by $.Agent.UserName' },
      },
      {
        LinkContactToCase: 'false',
        CaseId: '3f2e1d0c-aaaa-bbbb-cccc-ddddeeeeffff',
        CaseRequestFields: { '9c8b7a6d-1111-2222-3333-444455556666': 'Priority' },
      },
    ],
    invalid: [
      {
        parameters: { LinkContactToCase: 'true', CaseId: '$.Case.case_id', CaseRequestFields: {} },
        reason: 'no field to update',
      },
      {
        parameters: { LinkContactToCase: 'false', CaseRequestFields: { status: 'closed' } },
        reason: 'CaseId is required',
      },
      {
        parameters: {
          LinkContactToCase: 'false',
          CaseId: 'Case $.Case.case_id',
          CaseRequestFields: { status: 'closed' },
        },
        reason: 'the case id must be a literal or one whole JSONPath',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/updatecase.html',
    casesGuideLines,
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'CaseRequestFields is required and must hold at least one field.',
      reason:
        'The page marks it optional, but the guide says an update without at least one request ' +
        'field always takes the Error branch (L28925-28927, VR-49).',
    },
    {
      decision: 'CaseId takes a literal or one whole JSONPath.',
      reason:
        'The page gives no value class; the guide says the id usually comes from a preceding ' +
        'Get case and is the only identifier accepted (L28944-28946), so embedded text cannot ' +
        'name a case.',
    },
    {
      decision:
        'ContactNotLinked exists only when LinkContactToCase is "true", and must then be connected.',
      reason:
        'The page and the guide say the branch appears when linking is requested ' +
        '(L28935-28937); without linking it cannot happen.',
    },
    emailFromChannelTable,
  ],
});
