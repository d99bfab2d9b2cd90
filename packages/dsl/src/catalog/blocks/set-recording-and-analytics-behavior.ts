import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { success } from './shared-branches.js';

export const setRecordingAndAnalyticsBehavior = defineBlock({
  id: 'set-recording-and-analytics-behavior',
  name: 'Set recording and analytics behavior',
  builder: 'setRecordingBehavior',
  summary:
    'Sets who is recorded (agent, customer or both), monitoring, and Contact Lens analytics for the contact.',
  variants: [
    {
      mode: 'recording',
      actionType: 'UpdateContactRecordingBehavior',
      description: 'Always. An empty RecordedParticipants list turns recording off.',
    },
  ],
  branches: [success],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: {
    ...supportedOn(['VOICE', 'CHAT']),
    TASK: {
      support: 'no',
      note:
        'The guide says tasks take the Error branch, but the block has no Error branch; what a task ' +
        'does here is not documented.',
    },
  },
  sources: [
    'guide L32198-32317',
    'guide L46150-46153',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-recording-behavior.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactrecordingbehavior.html',
  ],
  decisions: [
    {
      decision: 'The block has only a Success branch.',
      reason:
        'The guide shows one branch, Success (L32294-32297); UpdateContactRecordingBehavior lists no ' +
        'errors, and none of its 13 corpus instances has an error branch.',
    },
    {
      decision: 'Tasks are marked unsupported without naming a branch.',
      reason:
        'The channel table says "No - Error branch" for tasks (L32213-32218), which cannot happen on a ' +
        'block with no Error branch. Rather than invent an outcome, the catalog records the channel ' +
        'as unsupported and leaves the branch unnamed.',
    },
    {
      decision:
        'Only UpdateContactRecordingBehavior compiles from this block; UpdateContactRecordingAndAnalyticsBehavior ' +
        'and UpdateContactMediaProcessing are not variants of it.',
      reason:
        'The current AWS documentation keeps this block for existing flows only and replaces it with ' +
        'a separate block, "Set recording, analytics and processing behavior", which has its own ' +
        'actions and error branches (ChannelMismatch among them). That block is not in the guide and ' +
        'needs its own entry.',
    },
  ],
});
