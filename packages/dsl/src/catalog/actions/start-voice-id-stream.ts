import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { noParameters } from '../schema/builders.js';

export const startVoiceIdStream = defineAction({
  type: 'StartVoiceIdStream',
  category: 'flow-control',
  summary: "Starts streaming the caller's audio to Voice ID (Set Voice ID).",
  status: 'documented',
  parameters: noParameters,
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'Streaming could not start, e.g. on a channel other than voice.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error' }),
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'CUSTOMER_WHISPER',
    'OUTBOUND_WHISPER',
    'AGENT_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [{}],
    invalid: [
      {
        parameters: { AuthenticationThreshold: '90' },
        reason: 'takes no parameters; thresholds and watchlist go through UpdateContactData',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-startvoiceidstream.html',
    'guide L32520-32675',
  ],
  decisions: [
    {
      decision: 'Takes no parameters; the Set Voice ID settings are not part of this action.',
      reason:
        'The action page documents an empty parameter object. The thresholds, response time and ' +
        'watchlist the block shows (L32590-32628) are contact data, which the reference maps to ' +
        'UpdateContactData.',
    },
    {
      decision: 'Flow types follow the Set Voice ID block.',
      reason:
        'The action page gives no flow-type restriction; the guide lists inbound, customer queue, ' +
        'the three whisper types and the two transfer types (L32559-32575). Hold flows are left out ' +
        'as in the guide.',
    },
  ],
});
