import { setCustomerQueueFlow as spec } from '../catalog/blocks/set-customer-queue-flow.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import {
  encodeEventHook,
  type EventFlowInput,
  type EventHookOptions,
} from './shared-event-hooks.js';

/** Options of {@link setCustomerQueueFlow}. */
export interface SetCustomerQueueFlowOptions extends EventHookOptions {
  /** The customer queue flow (type `CUSTOMER_QUEUE`) the customer hears while waiting. */
  readonly flow: EventFlowInput;
}

/**
 * Set customer queue flow: chooses the flow that runs while the contact waits in queue, in place of
 * the default customer queue flow.
 *
 * @example
 * ```ts
 * import { disconnect, flowRef, setCustomerQueueFlow } from '@contactflow/dsl';
 * const bye = disconnect();
 * setCustomerQueueFlow({ flow: flowRef('Queue music') })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const setCustomerQueueFlow = defineBlockBuilder(
  spec,
  (options: SetCustomerQueueFlowOptions, context) => ({
    parameters: encodeEventHook('CustomerQueue', options, context, 'CUSTOMER_QUEUE'),
  }),
);
