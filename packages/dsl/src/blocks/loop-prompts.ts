import { loopPrompts as spec } from '../catalog/blocks/loop-prompts.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import { encodeMessage, type MessageOptions } from './shared-message.js';

/** Options of {@link loopPrompts}. */
export interface LoopPromptsOptions {
  /** Played in order, then from the start again; each is text, SSML, a prompt or an S3 file. */
  readonly messages: readonly [MessageOptions, ...MessageOptions[]];
  /**
   * Stop playback every this many seconds (20 or more) and take the Timeout branch, to run other
   * logic such as offering a callback. Without it the prompts play until the contact leaves the
   * flow.
   */
  readonly interruptEverySeconds?: number;
}

/**
 * Loop prompts: plays a list of prompts over and over while the contact waits in queue or on hold,
 * optionally breaking off every `interruptEverySeconds` through the Timeout branch.
 *
 * @example
 * ```ts
 * import { endFlow, loopPrompts, prompt } from '@contactflow/dsl';
 * const done = endFlow();
 * const music = loopPrompts({ messages: [{ prompt: prompt('Queue music') }] }).onError(done);
 * loopPrompts({
 *   messages: [{ text: 'Thank you for waiting.' }, { prompt: prompt('Queue music') }],
 *   interruptEverySeconds: 60,
 * })
 *   .onTimeout(music)
 *   .onError(done);
 * ```
 */
export const loopPrompts = defineBlockBuilder(spec, (options: LoopPromptsOptions, context) => {
  const messages = options.messages as readonly MessageOptions[];
  if (messages.length === 0) context.problem('invalid-option', 'Give at least one message.');
  const parameters: Record<string, ParameterTemplate[string]> = {
    Messages: messages.map((message) => encodeMessage(message, context)),
  };
  const interrupt = options.interruptEverySeconds;
  if (interrupt === undefined) return { mode: 'continuous', parameters };
  // An interrupt inside the 20 seconds in which the contact is offered to an agent can send it to
  // Error, so the guide asks for 20 or more (L31177-31181).
  if (typeof interrupt === 'number' && interrupt < 20) {
    context.problem(
      'invalid-option',
      `interruptEverySeconds must be 20 or more, not ${interrupt}: a shorter period can send the contact to Error.`,
    );
  }
  parameters['InterruptFrequencySeconds'] = context.integer(interrupt, 'interruptEverySeconds');
  return { mode: 'interrupting', parameters };
});
