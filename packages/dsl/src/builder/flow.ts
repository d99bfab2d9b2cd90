import type { Channel } from '../catalog/channels.js';
import type { ContactFlowType } from '../catalog/flow-types.js';
import type { FlowDefinition } from './flow-definition.js';
import type { FlowNode } from './flow-node.js';
import { callerLocation } from './source-location.js';

/** Options of {@link flow}. */
export interface FlowOptions {
  /** The flow type; `CONTACT_FLOW` (an inbound flow) when omitted. */
  readonly type?: ContactFlowType;
  readonly description?: string;
  /** The channels the flow serves; the validator checks each block against them. */
  readonly channels?: readonly Channel[];
  /** The first block. */
  readonly start: FlowNode;
  /**
   * Blocks the flow keeps although no branch leads to them, with the blocks they lead to, as the
   * console keeps unconnected blocks on its canvas. The validator warns about each of them.
   */
  readonly detached?: readonly FlowNode[];
}

/**
 * Declares a flow: its name, type and first block. Every block reachable from the first one is part
 * of the flow, and so is every block reachable from those listed in `detached`.
 *
 * @example
 * ```ts
 * import { disconnect, flow, playPrompt } from '@contactflow/dsl';
 * const hello = playPrompt({ text: 'Hello.' });
 * hello.then(disconnect());
 * export const helloFlow = flow('Hello', { type: 'CONTACT_FLOW', channels: ['VOICE'], start: hello });
 * ```
 */
export function flow(name: string, options: FlowOptions): FlowDefinition {
  return {
    definition: 'flow',
    name,
    flowType: options.type ?? 'CONTACT_FLOW',
    description: options.description,
    channels: options.channels,
    start: options.start,
    detached: options.detached ?? [],
    location: callerLocation(),
  };
}
