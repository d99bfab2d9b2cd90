import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const stopMediaStreaming = defineBlock({
  id: 'stop-media-streaming',
  name: 'Stop media streaming',
  builder: 'stopMediaStreaming',
  summary: 'Stops the customer audio stream that Start media streaming began.',
  variants: [
    {
      mode: 'stop',
      actionType: 'UpdateContactMediaStreamingBehavior',
      preset: { MediaStreamingState: 'Disabled', MediaStreamType: 'Audio' },
      match: [{ parameter: 'MediaStreamingState', equals: ['Disabled'] }],
      description: 'Always. The block has no properties of its own.',
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
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error' }),
  sources: [
    'guide L33100-33164',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactmediastreamingbehavior.html',
  ],
  decisions: [
    {
      decision: 'The stop action still carries Participants and MediaStreamType.',
      reason:
        'The block has no properties (L33139-33141), but the action requires all three parameters; ' +
        'console exports in the corpus write Disabled with the customer participant, both directions ' +
        'and Audio. Only MediaStreamingState and MediaStreamType are preset because the directions ' +
        'are an array the compiler fills in.',
    },
  ],
});
