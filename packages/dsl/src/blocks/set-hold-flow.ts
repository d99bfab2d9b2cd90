import { setHoldFlow as spec } from '../catalog/blocks/set-hold-flow.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import {
  encodeEventHook,
  type EventFlowInput,
  type EventHookOptions,
} from './shared-event-hooks.js';

/** Options of {@link setHoldFlow}. */
export interface SetHoldFlowOptions extends EventHookOptions {
  /** Who is on hold while the flow runs: the customer (customer hold flow) or the agent (agent hold flow). */
  readonly hold: 'customer' | 'agent';
  /** A flow of type `CUSTOMER_HOLD` or `AGENT_HOLD`, matching `hold`. */
  readonly flow: EventFlowInput;
}

/**
 * Set hold flow: chooses the flow that runs while the customer or the agent is on hold. Voice only:
 * chat, task and email contacts take the Error branch.
 *
 * @example
 * ```ts
 * import { disconnect, flowRef, setHoldFlow } from '@contactflow/dsl';
 * const bye = disconnect();
 * setHoldFlow({ hold: 'customer', flow: flowRef('Hold music') })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const setHoldFlow = defineBlockBuilder(spec, (options: SetHoldFlowOptions, context) => {
  if (options.hold === 'agent') {
    return {
      mode: 'agent-hold',
      parameters: encodeEventHook('AgentHold', options, context, 'AGENT_HOLD'),
    };
  }
  if (options.hold !== 'customer') {
    context.problem(
      'invalid-option',
      `hold takes 'customer' or 'agent', not ${JSON.stringify(options.hold)}.`,
    );
  }
  return {
    mode: 'customer-hold',
    parameters: encodeEventHook('CustomerHold', options, context, 'CUSTOMER_HOLD'),
  };
});
