import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { dynamic, literal, object, resource, text } from '../schema/builders.js';

// E.164: a plus sign, then up to 15 digits without a leading zero.
const e164 = '^\\+[1-9][0-9]{1,14}$';

export const startOutboundChatContact = defineAction({
  type: 'StartOutboundChatContact',
  category: 'contact',
  summary: 'Starts a new outbound SMS chat contact to a customer, run by the given flow.',
  status: 'documented',
  parameters: object(
    'From which instance number, to which customer number, and which flow runs the new chat.',
    {
      SourceEndpoint: object(
        'The sending number.',
        {
          Address: resource('phone-number', 'ARN of a phone number claimed by the instance.'),
          Type: literal('Endpoint type; only a Connect phone number ARN.', {
            enum: ['CONNECT_PHONENUMBER_ARN'],
          }),
        },
        { required: ['Address', 'Type'] },
      ),
      DestinationEndpoint: object(
        "The customer's number.",
        {
          Address: dynamic('Customer phone number in E.164, e.g. $.CustomerEndpoint.Address.', {
            pattern: e164,
          }),
          Type: literal('Endpoint type; only a telephone number.', { enum: ['TELEPHONE_NUMBER'] }),
        },
        { required: ['Address', 'Type'] },
      ),
      ContactFlowArn: resource('flow', 'ARN of the flow that runs the new chat contact.'),
      ContactSubtype: literal('Kind of chat; only SMS.', { enum: ['connect:SMS'] }),
      InitialSystemMessage: object(
        'Message sent to the customer when the chat starts.',
        { Content: text('Message text; may embed references.', { minLength: 1 }) },
        { required: ['Content'] },
      ),
      RelatedContact: literal('Links the new chat to the current contact.', { enum: ['CURRENT'] }),
    },
    { required: ['SourceEndpoint', 'DestinationEndpoint', 'ContactFlowArn', 'ContactSubtype'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The outbound chat could not be started.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: allDocumentedChannels,
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        SourceEndpoint: {
          Address:
            'arn:aws:connect:us-east-1:111122223333:phone-number/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
          Type: 'CONNECT_PHONENUMBER_ARN',
        },
        DestinationEndpoint: { Address: '$.CustomerEndpoint.Address', Type: 'TELEPHONE_NUMBER' },
        ContactFlowArn:
          'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000',
        ContactSubtype: 'connect:SMS',
        InitialSystemMessage: { Content: 'Hi, this is Example Corp following up on your call.' },
        RelatedContact: 'CURRENT',
      },
    ],
    invalid: [
      {
        parameters: {
          SourceEndpoint: { Address: '+12065550100', Type: 'TELEPHONE_NUMBER' },
          DestinationEndpoint: { Address: '+12065550199', Type: 'TELEPHONE_NUMBER' },
          ContactFlowArn:
            'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000',
          ContactSubtype: 'connect:SMS',
        },
        reason: 'the source must be a CONNECT_PHONENUMBER_ARN endpoint',
      },
      {
        parameters: {
          SourceEndpoint: {
            Address:
              'arn:aws:connect:us-east-1:111122223333:phone-number/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
            Type: 'CONNECT_PHONENUMBER_ARN',
          },
          DestinationEndpoint: { Address: '(206) 555-0199', Type: 'TELEPHONE_NUMBER' },
          ContactFlowArn:
            'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000',
          ContactSubtype: 'connect:SMS',
        },
        reason: 'destination number is not E.164',
      },
      {
        parameters: {
          SourceEndpoint: {
            Address:
              'arn:aws:connect:us-east-1:111122223333:phone-number/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
            Type: 'CONNECT_PHONENUMBER_ARN',
          },
          DestinationEndpoint: { Address: '+12065550199', Type: 'TELEPHONE_NUMBER' },
          ContactFlowArn:
            'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/contact-flow/66666666-7777-8888-9999-000000000000',
        },
        reason: 'ContactSubtype is required',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-startoutboundchatcontact.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/API_StartOutboundChatContact.html',
  ],
  decisions: [
    {
      decision: 'Allowed in every flow type and on voice, chat and task; email stays unknown.',
      reason:
        'The action page states no flow-type or channel restriction, and the guide has no Send ' +
        'message block to consult. The API documents deflecting an ongoing contact to SMS through ' +
        'this action, which fits any channel.',
    },
    {
      decision: 'ContactSubtype accepts only connect:SMS.',
      reason:
        'The action page says SMS is the only subtype the flow action supports, although the ' +
        'StartOutboundChatContact API now also starts WhatsApp contacts. Widen this when the action ' +
        'page does.',
    },
    {
      decision: 'Addresses and the flow ARN may be literal or one JSONPath.',
      reason:
        'The action page gives no value classes; the destination is normally the current ' +
        "customer's number ($.CustomerEndpoint.Address), so a JSONPath must be possible.",
    },
  ],
});
