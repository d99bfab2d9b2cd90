import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { error } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  emailTakesError,
} from './shared-email-channel.js';

export const checkCallProgress = defineBlock({
  id: 'check-call-progress',
  name: 'Check call progress',
  builder: 'checkCallProgress',
  summary:
    'Branches on what answered an outbound campaign call: a person, voicemail, or nothing recognisable.',
  variants: [{ mode: 'check', actionType: 'CheckOutboundCallStatus', description: 'Always.' }],
  branches: [
    {
      name: 'Call answered',
      method: 'whenCallAnswered',
      target: { kind: 'condition', operator: 'Equals', operand: 'CallAnswered' },
      description: 'A person picked up.',
    },
    {
      name: 'Voicemail (beep)',
      method: 'whenVoicemailBeep',
      target: { kind: 'condition', operator: 'Equals', operand: 'VoicemailBeep' },
      description: 'Voicemail answered and its beep was heard.',
    },
    {
      name: 'Voicemail (no beep)',
      method: 'whenVoicemailNoBeep',
      target: { kind: 'condition', operator: 'Equals', operand: 'VoicemailNoBeep' },
      description: 'Voicemail answered but no beep was detected.',
    },
    {
      name: 'Not detected',
      method: 'whenNotDetected',
      target: { kind: 'condition', operator: 'Equals', operand: 'NotDetected' },
      description: 'Live voice and machine could not be told apart (silence, background noise).',
    },
    error,
  ],
  flowTypes: allFlowTypes,
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error', email: emailTakesError }),
  sources: [
    'guide L29132-29190',
    'guide L16460-16475',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkoutboundcallstatus.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision: 'Allowed in every flow type, with the campaign-only restriction left to a warning.',
      reason:
        'The guide lists all flow types (L29177-29181) while saying the block is only meaningful for ' +
        'outbound campaigns (L29134-29136); the action page says outbound campaigns only. Which flow ' +
        'runs a campaign contact is chosen in the campaign, not by flow type, so a flow-type rule would ' +
        'reject valid flows; VR-16 warns instead.',
    },
    {
      decision: 'The four outcome branches compare Equals against the action reference tokens.',
      reason:
        'The guide gives only the console labels (L29144-29159); CheckOutboundCallStatus lists the ' +
        'results CallAnswered, VoicemailBeep, VoicemailNoBeep and NotDetected, one per label.',
    },
    emailFromBlockChannelTable,
  ],
});
