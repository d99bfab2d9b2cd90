import { dynamic, literal, object, resource, text } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

/** Audio stored in S3, played instead of a prompt or text. */
export const media: JsonSchema = object(
  'External audio in Amazon S3.',
  {
    Uri: text('S3 address of the audio file; may embed references.', { minLength: 1 }),
    SourceType: literal('Where the audio comes from.', { enum: ['S3'] }),
    MediaType: literal('The kind of media.', { enum: ['Audio'] }),
  },
  { required: ['Uri', 'SourceType', 'MediaType'] },
);

/**
 * The message properties shared by the actions that speak to the customer: a library prompt, text,
 * SSML or S3 audio, at most one of them.
 */
export const messageProperties: Readonly<Record<string, JsonSchema>> = {
  PromptId: resource('prompt', 'Prompt from the instance library (id or ARN). Voice only.'),
  Text: text('Text to speak (voice) or send (other channels).', { minLength: 1 }),
  SSML: text('SSML to speak, wrapped in <speak>. Voice only.', { minLength: 1 }),
  Media: media,
  // The console writes this beside Text; it has no effect the reference describes.
  TextToSpeechType: literal('Designer hint for the kind of text (seen in exports).', {
    enum: ['text', 'ssml'],
  }),
};

/** The message properties of which at most one may be set. */
export const messageChoices = ['PromptId', 'Text', 'SSML', 'Media'] as const;

/** A Chime Voice Connector leg, for transfers and outbound calls through SIP. */
export const voiceConnector: JsonSchema = object(
  'Amazon Chime Voice Connector to use instead of the phone network.',
  {
    VoiceConnectorType: literal('Connector type.', { enum: ['ChimeConnector'] }),
    VoiceConnectorArn: dynamic('ARN of the voice connector.', { minLength: 1 }),
    FromUser: text('SIP From user.'),
    ToUser: text('SIP To user.'),
    UserToUserInformation: text('SIP User-to-User header value.'),
  },
  { required: ['VoiceConnectorType', 'VoiceConnectorArn'] },
);
