import { setLoggingBehavior as spec } from '../catalog/blocks/set-logging-behavior.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link setLoggingBehavior}. */
export interface SetLoggingBehaviorOptions {
  /**
   * Whether flow logs go to Amazon CloudWatch from here on, in this flow and the flows the contact
   * moves to. Fixed when the flow is built: the Flow language takes no dynamic value here.
   */
  readonly enabled: boolean;
}

/**
 * Set logging behavior: turns flow logs in Amazon CloudWatch on or off for the rest of the contact,
 * for instance off around sensitive input. It has only a Success branch.
 *
 * @example
 * ```ts
 * import { disconnect, playPrompt, setLoggingBehavior } from '@contactflow/dsl';
 * const bye = disconnect();
 * setLoggingBehavior({ enabled: true }).then(
 *   playPrompt({ text: 'Welcome.' }).then(bye).onError(bye),
 * );
 * ```
 */
export const setLoggingBehavior = defineBlockBuilder(
  spec,
  (options: SetLoggingBehaviorOptions, context) => {
    if (typeof options.enabled !== 'boolean') {
      context.problem(
        'invalid-option',
        `enabled takes true or false, not ${JSON.stringify(options.enabled)}.`,
      );
    }
    // The variant's preset writes FlowLoggingBehavior, so the mode is all there is to choose.
    return { mode: options.enabled === false ? 'disable' : 'enable', parameters: {} };
  },
);
