import { setWhisperFlow as spec } from '../catalog/blocks/set-whisper-flow.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import {
  encodeEventHook,
  type EventFlowInput,
  type EventHookOptions,
} from './shared-event-hooks.js';

/** Options of {@link setWhisperFlow}. */
export interface SetWhisperFlowOptions extends EventHookOptions {
  /**
   * Whose whisper to replace: the agent's (heard or seen by the agent on accepting the contact) or
   * the customer's. One block sets one; use two blocks for both.
   */
  readonly whisper: 'agent' | 'customer';
  /** A flow of type `AGENT_WHISPER` or `CUSTOMER_WHISPER`, matching `whisper`. */
  readonly flow: EventFlowInput;
}

/**
 * Set whisper flow: replaces the default agent or customer whisper with a chosen whisper flow. On
 * chat no whisper plays at all unless this block sets one.
 *
 * @example
 * ```ts
 * import { disconnect, flowRef, setWhisperFlow } from '@contactflow/dsl';
 * const bye = disconnect();
 * setWhisperFlow({ whisper: 'agent', flow: flowRef('VIP agent whisper') })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const setWhisperFlow = defineBlockBuilder(
  spec,
  (options: SetWhisperFlowOptions, context) => {
    if (options.whisper === 'customer') {
      return {
        mode: 'customer-whisper',
        parameters: encodeEventHook('CustomerWhisper', options, context, 'CUSTOMER_WHISPER'),
      };
    }
    if (options.whisper !== 'agent') {
      context.problem(
        'invalid-option',
        `whisper takes 'agent' or 'customer', not ${JSON.stringify(options.whisper)}.`,
      );
    }
    return {
      mode: 'agent-whisper',
      parameters: encodeEventHook('AgentWhisper', options, context, 'AGENT_WHISPER'),
    };
  },
);
