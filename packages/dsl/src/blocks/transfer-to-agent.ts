import { transferToAgent as spec } from '../catalog/blocks/transfer-to-agent.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link transferToAgent}: none; the agent comes from the transfer itself. */
export type TransferToAgentOptions = Record<string, never>;

/**
 * Transfer to agent (beta): ends the flow and connects the caller to the agent of an agent or
 * queue transfer. Voice only and terminal; Set working queue with an agent is the general
 * alternative.
 *
 * @example
 * ```ts
 * import { transferToAgent } from '@contactflow/dsl';
 * const toAgent = transferToAgent();
 * ```
 */
export const transferToAgent = defineBlockBuilder(spec, (_options: TransferToAgentOptions) => ({
  parameters: {},
}));
