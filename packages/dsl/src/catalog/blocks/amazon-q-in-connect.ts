import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import { blockChannelTableUrl, emailFromBlockChannelTable } from './shared-email-channel.js';

export const amazonQInConnect = defineBlock({
  id: 'amazon-q-in-connect',
  name: 'Amazon Q in Connect',
  builder: 'enableAmazonQ',
  summary:
    'Attaches an Amazon Q in Connect session to the contact so the agent gets real-time recommendations.',
  variants: [{ mode: 'session', actionType: 'CreateWisdomSession', description: 'Always.' }],
  branches: successOrError,
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: {
    ...supportedOn(['VOICE', 'CHAT', 'EMAIL'], { onUnsupported: 'Error' }),
    TASK: {
      support: 'no',
      onUnsupported: 'Error',
      note: 'Does nothing useful for a task but is still billed; route tasks around the block.',
    },
  },
  sources: [
    'guide L28661-28726',
    'guide L28531',
    'https://docs.aws.amazon.com/connect/latest/APIReference/createwisdomsession.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Tasks are unsupported and take Error.',
      reason:
        'The channel matrix says "No - Error branch" for tasks (L28531). The block page only warns that a ' +
        'task reaching the block achieves nothing yet is charged (L28676-28680) and names no branch, so ' +
        'the matrix is the only source that says where the contact goes.',
    },
    {
      decision: 'Chat is supported, although the CreateWisdomSession page says voice only.',
      reason:
        'The guide lists chat as supported on both the matrix and the block page, and adds that chat needs ' +
        'no Contact Lens for Amazon Q (L28721); the block entry keeps the guide data.',
    },
    emailFromBlockChannelTable,
    {
      decision:
        'The variant names only CreateWisdomSession; the UpdateContactData companion the current console ' +
        'adds is not modelled here.',
      reason:
        'A console export in the corpus (crrice__connect-copy/templates__flows__block-defn-content.json) ' +
        'writes this block as CreateWisdomSession followed by UpdateContactData { WisdomSessionArn: ' +
        '"$.Wisdom.SessionArn" }, recorded in ActionMetadata as a "SetContactData" fragment of the first ' +
        'action. A block variant holds one action type, and the guide and the action reference describe ' +
        'the block as one action, so import must treat the fragment as part of this block rather than as ' +
        'a separate Set contact attributes block.',
    },
  ],
});
