import { defineAction } from '../action-spec.js';
import { allFlowTypes } from '../flow-types.js';
import {
  array,
  choice,
  dynamic,
  literal,
  object,
  text,
  undocumentedParameters,
} from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';
import {
  allBlocksExportSource,
  channelsNotDocumented,
  observedTypesSource,
} from './shared-observed.js';

// The API's EmailAddressInfo: exactly these two fields, the address required.
const emailAddress = (description: string): JsonSchema =>
  object(
    description,
    {
      EmailAddress: dynamic('The address, literal or one JSONPath.', { minLength: 1 }),
      DisplayName: dynamic('Display name shown with the address; may be empty.'),
    },
    { required: ['EmailAddress'] },
  );

const parameters: JsonSchema = {
  ...undocumentedParameters(
    'Sender, recipients and message of the outbound email. Not in the Flow-language reference.',
    {
      FromEmailAddress: emailAddress('Sender: an email address of the instance.'),
      DestinationEmailAddress: emailAddress('The customer to send to.'),
      AdditionalEmailRecipients: object(
        'Further recipients.',
        {
          CcEmailAddresses: array('Cc recipients.', emailAddress('One Cc recipient.')),
        },
        { additionalProperties: true },
      ),
      EmailMessage: object(
        'The message: raw subject and body, or a message template.',
        {
          MessageSourceType: choice('Where the message comes from.', ['RAW', 'TEMPLATE']),
          RawMessage: object(
            'Subject and body written in the block.',
            {
              Subject: text('Subject line.'),
              Body: text('Message body.'),
              ContentType: literal('MIME type of the body; exports write text/plain.', {
                minLength: 1,
              }),
            },
            { additionalProperties: true },
          ),
          TemplatedMessageConfig: object(
            'A Q in Connect message template (API field; not yet seen in an export).',
            {},
            { additionalProperties: true },
          ),
        },
        { required: ['MessageSourceType'], additionalProperties: true },
      ),
    },
  ),
  required: ['DestinationEmailAddress', 'EmailMessage'],
};

export const startOutboundEmailContact = defineAction({
  type: 'StartOutboundEmailContact',
  category: 'contact',
  summary: 'Sends an outbound email from an email contact created earlier in the flow.',
  status: 'observed',
  parameters,
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The email could not be sent (bad sender, service failure, template error).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: channelsNotDocumented,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        FromEmailAddress: { EmailAddress: 'support@example.com', DisplayName: 'Example Support' },
        DestinationEmailAddress: { EmailAddress: '$.CustomerEndpoint.Address' },
        AdditionalEmailRecipients: {
          CcEmailAddresses: [{ EmailAddress: 'claims@example.com', DisplayName: '' }],
        },
        EmailMessage: {
          MessageSourceType: 'RAW',
          RawMessage: {
            Subject: 'Your case $.Attributes.caseNumber',
            Body: 'We received your request and will reply within one business day.',
            ContentType: 'text/plain',
          },
        },
      },
    ],
    invalid: [
      {
        parameters: {
          FromEmailAddress: { EmailAddress: 'support@example.com' },
          EmailMessage: {
            MessageSourceType: 'RAW',
            RawMessage: { Subject: 'Hi', Body: 'Hi', ContentType: 'text/plain' },
          },
        },
        reason: 'DestinationEmailAddress is required',
      },
      {
        parameters: {
          FromEmailAddress: { EmailAddress: '' },
          DestinationEmailAddress: { EmailAddress: 'customer@example.com' },
          EmailMessage: { MessageSourceType: 'RAW' },
        },
        reason: 'an empty sender address',
      },
      {
        parameters: {
          DestinationEmailAddress: { EmailAddress: 'customer@example.com' },
          EmailMessage: { MessageSourceType: 'HTML' },
        },
        reason: 'MessageSourceType is RAW or TEMPLATE',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/API_StartOutboundEmailContact.html',
    observedTypesSource,
    allBlocksExportSource,
  ],
  decisions: [
    {
      decision:
        'The type is catalogued as observed, with open top-level, recipient-list and message objects.',
      reason:
        'No Flow-language page exists; one console export in the corpus (raw message with Cc) and one ' +
        'third-party export show the shape. Template mode has not been seen in an export, so unknown names ' +
        'are let through there.',
    },
    {
      decision:
        "The recipients list is AdditionalEmailRecipients, not the API's AdditionalRecipients.",
      reason:
        'The console export writes AdditionalEmailRecipients; the flow action does not copy the API field ' +
        'names one for one, so the export wins.',
    },
    {
      decision:
        'Address objects are closed to EmailAddress and DisplayName, and EmailAddress may not be empty.',
      reason:
        "Both exports use exactly the API's EmailAddressInfo fields. A third party reports the service " +
        'rejecting the action without a sender address and rejecting empty strings in parameters generally.',
    },
    {
      decision: 'DestinationEmailAddress and EmailMessage are required; FromEmailAddress is not.',
      reason:
        'The API requires the first two. It leaves the sender optional while a third party reports import ' +
        'failing without it; the weaker claim is not enforced.',
    },
    {
      decision: 'MessageSourceType is RAW or TEMPLATE.',
      reason: "These are the API's values; the corpus export writes RAW.",
    },
    {
      decision: 'No channel or flow-type restriction is recorded.',
      reason:
        'The console writes this action as a child of a larger block (after CreateContact), and no source gives ' +
        "that block's limits; a guessed limit would flag valid flows.",
    },
  ],
});
