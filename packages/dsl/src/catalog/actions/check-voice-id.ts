import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { choice, object } from '../schema/builders.js';

export const checkVoiceId = defineAction({
  type: 'CheckVoiceId',
  category: 'flow-control',
  summary: 'Branches on a Voice ID result: enrollment, voice authentication or fraud detection.',
  status: 'documented',
  parameters: object(
    'Which Voice ID result to branch on.',
    {
      CheckVoiceIdOption: choice('The result to check.', [
        'enrollmentStatus',
        'voiceAuthentication',
        'fraudDetection',
      ]),
    },
    { required: ['CheckVoiceIdOption'] },
  ),
  transitions: {
    nextAction: 'optional',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'No condition matched, the channel is not voice, or the watchlist is missing from the Voice ID domain.',
        connect: 'required',
      },
    ],
    conditions: {
      result:
        'enrollmentStatus: Enrolled, NotEnrolled, OptedOut; voiceAuthentication: Authenticated, ' +
        'NotAuthenticated, Inconclusive, NotEnrolled, OptedOut; fraudDetection: HighRisk, LowRisk, Inconclusive.',
      operators: ['Equals'],
      operand: {
        kind: 'enum',
        values: [
          'Enrolled',
          'NotEnrolled',
          'OptedOut',
          'Authenticated',
          'NotAuthenticated',
          'Inconclusive',
          'HighRisk',
          'LowRisk',
        ],
      },
    },
  },
  channels: supportedOn(['VOICE'], { onUnsupported: 'Error' }),
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'CUSTOMER_WHISPER',
    'OUTBOUND_WHISPER',
    'AGENT_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      { CheckVoiceIdOption: 'voiceAuthentication' },
      { CheckVoiceIdOption: 'fraudDetection' },
    ],
    invalid: [
      { parameters: {}, reason: 'CheckVoiceIdOption is required' },
      {
        parameters: { CheckVoiceIdOption: 'VoiceAuthentication' },
        reason: 'the option names start with a lower-case letter',
      },
      {
        parameters: { CheckVoiceIdOption: 'fraudDetection', FraudThreshold: '50' },
        reason: 'thresholds are set with Set Voice ID (UpdateContactData), not here',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/flow-control-actions-checkvoiceid.html',
    'guide L29472-29591',
    'guide L32650-32656',
  ],
  decisions: [
    {
      decision:
        'Condition operands are the result names without spaces: Enrolled, NotEnrolled, OptedOut, ' +
        'Authenticated, NotAuthenticated, Inconclusive, HighRisk, LowRisk.',
      reason:
        'The action page and the guide give only display labels ("Not enrolled", "High risk"); the ' +
        'corpus has no CheckVoiceId action. A third-party project that validates its output by ' +
        'publishing reports the labels are rejected and the unspaced forms accepted, which also ' +
        'matches how every other action writes results (VoicemailNoBeep, DoneLooping). Unverified ' +
        'here: revisit with a console export.',
    },
    {
      decision: 'Operands are not tied to CheckVoiceIdOption, and no operand is required.',
      reason:
        'Each option has its own result set (listed in the result text), but the contract has a ' +
        'single operand list; validation must check the pairing separately. The action page does ' +
        'not require a condition per result, and an unmatched result takes NoMatchingError.',
    },
    {
      decision: 'CheckVoiceIdOption is static.',
      reason: 'The action page shows only literal values and says nothing about dynamic ones.',
    },
    {
      decision: 'NextAction is optional.',
      reason: 'Every outcome is a condition or NoMatchingError.',
    },
  ],
});
