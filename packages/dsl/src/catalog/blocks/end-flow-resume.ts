import { defineBlock } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const endFlowResume = defineBlock({
  id: 'end-flow-resume',
  name: 'End flow / Resume',
  builder: 'endFlow',
  summary:
    'Ends the current flow without disconnecting; in an inbound or disconnect flow it ends the contact.',
  variants: [{ mode: 'end', actionType: 'EndFlowExecution', description: 'Always.' }],
  branches: [],
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L30272-30323',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-endflowexecution.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Allowed in every flow type, not only whisper and customer queue flows.',
      reason:
        'The guide says all flows (L30305-30313) and the action page names only whisper and customer ' +
        'queue flows (blocks.md section 9 notes the clash). Console exports in the corpus use ' +
        'EndFlowExecution in agent hold flows (awsnolan__amazon-connect-copy Default agent hold) and ' +
        'outbound whisper flows (crrice__connect-copy default-outbound-content.json), so the page list ' +
        'is too narrow and the guide is kept.',
    },
    emailFromBlockChannelTable,
  ],
});
