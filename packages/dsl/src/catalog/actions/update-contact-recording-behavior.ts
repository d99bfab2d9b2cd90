import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { choice, flag, object } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';
import {
  ivrRecordingBehavior,
  recordedParticipants,
  redactionEntities,
  redactionMaskMode,
  screenRecordedParticipants,
  sentimentConfiguration,
  staticAnalyticsLanguage,
  summaryConfiguration,
  uniqueArray,
} from './shared-recording-analytics.js';

const analyticsBehavior: JsonSchema = object(
  'Contact Lens analytics; only when both Agent and Customer are recorded.',
  {
    Enabled: flag('Run Contact Lens conversational analytics.'),
    AnalyticsLanguage: staticAnalyticsLanguage,
    AnalyticsRedactionBehavior: choice('Redact sensitive data in the analytics output.', [
      'Enabled',
      'Disabled',
    ]),
    AnalyticsRedactionResults: choice(
      'Keep redacted and original output, or redacted only; "None" is what the console writes ' +
        'when redaction is off.',
      ['RedactedAndOriginal', 'RedactedOnly', 'None'],
      'jsonpath',
    ),
    AnalyticsRedactionMaskMode: redactionMaskMode,
    AnalyticsRedactionEntities: redactionEntities(
      'Entity types to redact; leave out to redact all PII.',
    ),
    ChannelConfiguration: object('Analytics modes per channel.', {
      Chat: object('Chat analytics.', {
        AnalyticsModes: uniqueArray(
          'ContactLens, or empty for no chat analytics.',
          choice('A chat analytics mode.', ['ContactLens']),
        ),
      }),
      Voice: object('Voice analytics.', {
        AnalyticsModes: uniqueArray(
          'RealTime and/or PostContact.',
          choice('A voice analytics mode.', ['RealTime', 'PostContact']),
        ),
      }),
    }),
    SummaryConfiguration: summaryConfiguration(['PostContact']),
    SentimentConfiguration: sentimentConfiguration,
    // Older console exports carry a single mode instead of ChannelConfiguration.
    AnalyticsMode: choice('Legacy single analytics mode written by older consoles.', [
      'RealTime',
      'PostCall',
    ]),
  },
  { required: ['Enabled'] },
);

// Analytics needs both sides of the call recorded; a two-item list of distinct values from a
// two-value enum is exactly ["Agent", "Customer"].
const analyticsNeedsBothRecorded: JsonSchema = {
  $comment: 'AnalyticsBehavior with Enabled "True" needs Agent and Customer recorded',
  if: {
    type: 'object',
    required: ['AnalyticsBehavior'],
    properties: {
      AnalyticsBehavior: { type: 'object', properties: { Enabled: { enum: ['True'] } } },
    },
  },
  then: {
    type: 'object',
    properties: {
      RecordingBehavior: {
        type: 'object',
        properties: { RecordedParticipants: { type: 'array', minItems: 2 } },
      },
    },
  },
};

export const updateContactRecordingBehavior = defineAction({
  type: 'UpdateContactRecordingBehavior',
  category: 'contact',
  summary:
    'Sets who is recorded (voice, IVR, agent screen) and the Contact Lens analytics for the contact (legacy block).',
  status: 'documented',
  parameters: {
    ...object(
      'Recording and, optionally, analytics settings.',
      {
        RecordingBehavior: object(
          'What to record.',
          {
            RecordedParticipants: recordedParticipants,
            ScreenRecordedParticipants: screenRecordedParticipants,
            IVRRecordingBehavior: ivrRecordingBehavior,
          },
          { required: ['RecordedParticipants'] },
        ),
        AnalyticsBehavior: analyticsBehavior,
      },
      { required: ['RecordingBehavior'] },
    ),
    allOf: [analyticsNeedsBothRecorded],
  },
  transitions: { nextAction: 'required', errors: [], conditions: false },
  channels: {
    ...supportedOn(['VOICE', 'CHAT']),
    TASK: {
      support: 'no',
      note:
        'The guide says a task takes the Error branch, but the block and the action have no ' +
        'error branch; nothing is recorded.',
    },
  },
  flowTypes: alsoInCampaignsAndModules([
    'CONTACT_FLOW',
    'CUSTOMER_QUEUE',
    'OUTBOUND_WHISPER',
    'AGENT_TRANSFER',
    'QUEUE_TRANSFER',
  ]),
  examples: {
    valid: [
      { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } },
      { RecordingBehavior: { RecordedParticipants: [] } },
      {
        RecordingBehavior: {
          RecordedParticipants: ['Agent', 'Customer'],
          ScreenRecordedParticipants: ['Agent'],
          IVRRecordingBehavior: 'Enabled',
        },
        AnalyticsBehavior: {
          Enabled: 'True',
          AnalyticsLanguage: 'en-US',
          AnalyticsRedactionBehavior: 'Enabled',
          AnalyticsRedactionResults: 'RedactedOnly',
          AnalyticsRedactionMaskMode: 'EntityType',
          AnalyticsRedactionEntities: ['CREDIT_DEBIT_NUMBER', 'SSN'],
          ChannelConfiguration: {
            Chat: { AnalyticsModes: [] },
            Voice: { AnalyticsModes: ['RealTime'] },
          },
          SummaryConfiguration: { SummaryModes: ['PostContact'] },
          SentimentConfiguration: { Enabled: 'True' },
        },
      },
    ],
    invalid: [
      {
        parameters: {
          RecordingBehavior: { RecordedParticipants: ['Agent'] },
          AnalyticsBehavior: { Enabled: 'True', AnalyticsLanguage: 'en-US' },
        },
        reason: 'analytics while only the agent is recorded',
      },
      {
        parameters: { RecordingBehavior: { RecordedParticipants: ['Supervisor'] } },
        reason: 'only Agent and Customer can be recorded',
      },
      {
        parameters: {
          RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] },
          AnalyticsBehavior: { Enabled: 'True', AnalyticsRedactionEntities: [] },
        },
        reason: 'an empty entity list is not allowed',
      },
      {
        parameters: { AnalyticsBehavior: { Enabled: 'False' } },
        reason: 'RecordingBehavior is required',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactrecordingbehavior.html',
    'guide L32198-32317, L46150-46153',
  ],
  decisions: [
    {
      decision:
        'AnalyticsRedactionResults also accepts "None", and AnalyticsBehavior also accepts the legacy AnalyticsMode ("RealTime" | "PostCall").',
      reason:
        'The page lists only RedactedAndOriginal and RedactedOnly and no AnalyticsMode, but ' +
        'console exports in AWS sample repositories (rules-engine, experience-builder, ' +
        'gitlab-cicd-terraform, sample-cdk-constructs) write "None" whenever redaction is ' +
        'disabled, and the older ones write AnalyticsMode instead of ChannelConfiguration.',
    },
    {
      decision:
        'With analytics enabled, RecordedParticipants must hold both Agent and Customer (an if/then clause).',
      reason:
        'The page allows AnalyticsBehavior only when both participants are recorded, and the ' +
        'guide says the same for monitoring and chat recording (VR-20). A disabled analytics ' +
        'object is left alone because it asks for nothing.',
    },
    {
      decision: 'RecordingBehavior and its RecordedParticipants are required.',
      reason:
        'The reference marks RecordingBehavior required; every export carries ' +
        'RecordedParticipants, and an empty list is the documented way to stop recording.',
    },
    {
      decision: 'No error branches; NextAction is required.',
      reason:
        "The page lists no errors and the guide shows a Success branch only. The guide's " +
        'channel table sends tasks to an Error branch the block does not have, so the task ' +
        'channel is recorded as unsupported without a branch.',
    },
    {
      decision:
        'Flow types follow the page: inbound, customer queue, outbound whisper and both transfer types.',
      reason:
        'The page and the guide agree; hold and agent/customer whisper flows are excluded. The ' +
        'newer UpdateContactRecordingAndAnalyticsBehavior is the action to use elsewhere.',
    },
  ],
});
