import { defineAction } from '../action-spec.js';
import { allDocumentedChannels } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { choice, dynamic, flag, integer, map, object, text } from '../schema/builders.js';

// The page spells the Voice ID switches "TRUE"/"FALSE"; the console writes lower case.
const voiceIdSwitch = ['TRUE', 'FALSE', 'true', 'false'] as const;

const dataFields = [
  'Name',
  'Description',
  'LanguageCode',
  'CustomerId',
  'References',
  'IsVoiceIdStreamingEnabled',
  'IsVoiceAuthenticationEnabled',
  'IsFraudDetectionEnabled',
  'VoiceAuthenticationThreshold',
  'VoiceAuthenticationResponseTime',
  'FraudDetectionThreshold',
  'WatchlistId',
  'WisdomSessionArn',
] as const;

export const updateContactData = defineAction({
  type: 'UpdateContactData',
  category: 'contact',
  summary:
    'Sets Connect-defined contact properties: name, description, language, customer id, references, Voice ID settings, Q in Connect session.',
  status: 'documented',
  parameters: object(
    'The properties to set (all or none are set); at least one besides TargetContact.',
    {
      TargetContact: choice('Current (default) or Related.', ['Current', 'Related']),
      Name: text('Contact name; may embed references.'),
      Description: text('Contact description; may embed references.'),
      LanguageCode: dynamic(
        'Language of the contact, e.g. en-US (the Set voice block\'s "Set language attribute").',
        {
          pattern: '^[a-z]{2,3}(?:-[A-Z]{2}(?:-[A-Z]{3})?)?$',
        },
      ),
      CustomerId: dynamic('Customer id, e.g. $.Customer.ProfileId or an id from your CRM.', {
        pattern: '^[^$]+$',
      }),
      References: map(
        'Contact references shown to the agent: name to value.',
        text('Reference value.'),
      ),
      IsVoiceIdStreamingEnabled: flag("Stream the caller's audio to Voice ID.", voiceIdSwitch),
      IsVoiceAuthenticationEnabled: flag('Authenticate the caller by voiceprint.', voiceIdSwitch),
      IsFraudDetectionEnabled: flag(
        'Check the caller against fraudster watchlists.',
        voiceIdSwitch,
      ),
      VoiceAuthenticationThreshold: integer(
        'Authentication score threshold, 0-100 (90 recommended).',
        {
          minimum: 0,
          maximum: 100,
          valueClass: 'jsonpath',
        },
      ),
      VoiceAuthenticationResponseTime: integer(
        'Seconds of speech Voice ID may take to decide, 5-10.',
        {
          minimum: 5,
          maximum: 10,
          valueClass: 'jsonpath',
        },
      ),
      FraudDetectionThreshold: integer('Fraud risk score threshold, 0-100 (50 to start).', {
        minimum: 0,
        maximum: 100,
        valueClass: 'jsonpath',
      }),
      WatchlistId: dynamic('Voice ID watchlist id: 22 letters and digits.', {
        pattern: '^[A-Za-z0-9]{22}$',
      }),
      WisdomSessionArn: dynamic('Amazon Q in Connect session ARN, usually $.Wisdom.SessionArn.', {
        pattern: '^[^$]+$',
      }),
    },
    { atLeastOne: [dataFields] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description:
          'The properties could not be set (bad value, unsupported channel for Voice ID).',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  channels: {
    ...allDocumentedChannels,
    CHAT: { support: 'yes', note: 'The Voice ID settings apply to calls only.' },
    TASK: { support: 'yes', note: 'The Voice ID settings apply to calls only.' },
  },
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      { LanguageCode: 'en-AU' },
      { WisdomSessionArn: '$.Wisdom.SessionArn' },
      {
        TargetContact: 'Current',
        Name: 'Order $.Attributes.orderId',
        CustomerId: '$.Customer.ProfileId',
      },
      {
        IsVoiceIdStreamingEnabled: 'true',
        IsVoiceAuthenticationEnabled: 'true',
        IsFraudDetectionEnabled: 'true',
        VoiceAuthenticationThreshold: '90',
        VoiceAuthenticationResponseTime: '10',
        FraudDetectionThreshold: '50',
        WatchlistId: 'AbCdEfGhIjKlMnOpQrStUv',
      },
    ],
    invalid: [
      { parameters: { TargetContact: 'Current' }, reason: 'nothing to set' },
      {
        parameters: { VoiceAuthenticationResponseTime: '15' },
        reason: 'response time above 10 seconds',
      },
      { parameters: { LanguageCode: 'English' }, reason: 'not a language code' },
      {
        parameters: { TextToSpeechVoice: 'Joanna' },
        reason: 'the voice belongs to UpdateContactTextToSpeechVoice',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactdata.html',
    'guide L31801-31934, L32520-32675, L32676-32748',
  ],
  decisions: [
    {
      decision: 'TargetContact is optional.',
      reason:
        'The reference marks it required, but console exports never write it: the Set voice ' +
        "block's LanguageCode action (rules-engine), the Q in Connect WisdomSessionArn action " +
        '(sample-cdk-constructs, connect-copy) and the Set Voice ID settings (aws-ia) all omit it. ' +
        'A third-party project reports the service accepts the action without it.',
    },
    {
      decision: 'At least one property other than TargetContact is required.',
      reason: 'An action that sets nothing has no effect; the console never writes one.',
    },
    {
      decision: 'The Voice ID switches accept "true"/"false" as well as "TRUE"/"FALSE".',
      reason:
        'The page says "TRUE" and "FALSE" are the only valid values, but a console export of the ' +
        'Set Voice ID block (aws-ia/terraform-aws-amazonconnect examples) writes lower case.',
    },
    {
      decision:
        'Thresholds and response time are integers that may come from one JSONPath; WatchlistId is 22 alphanumerics or one JSONPath.',
      reason:
        'The page gives the ranges (0-100, 5-10, 0-100) as strings; the guide says the ' +
        'thresholds and watchlist may be set dynamically and a manual watchlist id is 22 ' +
        "alphanumeric characters checked at publish (L32590-32656). The page's 0-100 range for " +
        'WatchlistId reads as copied from the threshold lines and is ignored.',
    },
    {
      decision:
        'Name and Description may embed references; CustomerId, LanguageCode, WatchlistId and WisdomSessionArn take a literal (without "$") or one whole JSONPath.',
      reason:
        'The page says only Name "may be set statically or dynamically" and gives no class for ' +
        'the rest. A description is free text like the name; the identifiers are single ' +
        'tokens, and console exports set CustomerId, LanguageCode and WisdomSessionArn from one ' +
        'JSONPath each.',
    },
    {
      decision: 'References is a flat map of text values.',
      reason:
        'The page shows "Type": "Value" pairs whose keys and values may be dynamic. No export ' +
        'of it was found; the {Type, Value} objects of CreateTask references are not assumed here.',
    },
    {
      decision:
        'LanguageCode must look like a language tag (en-US, arb, cmn-CN, en-GB-WLS) or be one JSONPath.',
      reason:
        'Console exports write codes such as en-US and en-AU; the looser pattern admits the ' +
        'Polly codes without a region. A deploy-time placeholder ("%LangCode%") is rejected.',
    },
  ],
});
