import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { dynamic, integer, object } from '../schema/builders.js';
import { channelTableUrl } from './shared-contact-actions.js';
import { voiceConnector } from './shared-parameters.js';

// E.164: a plus sign, then up to 15 digits without a leading zero.
const e164 = '^\\+[1-9][0-9]{1,14}$';

const noBranch = {
  support: 'no',
  note: 'The channel table says "Error branch", but the action has no error branch: the flow ends.',
} as const;

export const completeOutboundCall = defineAction({
  type: 'CompleteOutboundCall',
  category: 'contact',
  summary:
    'Dials the pending outbound call from an outbound whisper flow, optionally with a caller ID.',
  status: 'documented',
  parameters: object('Caller ID, or a Chime Voice Connector leg; both optional.', {
    CallerId: object(
      "Caller ID shown to the customer; ignored when VoiceConnector is set. The queue's outbound " +
        'caller ID is used when absent.',
      {
        Number: dynamic(
          'E.164 number claimed by the instance, or a JSONPath to one (a non-E.164 value falls ' +
            "back to the queue's caller ID).",
          { pattern: e164 },
        ),
      },
      { required: ['Number'] },
    ),
    VoiceConnector: voiceConnector,
    ConnectionTimeLimitSeconds: integer(
      'Seconds to wait for the voice connector to answer before the call is cancelled; only ' +
        'used with VoiceConnector.',
      { minimum: 1, maximum: 600, valueClass: 'jsonpath' },
    ),
  }),
  transitions: { nextAction: 'required', errors: [], conditions: false },
  channels: {
    ...supportedOn(['VOICE']),
    CHAT: noBranch,
    TASK: noBranch,
    EMAIL: noBranch,
  },
  flowTypes: ['OUTBOUND_WHISPER'],
  examples: {
    valid: [
      {},
      { CallerId: { Number: '+12065550100' } },
      { CallerId: { Number: '$.Attributes.callerIdNumber' } },
      {
        VoiceConnector: {
          VoiceConnectorType: 'ChimeConnector',
          VoiceConnectorArn: 'arn:aws:chime:us-east-1:111122223333:vc/abcdefghijklmnopqrstu',
          FromUser: '+12065550100',
          ToUser: '$.CustomerEndpoint.Address',
        },
        ConnectionTimeLimitSeconds: '30',
      },
    ],
    invalid: [
      { parameters: { CallerId: { Number: '206-555-0100' } }, reason: 'caller ID is not E.164' },
      {
        parameters: { CallerId: { Number: '+12065550100' }, ConnectionTimeLimitSeconds: '900' },
        reason: 'connection time limit above 600 seconds',
      },
      { parameters: { CallerId: {} }, reason: 'CallerId without Number' },
      { parameters: { CallerIdNumber: '+12065550100' }, reason: 'unknown parameter' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-completeoutboundcall.html',
    'guide L28727-28805, L15718-15777',
    channelTableUrl,
  ],
  decisions: [
    {
      decision: 'No error branch; chat, task and email are "no" with no branch to take.',
      reason:
        'The action page lists no errors and the guide says the block has none: a failed call ends ' +
        "the flow and puts the agent in After Contact Work (L28781-28788). The channel tables' " +
        '"No - Error branch" for chat and task cannot be followed, so no branch is named.',
    },
    {
      decision: 'CallerId.Number must be E.164 when literal.',
      reason:
        'The guide requires an E.164 number claimed by the instance for the caller ID ' +
        '(L15765-15777); a JSONPath is still accepted because the number is usually an attribute.',
    },
    {
      decision: 'Outbound whisper flows only; campaign flows are not added.',
      reason:
        'The action runs only while an outbound call is pending, which the guide places in the ' +
        'outbound whisper flow (L28746-28751); the catalog-wide campaign extension applies to ' +
        'entries allowed in inbound flows, and this one is not.',
    },
  ],
});
