import { setDisconnectFlow as spec } from '../catalog/blocks/set-disconnect-flow.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import {
  encodeEventHook,
  type EventFlowInput,
  type EventHookOptions,
} from './shared-event-hooks.js';

/** Options of {@link setDisconnectFlow}. */
export interface SetDisconnectFlowOptions extends EventHookOptions {
  /**
   * The flow run after a disconnect event (a survey once the agent hangs up, a chat that outlives
   * its agent, an expiring task). Only inbound flows (type `CONTACT_FLOW`) can be chosen.
   */
  readonly flow: EventFlowInput;
}

/**
 * Set disconnect flow: chooses the flow that runs after a disconnect event while the customer is
 * still there, such as a post-contact survey.
 *
 * @example
 * ```ts
 * import { disconnect, flowRef, setDisconnectFlow } from '@contactflow/dsl';
 * const bye = disconnect();
 * setDisconnectFlow({ flow: flowRef('Post-call survey') })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const setDisconnectFlow = defineBlockBuilder(
  spec,
  (options: SetDisconnectFlowOptions, context) => ({
    parameters: encodeEventHook('CustomerRemaining', options, context, 'CONTACT_FLOW'),
  }),
);
