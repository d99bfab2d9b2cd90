import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { object, resource } from '../schema/builders.js';
import {
  caseRequestFields,
  casesChannels,
  casesGuideLines,
  contactNotLinked,
  contactToLink,
  linkContactToCase,
} from './shared-cases.js';
import {
  channelTableUrl,
  consoleAllBlocksExport,
  emailFromChannelTable,
} from './shared-contact-actions.js';

export const createCase = defineAction({
  type: 'CreateCase',
  category: 'contact',
  summary: 'Creates an Amazon Connect case from a case template and can link the contact to it.',
  status: 'documented',
  parameters: object(
    'Template, linking choice and field values of the new case.',
    {
      LinkContactToCase: linkContactToCase,
      CaseTemplateId: resource(
        'case-template',
        'Case template the new case is created from (id, or a JSONPath to one).',
      ),
      CaseRequestFields: caseRequestFields,
      ContactToLink: contactToLink,
    },
    { required: ['LinkContactToCase', 'CaseTemplateId'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      contactNotLinked,
      {
        type: 'NoMatchingError',
        description: 'The case was not created (system error or a misconfigured block).',
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
        CaseTemplateId: '8a7b6c5d-1111-2222-3333-444455556666',
        CaseRequestFields: {
          customer_id: '$.Customer.ProfileARN',
          title: 'Late delivery for order $.Attributes.orderId',
        },
      },
      { LinkContactToCase: 'false', CaseTemplateId: '$.Attributes.caseTemplateId' },
      {
        LinkContactToCase: 'true',
        CaseTemplateId: '8a7b6c5d-1111-2222-3333-444455556666',
        ContactToLink: 'Current',
      },
    ],
    invalid: [
      {
        parameters: { CaseTemplateId: '8a7b6c5d-1111-2222-3333-444455556666' },
        reason: 'LinkContactToCase is required',
      },
      {
        parameters: {
          LinkContactToCase: 'True',
          CaseTemplateId: '8a7b6c5d-1111-2222-3333-444455556666',
        },
        reason: 'the Cases actions write booleans in lower case',
      },
      { parameters: { LinkContactToCase: 'true' }, reason: 'CaseTemplateId is required' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/createcase.html',
    casesGuideLines,
    channelTableUrl,
    consoleAllBlocksExport,
  ],
  decisions: [
    {
      decision:
        'ContactNotLinked exists only when LinkContactToCase is "true", and must then be connected.',
      reason:
        'The action page and the guide both say the branch appears when linking is requested ' +
        '(L28985-28987); without linking it cannot happen.',
    },
    {
      decision: 'CaseTemplateId may be a JSONPath.',
      reason:
        'The action page gives no value class, but a console export in the corpus sets it from a ' +
        'contact attribute ("useDynamic" in its metadata).',
    },
    {
      decision: 'The customer and required template fields are not enforced by the schema.',
      reason:
        'The guide says a customer and every required template field must be given (L28953-28956), ' +
        'but they travel inside CaseRequestFields under ids that depend on the Cases domain, so ' +
        'only publishing against the instance can check them.',
    },
    {
      decision: 'ContactToLink is accepted; its values are not restricted.',
      reason:
        'The reference does not list it, but a designer export of every block writes ' +
        'ContactToLink "Current" on CreateCase; only that one value has been seen, so no enum is ' +
        'imposed.',
    },
    emailFromChannelTable,
  ],
});
