import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { flag, object, resource } from '../schema/builders.js';

export const updateContactMediaProcessing = defineAction({
  type: 'UpdateContactMediaProcessing',
  category: 'contact',
  summary:
    'Turns a customer-supplied Lambda message processor on or off for in-flight chat messages.',
  status: 'documented',
  parameters: object(
    'The chat message processor.',
    {
      ChatProcessor: object(
        'Bring-your-own processor for chat messages.',
        {
          ProcessingEnabled: flag('Process chat messages with the Lambda function.'),
          LambdaProcessorARN: resource(
            'lambda-function',
            'ARN of the Lambda function that processes each message (arn:aws:lambda:region:account:function:name).',
            { valueClass: 'static' },
          ),
          ChatProcessorSettings: object('Processor behaviour.', {
            DeliverUnprocessedMessages: flag('Deliver messages the function failed to process.'),
          }),
        },
        { required: ['ProcessingEnabled', 'LambdaProcessorARN'] },
      ),
    },
    { required: ['ChatProcessor'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The processor could not be configured.',
        connect: 'required',
      },
      {
        type: 'ChannelMismatch',
        description: 'The contact is not a chat.',
        connect: 'optional',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['CHAT'], {
    onUnsupported: 'ChannelMismatch',
    email: { support: 'no', onUnsupported: 'ChannelMismatch' },
  }),
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        ChatProcessor: {
          ProcessingEnabled: 'True',
          LambdaProcessorARN: 'arn:aws:lambda:us-east-1:111122223333:function:chat-redactor',
          ChatProcessorSettings: { DeliverUnprocessedMessages: 'False' },
        },
      },
    ],
    invalid: [
      {
        parameters: { ChatProcessor: { ProcessingEnabled: 'True' } },
        reason: 'LambdaProcessorARN is required',
      },
      {
        parameters: {
          ChatProcessor: {
            ProcessingEnabled: 'yes',
            LambdaProcessorARN: 'arn:aws:lambda:us-east-1:111122223333:function:chat-redactor',
          },
        },
        reason: 'ProcessingEnabled is "True" or "False"',
      },
      { parameters: {}, reason: 'ChatProcessor is required' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/devguide/contact-actions-updatecontactmediaprocessing.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-recording-analytics-processing-behavior.html',
  ],
  decisions: [
    {
      decision: 'ChannelMismatch may be left unconnected; NoMatchingError is required.',
      reason:
        'The page says NoMatchingError "must always be defined" but says no such thing of ' +
        'ChannelMismatch, unlike the page of UpdateContactRecordingAndAnalyticsBehavior, which ' +
        'the same console block writes. No export of this action was available to settle it.',
    },
    {
      decision: 'LambdaProcessorARN is required even when ProcessingEnabled is "False".',
      reason:
        'The reference marks both required and the page does not describe a form without the ARN.',
    },
    {
      decision: 'Allowed in every flow type; chat only, other channels take ChannelMismatch.',
      reason:
        'The page has no Restrictions section; the block page says all flow types except journey ' +
        'flows (not a ContactFlowType) and lists message processing for chat only. The branch ' +
        'is named by its ErrorType because the console label is not in the sources.',
    },
  ],
});
