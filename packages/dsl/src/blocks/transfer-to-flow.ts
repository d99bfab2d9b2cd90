import { transferToFlow as spec } from '../catalog/blocks/transfer-to-flow.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import { isFlowDefinition, type FlowDefinition } from '../builder/flow-definition.js';
import type { ReferenceInput } from '../builder/inputs.js';
import type { FlowType } from '../catalog/flow-types.js';

// The flow types a contact can be sent into; any other target takes Error (guide L33403-33406).
const enterable: readonly FlowType[] = ['CONTACT_FLOW', 'AGENT_TRANSFER', 'QUEUE_TRANSFER'];

/** Options of {@link transferToFlow}. */
export interface TransferToFlowOptions {
  /**
   * The published flow to continue in: by name (`flowRef('Main menu')`), a flow built in the same
   * program, a dynamic value holding its ARN, or a literal ARN. It must be an inbound, transfer to
   * agent or transfer to queue flow.
   */
  readonly flow: ReferenceInput<'flow'> | FlowDefinition;
}

/**
 * Transfer to flow: ends the current flow and continues the contact at the start of another one.
 * On success the contact leaves this flow, so the only branch is Error.
 *
 * @example
 * ```ts
 * import { disconnect, flowRef, transferToFlow } from '@contactflow/dsl';
 * transferToFlow({ flow: flowRef('Main menu') }).onError(disconnect());
 * ```
 */
export const transferToFlow = defineBlockBuilder(
  spec,
  (options: TransferToFlowOptions, context) => {
    const flow: unknown = options.flow;
    if (isFlowDefinition(flow) && !enterable.includes(flow.flowType)) {
      context.problem(
        'wrong-flow-type',
        `Transfer to flow enters an inbound, transfer to agent or transfer to queue flow, not the ${flow.flowType} flow "${flow.name}".`,
      );
    }
    return { parameters: { ContactFlowId: context.reference(flow, 'flow', 'flow') } };
  },
);
