import { loop as spec } from '../catalog/blocks/loop.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { NumberInput } from '../builder/inputs.js';

/** Options of {@link loop}. */
export interface LoopOptions {
  /** Times the Looping branch is taken, 0 to 100, or a dynamic value; 0 goes to Complete at once. */
  readonly count: NumberInput;
}

/**
 * Loop: takes the Looping branch `count` times, then the Complete branch once. The counter belongs
 * to the contact, so a loop reached again in the same call does not start over.
 *
 * @example
 * ```ts
 * import { disconnect, getCustomerInput, loop } from '@contactflow/dsl';
 * const bye = disconnect();
 * const menu = getCustomerInput({ text: 'For sales press 1.', timeoutSeconds: 5 });
 * const retry = loop({ count: 3 }).onLooping(menu).onComplete(bye);
 * menu.when('1', bye).onTimeout(retry).otherwise(retry).onError(bye);
 * ```
 */
export const loop = defineBlockBuilder(spec, (options: LoopOptions, context) => ({
  parameters: { LoopCount: context.integer(options.count, 'count') },
}));
