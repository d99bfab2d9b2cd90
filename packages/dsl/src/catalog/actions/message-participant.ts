import { defineAction } from '../action-spec.js';
import { supportedOn } from '../channels.js';
import { alsoInCampaignsAndModules } from '../flow-types.js';
import { flag, object } from '../schema/builders.js';
import { messageChoices, messageProperties } from './shared-parameters.js';

export const messageParticipant = defineAction({
  type: 'MessageParticipant',
  category: 'participant',
  summary: 'Plays a prompt or speaks text on voice, or sends a message on other channels.',
  status: 'documented',
  parameters: object(
    'What to play or send: exactly one of PromptId, Text, SSML or Media.',
    {
      ...messageProperties,
      SkipWhenDTMFBufferEnabled: flag(
        'Skip the prompt when the caller has typed ahead (Set Touchtone Buffer Behavior).',
        ['true', 'false'],
      ),
    },
    { exclusive: [messageChoices], atLeastOne: [messageChoices] },
  ),
  transitions: {
    nextAction: 'required',
    errors: [
      {
        type: 'NoMatchingError',
        description: 'The message could not be played or sent.',
        connect: 'required',
      },
    ],
    conditions: false,
  },
  effects: { participantTurn: true },
  channels: {
    ...supportedOn(['VOICE', 'CHAT', 'TASK']),
    CHAT: { support: 'yes', note: 'Text only; PromptId and SSML take the error branch.' },
    TASK: { support: 'conditional', onUnsupported: 'Success', note: 'Nothing is played.' },
  },
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
      { Text: 'Thanks for calling.' },
      { PromptId: '$.Attributes.greetingPrompt' },
      { Media: { Uri: 's3://bucket/hello.wav', SourceType: 'S3', MediaType: 'Audio' } },
    ],
    invalid: [
      { parameters: { Text: 'Hi', SSML: '<speak>Hi</speak>' }, reason: 'Text and SSML together' },
      { parameters: {}, reason: 'nothing to play' },
      { parameters: { Text: 'Hi', Volume: 'loud' }, reason: 'unknown parameter' },
    ],
  },
  sources: [
    'https://docs.aws.amazon.com/connect/latest/APIReference/participant-actions-messageparticipant.html',
    'guide L31213-31576',
  ],
  decisions: [
    {
      decision: 'At least one of PromptId, Text, SSML or Media is required.',
      reason:
        'The reference marks each optional, but a message action with nothing to play is rejected ' +
        "by the service ('At least one of [Text, SSML, PromptId, Media, ...] must be set').",
    },
    {
      decision: 'SkipWhenDTMFBufferEnabled and TextToSpeechType are accepted.',
      reason:
        'Neither is on the action page, but console exports carry them (AWS sample flows), so ' +
        'rejecting them would flag every such export.',
    },
  ],
});
