import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { choice, dynamic, object } from '../schema/builders.js';

export const updateContactTextToSpeechVoice = defineAction({
  type: 'UpdateContactTextToSpeechVoice',
  category: 'contact',
  summary:
    'Sets the Amazon Polly voice, engine and speaking style for later text-to-speech (default Joanna).',
  status: 'documented',
  parameters: object(
    'The voice to use from now on.',
    {
      TextToSpeechVoice: dynamic('Amazon Polly voice name (Joanna, Matthew, Lea, ...).', {
        pattern: '^[^$]+$',
      }),
      TextToSpeechEngine: choice(
        'Polly engine; the voice must support it.',
        ['Standard', 'Neural', 'Generative'],
        'jsonpath',
      ),
      TextToSpeechStyle: choice(
        'Speaking style; Conversational and Newscaster need a neural voice that has them.',
        ['None', 'Conversational', 'Newscaster'],
        'jsonpath',
      ),
    },
    { required: ['TextToSpeechVoice'] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The voice or engine is invalid, or the voice does not support the engine.',
        connect: 'optional',
      },
    ],
    conditions: false,
  },
  channels: {
    ...supportedOn(['VOICE']),
    CHAT: { support: 'no', onUnsupported: 'Success', note: 'No effect on chat.' },
    TASK: { support: 'no', onUnsupported: 'Success', note: 'No effect on tasks.' },
  },
  flowTypes: allFlowTypes,
  examples: {
    valid: [
      { TextToSpeechVoice: 'Joanna' },
      { TextToSpeechVoice: 'Matthew', TextToSpeechEngine: 'Generative', TextToSpeechStyle: 'None' },
      {
        TextToSpeechVoice: '$.Attributes.voice',
        TextToSpeechEngine: 'Neural',
        TextToSpeechStyle: 'Conversational',
      },
    ],
    invalid: [
      {
        parameters: { VoiceId: 'Joanna', Engine: 'Neural' },
        reason: 'VoiceId and Engine are not the parameter names',
      },
      {
        parameters: { TextToSpeechVoice: 'Joanna', TextToSpeechStyle: 'Whispered' },
        reason: 'unknown speaking style',
      },
      { parameters: { TextToSpeechEngine: 'Neural' }, reason: 'TextToSpeechVoice is required' },
      {
        parameters: { TextToSpeechVoice: 'Voice $.Attributes.voice' },
        reason: 'a reference embedded in other text',
      },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttexttospeechvoice.html',
    'guide L32676-32748',
  ],
  decisions: [
    {
      decision:
        'The parameters are TextToSpeechVoice, TextToSpeechEngine and TextToSpeechStyle; VoiceId, Engine and LanguageCode are rejected.',
      reason:
        'The action page and every console export in the corpus use the TextToSpeech* names. ' +
        'VoiceId appears only in a hand-written corpus flow (its identifiers are slugs such as ' +
        '"set-voice") and in the read-only system attribute $.TextToSpeechVoiceId. The block\'s ' +
        '"Set language attribute" option compiles to a separate UpdateContactData with LanguageCode.',
    },
    {
      decision: 'NoMatchingError may be left unconnected.',
      reason:
        'The current page says it must always be defined, but the guide shows Success as the ' +
        'only branch (L32739-32743), older pages said "Errors: None", and console exports in AWS ' +
        'samples (rules-engine, experience-builder, cicd-workshop) carry no error branch. A ' +
        'third-party project reports the service accepts it missing.',
    },
    {
      decision:
        'TextToSpeechEngine accepts Standard, Neural and Generative (capitalised) or one JSONPath.',
      reason:
        'The page names no values; the guide speaks of standard and neural voices, and console ' +
        'exports write "Neural" and "Generative". A third-party report says the service does not ' +
        "check the value at publish time, so the enum is the console's vocabulary.",
    },
    {
      decision:
        'All three parameters take a literal or a single whole JSONPath, not embedded text.',
      reason:
        'The page says they may be set statically or dynamically; a voice, engine or style name ' +
        'with a reference embedded in other text cannot be meaningful.',
    },
    {
      decision: 'Chat and task take Success without effect; email is unknown.',
      reason:
        'The guide\'s channel table for Set voice (L32690-32705); the action page says "all channels".',
    },
  ],
});
