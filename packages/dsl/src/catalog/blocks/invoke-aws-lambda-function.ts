import { defineBlock } from '../block-spec.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  voiceChatTaskEmail,
} from './shared-email-channel.js';

export const invokeAwsLambdaFunction = defineBlock({
  id: 'invoke-aws-lambda-function',
  name: 'Invoke AWS Lambda function',
  builder: 'invokeLambda',
  summary:
    'Calls a Lambda function (at most 8 seconds) and exposes its response as $.External attributes.',
  variants: [{ mode: 'invoke', actionType: 'InvokeLambdaFunction', description: 'Always.' }],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: voiceChatTaskEmail,
  sources: [
    'guide L30935-31027',
    'guide L37503-37812',
    'guide L15890-15906',
    'https://docs.aws.amazon.com/connect/latest/APIReference/interactions-invokelambdafunction.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Usable in outbound whisper flows too, hence in every flow type.',
      reason:
        'The block page lists eight flow types and leaves out outbound whisper (L30963-30982), but the ' +
        'guide E911 walkthrough builds an outbound whisper flow that starts with this block ' +
        '(L15890-15906), and the action reference allows all flow types. Two sources against an ' +
        'omission; blocks.md section 9 item 6 flags the clash.',
    },
    emailFromBlockChannelTable,
  ],
});
