import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { success } from './shared-branches.js';
import { blockChannelTableUrl, emailFromBlockChannelTable } from './shared-email-channel.js';

const noBranch =
  'The channel tables name an Error branch, but the block has none; a failed call ends the flow.';

export const callPhoneNumber = defineBlock({
  id: 'call-phone-number',
  name: 'Call phone number',
  builder: 'callPhoneNumber',
  summary:
    'Places the pending outbound call from an outbound whisper flow, optionally with a caller ID.',
  variants: [{ mode: 'call', actionType: 'CompleteOutboundCall', description: 'Always.' }],
  branches: [success],
  flowTypes: ['OUTBOUND_WHISPER'],
  channels: {
    ...supportedOn(['VOICE']),
    CHAT: { support: 'no', note: noBranch },
    TASK: { support: 'no', note: noBranch },
    EMAIL: { support: 'no', note: noBranch },
  },
  sources: [
    'guide L28727-28805',
    'guide L15757-15777',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-completeoutboundcall.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'Success is the only branch; chat, task and email are unsupported with no branch named.',
      reason:
        'The channel table says chat and task take "No - Error branch" (L28742-28744; the English table ' +
        'says the same of email), yet the same page ' +
        'states the block has no Error branch: if the call cannot start, the flow ends and the agent goes ' +
        'to After Contact Work (L28787-28788). CompleteOutboundCall documents no error types either. A ' +
        'branch that does not exist cannot be the fallback, so onUnsupported stays unset.',
    },
    {
      decision: 'Only outbound whisper flows; not extended to campaign flows or modules.',
      reason:
        'The guide lists the outbound whisper flow alone (L28746-28751) and the action needs an outbound ' +
        'call that is still pending, which exists only there; the catalog-wide extension applies to lists ' +
        'that include inbound flows.',
    },
    emailFromBlockChannelTable,
  ],
});
