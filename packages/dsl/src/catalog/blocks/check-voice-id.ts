import { defineBlock, defineBranch } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { error } from './shared-branches.js';
import {
  blockChannelTableUrl,
  emailFromBlockChannelTable,
  emailTakesError,
} from './shared-email-channel.js';

function status<const M extends string>(
  name: string,
  method: M,
  operand: string,
  description: string,
) {
  return defineBranch({
    name,
    method,
    target: { kind: 'condition', operator: 'Equals', operand },
    description,
  });
}

const enrolled = status(
  'Enrolled',
  'whenEnrolled',
  'Enrolled',
  'The caller is enrolled in Voice ID.',
);
const notEnrolled = status(
  'Not enrolled',
  'whenNotEnrolled',
  'NotEnrolled',
  'The caller has not been enrolled yet.',
);
const optedOut = status(
  'Opted out',
  'whenOptedOut',
  'OptedOut',
  'The caller opted out of Voice ID.',
);
const authenticated = status(
  'Authenticated',
  'whenAuthenticated',
  'Authenticated',
  'The authentication score reached the threshold (90 unless Set Voice ID changes it).',
);
const notAuthenticated = status(
  'Not authenticated',
  'whenNotAuthenticated',
  'NotAuthenticated',
  'The authentication score stayed below the threshold.',
);
const inconclusive = status(
  'Inconclusive',
  'whenInconclusive',
  'Inconclusive',
  'Voice ID could not reach a result, usually for lack of about 10 seconds of speech.',
);
const highRisk = status(
  'High risk',
  'whenHighRisk',
  'HighRisk',
  'The fraud risk score reached the watchlist threshold.',
);
const lowRisk = status(
  'Low risk',
  'whenLowRisk',
  'LowRisk',
  'The fraud risk score stayed below the watchlist threshold.',
);

export const checkVoiceId = defineBlock({
  id: 'check-voice-id',
  name: 'Check Voice ID',
  builder: 'checkVoiceId',
  summary:
    'Branches on a Voice ID result: enrollment status, voice authentication, or fraud detection.',
  variants: [
    {
      mode: 'enrollment',
      actionType: 'CheckVoiceId',
      preset: { CheckVoiceIdOption: 'enrollmentStatus' },
      match: [{ parameter: 'CheckVoiceIdOption', equals: ['enrollmentStatus'] }],
      description: 'Enrollment status (not billed).',
      branches: [enrolled, notEnrolled, optedOut, error],
    },
    {
      mode: 'authentication',
      actionType: 'CheckVoiceId',
      preset: { CheckVoiceIdOption: 'voiceAuthentication' },
      match: [{ parameter: 'CheckVoiceIdOption', equals: ['voiceAuthentication'] }],
      description: 'Voice authentication against the caller voiceprint.',
      branches: [authenticated, notAuthenticated, inconclusive, notEnrolled, optedOut, error],
    },
    {
      mode: 'fraud-detection',
      actionType: 'CheckVoiceId',
      preset: { CheckVoiceIdOption: 'fraudDetection' },
      match: [{ parameter: 'CheckVoiceIdOption', equals: ['fraudDetection'] }],
      description: 'Fraud detection against the watchlist chosen in Set Voice ID.',
      branches: [highRisk, lowRisk, inconclusive, error],
    },
  ],
  branches: [
    enrolled,
    notEnrolled,
    optedOut,
    authenticated,
    notAuthenticated,
    inconclusive,
    highRisk,
    lowRisk,
    error,
  ],
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'CUSTOMER_WHISPER',
    'OUTBOUND_WHISPER',
    'AGENT_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error', email: emailTakesError }),
  sources: [
    'guide L29472-29591',
    'guide L32650-32656',
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkvoiceid.html',
    blockChannelTableUrl,
  ],
  decisions: [
    {
      decision:
        'Outcome branches compare Equals against the labels with spaces removed: Enrolled, NotEnrolled, ' +
        'OptedOut, Authenticated, NotAuthenticated, Inconclusive, HighRisk, LowRisk.',
      reason:
        'The guide and the CheckVoiceId page give only display labels such as "Not enrolled", and the ' +
        'corpus has no CheckVoiceId. A console export of a Voice ID demo flow in public GitHub code ' +
        '(outside the corpus) writes these exact operands for all three options; no source shows the ' +
        'spaced labels as operands.',
    },
    {
      decision: 'Each status to check is its own mode, with the branches that status produces.',
      reason:
        'The three options yield different outcome sets (L29482-29517); keying the mode on ' +
        'CheckVoiceIdOption lets builder and validator offer exactly the branches the console shows.',
    },
    emailFromBlockChannelTable,
  ],
});
