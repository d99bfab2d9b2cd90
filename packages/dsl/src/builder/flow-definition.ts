import type { Channel } from '../catalog/channels.js';
import type { FlowType } from '../catalog/flow-types.js';
import type { FlowNode } from './flow-node.js';
import type { SourceLocation } from './source-location.js';

/**
 * What the compiler needs of a flow or a module: its name, its type, its first block and the blocks
 * it keeps although no branch leads to them.
 */
export interface FlowDefinition {
  readonly definition: 'flow';
  readonly name: string;
  readonly flowType: FlowType;
  readonly description: string | undefined;
  readonly channels: readonly Channel[] | undefined;
  readonly start: FlowNode;
  /** Further blocks the flow keeps although no branch leads to them; absent means none. */
  readonly detached?: readonly FlowNode[];
  readonly location: SourceLocation | undefined;
}

/**
 * Whether a value is a flow or a module built with `flow(...)` or `flowModule(...)`.
 *
 * @example
 * ```ts
 * import { disconnect, flow, isFlowDefinition } from '@contactflow/dsl';
 * isFlowDefinition(flow('Bye', { start: disconnect() })); // true
 * ```
 */
export function isFlowDefinition(value: unknown): value is FlowDefinition {
  return (
    typeof value === 'object' && value !== null && (value as FlowDefinition).definition === 'flow'
  );
}
