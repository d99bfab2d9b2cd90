import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { choice, dynamic, flag, object } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';
import {
  analyticsLanguagePattern,
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

const conversationalRedaction: JsonSchema = object(
  'Redaction of sensitive data in the Contact Lens output (transcripts, audio).',
  {
    Enabled: flag('Redact sensitive data in the analytics output.'),
    RedactionResults: choice(
      'Keep redacted and original output, or redacted only.',
      ['RedactedAndOriginal', 'RedactedOnly'],
      'jsonpath',
    ),
    RedactionMaskMode: redactionMaskMode,
    RedactionEntities: redactionEntities('Entity types to redact; leave out to redact all PII.'),
  },
  { required: ['Enabled'] },
);

const inFlightChatRedaction: JsonSchema = object(
  'Redaction of chat messages while they are being sent.',
  {
    Enabled: flag('Redact sensitive data in chat messages in flight.'),
    RedactionMaskMode: redactionMaskMode,
    RedactionEntities: redactionEntities(
      'Entity types to redact in flight; the Indian identifiers, DATE_TIME, display names and ' +
        'ATTACHMENT_NAME are not supported here.',
      true,
    ),
    DeliverUnprocessedMessages: flag('Deliver messages whose redaction failed.'),
  },
  { required: ['Enabled'] },
);

const chatBehavior: JsonSchema = object(
  'Chat analytics settings.',
  {
    ChatAnalyticsBehavior: object(
      'Contact Lens for chat.',
      {
        Enabled: flag('Run Contact Lens on the chat.'),
        AnalyticsLanguage: dynamic('Contact Lens language, xx-XX (en-US).', {
          pattern: analyticsLanguagePattern,
        }),
        ConversationalAnalyticsRedactionConfiguration: conversationalRedaction,
        InFlightChatRedactionConfiguration: inFlightChatRedaction,
        AnalyticsModes: uniqueArray(
          'Chat analytics modes: ContactLens only.',
          choice('A chat analytics mode.', ['ContactLens']),
        ),
        SentimentConfiguration: sentimentConfiguration,
        SummaryConfiguration: summaryConfiguration(['PostContact', 'AutomatedInteraction']),
      },
      { required: ['Enabled'] },
    ),
  },
  { required: ['ChatAnalyticsBehavior'] },
);

const voiceBehavior: JsonSchema = object(
  'Voice recording and analytics settings.',
  {
    VoiceRecordingBehavior: object(
      'What to record.',
      {
        RecordedParticipants: recordedParticipants,
        IVRRecordingBehavior: ivrRecordingBehavior,
      },
      { required: ['RecordedParticipants'] },
    ),
    VoiceAnalyticsBehavior: object(
      'Contact Lens for voice; only when both Agent and Customer are recorded.',
      {
        Enabled: flag('Run Contact Lens on the call.'),
        AnalyticsLanguage: staticAnalyticsLanguage,
        ConversationalAnalyticsRedactionConfiguration: conversationalRedaction,
        AnalyticsModes: uniqueArray(
          'RealTime or PostContact (not both), optionally with AutomatedInteraction.',
          choice('A voice analytics mode.', ['RealTime', 'PostContact', 'AutomatedInteraction']),
          { maxItems: 2 },
        ),
        SentimentConfiguration: sentimentConfiguration,
        SummaryConfiguration: summaryConfiguration(['PostContact', 'AutomatedInteraction']),
      },
      { required: ['Enabled'] },
    ),
  },
  { atLeastOne: [['VoiceRecordingBehavior', 'VoiceAnalyticsBehavior']] },
);

// Voice analytics needs both sides recorded; two distinct items of a two-value enum are exactly
// Agent and Customer.
const voiceAnalyticsNeedsBothRecorded: JsonSchema = {
  $comment: 'VoiceAnalyticsBehavior with Enabled "True" needs Agent and Customer recorded',
  if: {
    type: 'object',
    required: ['VoiceBehavior'],
    properties: {
      VoiceBehavior: {
        type: 'object',
        required: ['VoiceAnalyticsBehavior'],
        properties: {
          VoiceAnalyticsBehavior: { type: 'object', properties: { Enabled: { enum: ['True'] } } },
        },
      },
    },
  },
  then: {
    type: 'object',
    properties: {
      VoiceBehavior: {
        type: 'object',
        required: ['VoiceRecordingBehavior'],
        properties: {
          VoiceRecordingBehavior: {
            type: 'object',
            properties: { RecordedParticipants: { type: 'array', minItems: 2 } },
          },
        },
      },
    },
  },
};

const parametersBase = object(
  'One channel behaviour (voice or chat) and/or screen recording.',
  {
    ChatBehavior: chatBehavior,
    VoiceBehavior: voiceBehavior,
    ScreenRecordingBehavior: object(
      'Agent screen recording.',
      { ScreenRecordedParticipants: screenRecordedParticipants },
      { required: ['ScreenRecordedParticipants'] },
    ),
  },
  {
    exclusive: [['ChatBehavior', 'VoiceBehavior']],
    atLeastOne: [['ChatBehavior', 'VoiceBehavior', 'ScreenRecordingBehavior']],
  },
);

export const updateContactRecordingAndAnalyticsBehavior = defineAction({
  type: 'UpdateContactRecordingAndAnalyticsBehavior',
  category: 'contact',
  summary:
    'Sets voice or chat recording and Contact Lens analytics, and agent screen recording, for the contact.',
  status: 'documented',
  parameters: {
    ...parametersBase,
    allOf: [...(parametersBase.allOf ?? []), voiceAnalyticsNeedsBothRecorded],
  },
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The settings could not be applied.',
        connect: 'required',
      },
      {
        type: 'ChannelMismatch',
        description:
          "The contact's channel is not the one the action configures (a chat behaviour on a " +
          'call, screen recording on an email, ...).',
        connect: 'required',
      },
      {
        type: 'InFlightRedactionConfigurationFailed',
        description: 'Starting or stopping in-flight chat redaction failed.',
        connect: 'conditional',
        when: { parameter: 'ChatBehavior', present: true },
      },
    ],
    conditions: false,
  },
  channels: {
    ...supportedOn(['VOICE', 'CHAT'], {
      onUnsupported: 'ChannelMismatch',
      email: { support: 'no', onUnsupported: 'ChannelMismatch' },
    }),
    TASK: {
      support: 'conditional',
      onUnsupported: 'ChannelMismatch',
      note: 'Only ScreenRecordingBehavior applies to tasks.',
    },
  },
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      {
        VoiceBehavior: {
          VoiceRecordingBehavior: {
            RecordedParticipants: ['Agent', 'Customer'],
            IVRRecordingBehavior: 'Enabled',
          },
          VoiceAnalyticsBehavior: {
            Enabled: 'True',
            AnalyticsLanguage: 'en-US',
            AnalyticsModes: ['RealTime', 'AutomatedInteraction'],
            ConversationalAnalyticsRedactionConfiguration: {
              Enabled: 'True',
              RedactionResults: 'RedactedOnly',
              RedactionMaskMode: 'EntityType',
              RedactionEntities: ['CREDIT_DEBIT_NUMBER'],
            },
            SentimentConfiguration: { Enabled: 'True' },
            SummaryConfiguration: { SummaryModes: ['PostContact'] },
          },
        },
        ScreenRecordingBehavior: { ScreenRecordedParticipants: ['Agent'] },
      },
      {
        ChatBehavior: {
          ChatAnalyticsBehavior: {
            Enabled: 'True',
            AnalyticsLanguage: '$.Attributes.language',
            AnalyticsModes: ['ContactLens'],
            InFlightChatRedactionConfiguration: {
              Enabled: 'True',
              RedactionEntities: ['EMAIL', 'PHONE'],
              DeliverUnprocessedMessages: 'False',
            },
          },
        },
      },
      { ScreenRecordingBehavior: { ScreenRecordedParticipants: [] } },
    ],
    invalid: [
      {
        parameters: {
          VoiceBehavior: { VoiceRecordingBehavior: { RecordedParticipants: ['Agent'] } },
          ChatBehavior: { ChatAnalyticsBehavior: { Enabled: 'False' } },
        },
        reason: 'voice and chat behaviour in one action',
      },
      {
        parameters: {
          VoiceBehavior: {
            VoiceRecordingBehavior: { RecordedParticipants: ['Customer'] },
            VoiceAnalyticsBehavior: { Enabled: 'True', AnalyticsLanguage: 'en-US' },
          },
        },
        reason: 'voice analytics without both Agent and Customer recorded',
      },
      {
        parameters: {
          ChatBehavior: {
            ChatAnalyticsBehavior: {
              Enabled: 'True',
              InFlightChatRedactionConfiguration: {
                Enabled: 'True',
                RedactionEntities: ['DATE_TIME'],
              },
            },
          },
        },
        reason: 'DATE_TIME cannot be redacted in flight',
      },
      { parameters: {}, reason: 'nothing to configure' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/devguide/contact-actions-updatecontactrecordingandanalyticsbehavior.html',
    'https://docs.aws.amazon.com/connect/latest/adminguide/set-recording-analytics-processing-behavior.html',
  ],
  decisions: [
    {
      decision:
        'ChatBehavior and VoiceBehavior are mutually exclusive; ScreenRecordingBehavior may stand alone or accompany either.',
      reason:
        'The page allows one channel behaviour per action and says screen recording can be ' +
        'defined alongside it. A third-party project reports that CreateContactFlow refused a ' +
        'block carrying two of the three objects; the page wins until a console export shows ' +
        'otherwise.',
    },
    {
      decision:
        'ChannelMismatch is required like NoMatchingError; InFlightRedactionConfigurationFailed is required exactly when ChatBehavior is present.',
      reason:
        'The page says so for all three ("must always be defined", "must be defined if chat behavior is defined").',
    },
    {
      decision:
        'Voice analytics enabled requires VoiceRecordingBehavior recording both Agent and Customer in the same action.',
      reason:
        'The page allows VoiceAnalyticsBehavior only when RecordedParticipants contains both; ' +
        'the console writes recording and analytics in one action.',
    },
    {
      decision: 'Allowed in every flow type.',
      reason:
        'The page has no Restrictions section and the block page says "all flow types except ' +
        'journey flows", which are not a ContactFlowType. The Korean guide predates this block.',
    },
    {
      decision:
        'Each analytics object requires Enabled; VoiceAnalyticsBehavior.AnalyticsLanguage is literal while the chat one may be a JSONPath.',
      reason:
        'The page marks the voice language "must be set statically" and the chat language "can ' +
        'be set dynamically". Enabled is what switches analytics on or off, so an object without ' +
        'it says nothing; no export of this action was available to check.',
    },
    {
      decision:
        'Voice AnalyticsModes allows at most two items but does not enforce "RealTime or PostContact, not both".',
      reason:
        'The schema subset the catalog writes has no `contains`; the rule is stated in the ' +
        'description and left to a later validator rule.',
    },
    {
      decision:
        'Tasks are conditional (screen recording only) and email is unsupported; both go to ChannelMismatch.',
      reason:
        "The block page's channel table: chat and voice yes, tasks only for screen recording, " +
        'email no. The page names ChannelMismatch as the branch for a channel the action does ' +
        'not configure; the branch is named by its ErrorType because the console label is not ' +
        'in the sources.',
    },
  ],
});
