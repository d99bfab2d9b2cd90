import { defineBlock } from '../block-spec.js';
import { supportedOn } from '../channels.js';
import { allFlowTypes } from '../flow-types.js';
import { successOrError } from './shared-branches.js';

export const setVoice = defineBlock({
  id: 'set-voice',
  name: 'Set voice',
  builder: 'setVoice',
  summary:
    "Sets the Amazon Polly voice, engine and speaking style for text-to-speech, and optionally the contact's language.",
  variants: [
    {
      mode: 'voice',
      actionType: 'UpdateContactTextToSpeechVoice',
      description: 'Always: voice, engine and speaking style.',
    },
    {
      mode: 'language',
      actionType: 'UpdateContactData',
      match: [{ parameter: 'LanguageCode', present: true }],
      description:
        '"Set language attribute": the console adds an UpdateContactData {LanguageCode} action right ' +
        'after the voice action, as part of the same block.',
    },
  ],
  branches: successOrError,
  flowTypes: allFlowTypes,
  channels: {
    ...supportedOn(['VOICE'], { onUnsupported: 'Success' }),
    CHAT: { support: 'no', onUnsupported: 'Success', note: 'No effect on chat.' },
    TASK: { support: 'no', onUnsupported: 'Success', note: 'No effect on tasks.' },
  },
  sources: [
    'guide L32676-32748',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontacttexttospeechvoice.html',
    'https://docs.aws.amazon.com/connect/latest/APIReference/contact-actions-updatecontactdata.html',
  ],
  decisions: [
    {
      decision: 'The block has an Error branch as well as Success.',
      reason:
        'The guide shows Success only (L32739-32743). UpdateContactTextToSpeechVoice documents ' +
        'NoMatchingError as always defined (taken for an invalid or incompatible voice or engine), and ' +
        'some console exports in the corpus route it while others carry only NextAction. ' +
        "Offering Error covers both; whether it must be connected is the action's contract.",
    },
    {
      decision: 'Chat and task take Success, with no effect.',
      reason:
        'The guide says so twice (channel table L32700-32705 and the description), unlike most ' +
        'voice-only blocks, which take Error.',
    },
    {
      decision: '"Set language attribute" is recognised as UpdateContactData with LanguageCode.',
      reason:
        'Console exports in the corpus (aws-samples rules engine, CDK constructs) chain ' +
        'UpdateContactTextToSpeechVoice into UpdateContactData {LanguageCode}, the designer metadata ' +
        'recording the second as a fragment of the first, and both send NoMatchingError to the same ' +
        'action.',
    },
  ],
});
