import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { array, choice, object } from '../schema/builders.js';
import { channelTableUrl, emailFromChannelTable } from './shared-contact-actions.js';

export const updateContactMediaStreamingBehavior = defineAction({
  type: 'UpdateContactMediaStreamingBehavior',
  category: 'contact',
  summary: "Starts or stops streaming the customer's audio to Kinesis Video Streams.",
  status: 'documented',
  parameters: object(
    'What to stream, and whether to start or stop.',
    {
      MediaStreamingState: choice('Enabled starts streaming, Disabled stops it.', [
        'Enabled',
        'Disabled',
      ]),
      Participants: array(
        'Whose audio to stream: the customer.',
        object(
          'A participant and the audio directions.',
          {
            ParticipantType: choice('Only Customer is supported.', ['Customer']),
            MediaDirections: {
              ...array(
                'From (what the customer says) and/or To (what the customer hears).',
                choice('A direction.', ['From', 'To']),
                { minItems: 1, maxItems: 2 },
              ),
              uniqueItems: true,
            },
          },
          { required: ['ParticipantType', 'MediaDirections'] },
        ),
        { minItems: 1, maxItems: 1 },
      ),
      MediaStreamType: choice('Only Audio is supported.', ['Audio']),
    },
    { required: ['MediaStreamingState', 'Participants', 'MediaStreamType'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'Streaming could not be changed (not enabled on the instance, not a call).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: supportedOn(['VOICE'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'CUSTOMER_WHISPER',
    'AGENT_WHISPER',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      {
        MediaStreamingState: 'Enabled',
        MediaStreamType: 'Audio',
        Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From', 'To'] }],
      },
      {
        MediaStreamingState: 'Disabled',
        MediaStreamType: 'Audio',
        Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From'] }],
      },
    ],
    invalid: [
      {
        parameters: {
          MediaStreamingState: 'Enabled',
          MediaStreamType: 'Audio',
          Participants: [{ ParticipantType: 'Agent', MediaDirections: ['From'] }],
        },
        reason: 'only the customer can be streamed',
      },
      {
        parameters: {
          MediaStreamingState: 'Enabled',
          MediaStreamType: 'Video',
          Participants: [{ ParticipantType: 'Customer', MediaDirections: ['From'] }],
        },
        reason: 'only audio is supported',
      },
      {
        parameters: { MediaStreamingState: 'Enabled', MediaStreamType: 'Audio' },
        reason: 'Participants is required',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactmediastreamingbehavior.html',
    'guide L33027-33164',
    channelTableUrl,
  ],
  decisions: [
    {
      decision:
        'Participants holds exactly one entry (the customer) with one or two distinct directions.',
      reason:
        'Only Customer is supported as a participant type, so a second entry could only repeat ' +
        'it; console exports write one entry. An empty direction list would stream nothing.',
    },
    {
      decision: 'Agent whisper flows are allowed.',
      reason:
        'The page says whisper flows in general; the guide lists agent whisper for Stop media ' +
        'streaming (L33121-33138) and the English Start media streaming page lists it too, while ' +
        'the Korean Start page omits it. The action must cover both blocks.',
    },
    {
      decision: 'Voice only; chat, task and email take the Error branch.',
      reason:
        'The page says voice only; the guide and the English block pages route the other channels to Error.',
    },
    emailFromChannelTable,
  ],
});
