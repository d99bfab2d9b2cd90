import { defineBlock } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const loop = defineBlock({
  id: 'loop',
  name: 'Loop',
  builder: 'loop',
  summary: 'Takes the Looping branch a set number of times, then the Complete branch.',
  variants: [{ mode: 'loop', actionType: 'Loop', description: 'Always.' }],
  branches: [
    {
      name: 'Looping',
      method: 'onLooping',
      target: { kind: 'condition', operator: 'Equals', operand: 'ContinueLooping' },
      description: 'The count has not been reached yet.',
    },
    {
      name: 'Complete',
      method: 'onComplete',
      target: { kind: 'condition', operator: 'Equals', operand: 'DoneLooping' },
      description: 'The count has been reached (at once when it is 0).',
    },
  ],
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L31063-31104',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-loop.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'No console branch maps to NextAction; the compiler points it at the Complete target.',
      reason:
        'Every Loop in the corpus carries a NextAction equal to its DoneLooping target (for example ' +
        'aws-samples__amazon-connect-rules-engine RulesEngineQueue.json and deepgram__amazon-connect-integration ' +
        'sample_contact_flow.json), and an aws-samples repository reports the API requires it.',
    },
    {
      decision:
        'Only Looping and Complete are modelled; the newer Error branch and array mode are not.',
      reason:
        'The guide shows those two branches (L31100-31104). The current English block page adds an ' +
        'Error branch for invalid input and a "Set array for looping" option, but the Loop action ' +
        'reference documents neither an error type nor an array parameter, and no corpus export shows ' +
        'them; they wait for a console export.',
    },
    emailFromBlockChannelTable,
  ],
});
