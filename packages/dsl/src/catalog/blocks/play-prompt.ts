import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const playPrompt = defineBlock({
  id: 'play-prompt',
  name: 'Play prompt',
  builder: 'playPrompt',
  summary: 'Plays audio, speaks text-to-speech, or sends a chat message.',
  variants: [{ mode: 'message', actionType: 'MessageParticipant', description: 'Always.' }],
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
  channels: {
    ...supportedOn(['VOICE', 'CHAT']),
    TASK: { support: 'conditional', onUnsupported: 'Success', note: 'Nothing is played.' },
  },
  sources: ['guide L31213-31576'],
  decisions: [
    {
      decision: 'A task takes Success without playing anything; there is no "Okay" branch.',
      reason:
        'The channel matrix says "No - Okay branch" (L28604) while the block page says "Yes - ' +
        'Success branch, prompt not played" (L31277-31281). The block page is the more specific ' +
        'source, and the Flow language has no branch that could be called Okay.',
    },
  ],
});
