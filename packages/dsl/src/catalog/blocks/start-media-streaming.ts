import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const startMediaStreaming = defineBlock({
  id: 'start-media-streaming',
  name: 'Start media streaming',
  builder: 'startMediaStreaming',
  summary:
    "Starts streaming the customer's audio to Kinesis Video Streams; it keeps streaming across flows until Stop media streaming.",
  variants: [
    {
      mode: 'start',
      actionType: 'UpdateContactMediaStreamingBehavior',
      preset: { MediaStreamingState: 'Enabled', MediaStreamType: 'Audio' },
      match: [{ parameter: 'MediaStreamingState', equals: ['Enabled'] }],
      description:
        'Always; the directions chosen (from and/or to the customer) go in Participants.',
    },
  ],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'CUSTOMER_WHISPER',
    'OUTBOUND_WHISPER',
    'AGENT_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: supportedOn(['VOICE'], {
    onUnsupported: 'Error',
    email: { support: 'no', onUnsupported: 'Error' },
  }),
  sources: [
    'guide L33027-33099',
    'https://docs.aws.amazon.com/connect/latest/adminguide/start-media-streaming.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactmediastreamingbehavior.html',
  ],
  decisions: [
    {
      decision: 'Agent whisper flows are allowed.',
      reason:
        'The Korean guide omits the agent whisper flow (L33053-33068), but the current English block ' +
        'page lists it, Stop media streaming allows it in the guide itself (L33121-33138), and the ' +
        'action page allows whisper flows in general. Refusing the start block where its stop block ' +
        'is allowed would make no sense.',
    },
    {
      decision: 'Start and Stop are told apart by MediaStreamingState.',
      reason:
        'Both blocks compile to UpdateContactMediaStreamingBehavior; console exports in the corpus ' +
        'write "Enabled" for start and "Disabled" for stop.',
    },
    {
      decision: 'Email is unsupported and takes Error.',
      reason:
        'The Korean guide has no email column; the current English block page lists Email as ' +
        '"No - Error branch".',
    },
  ],
});
