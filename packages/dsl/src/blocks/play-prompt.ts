import { playPrompt as spec } from '../catalog/blocks/play-prompt.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import { encodeMessage, type MessageOptions } from './shared-message.js';

/** Options of {@link playPrompt}. */
export type PlayPromptOptions = MessageOptions;

/**
 * Play prompt: speaks text or SSML, plays a prompt or an S3 audio file on voice, or sends the text
 * as a message on chat.
 *
 * @example
 * ```ts
 * import { attribute, disconnect, playPrompt, text } from '@contactflow/dsl';
 * const bye = disconnect();
 * playPrompt({ text: text`Hello ${attribute('firstName')}.` })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const playPrompt = defineBlockBuilder(spec, (options: PlayPromptOptions, context) => ({
  parameters: encodeMessage(options, context),
}));
