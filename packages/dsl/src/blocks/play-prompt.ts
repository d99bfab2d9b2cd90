import { playPrompt as spec } from '../catalog/blocks/play-prompt.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import {
  encodeMessage,
  encodeTextTypeHint,
  type MessageOptions,
  type TextTypeHintOption,
} from './shared-message.js';

/** Options of {@link playPrompt}. */
export type PlayPromptOptions = MessageOptions &
  TextTypeHintOption & {
    /**
     * The console's "Skip or interrupt this prompt when touchtone buffering is enabled": while Set
     * Touchtone Buffer Behavior buffers keys, the prompt is skipped if keys are already buffered
     * and cut short by a key press. Written as `SkipWhenDTMFBufferEnabled` "true" or "false"; not
     * written when omitted.
     */
    readonly skipWhenTouchtoneBuffering?: boolean;
  };

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
export const playPrompt = defineBlockBuilder(spec, (options: PlayPromptOptions, context) => {
  const parameters: Record<string, ParameterTemplate[string]> = {
    ...encodeMessage(options, context),
    ...encodeTextTypeHint(options, context),
  };
  if (options.skipWhenTouchtoneBuffering !== undefined) {
    parameters['SkipWhenDTMFBufferEnabled'] = options.skipWhenTouchtoneBuffering ? 'true' : 'false';
  }
  return { parameters };
});
