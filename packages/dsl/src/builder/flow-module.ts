import type { FlowDefinition } from './flow-definition.js';
import type { FlowNode } from './flow-node.js';
import { callerLocation } from './source-location.js';

/** The type of one module input or output. */
export type ModuleParameterType = 'String' | 'Number' | 'Boolean';

/** One declared input or output of a module. */
export interface ModuleParameter {
  readonly type: ModuleParameterType;
  readonly description?: string;
  /** Whether the invoking flow must give it; inputs only. */
  readonly required?: boolean;
}

/** Options of {@link flowModule}. */
export interface FlowModuleOptions {
  readonly description?: string;
  /** Inputs the invoking flow passes, by name. */
  readonly inputs?: Readonly<Record<string, ModuleParameter>>;
  /** Outputs the module returns, by name. */
  readonly outputs?: Readonly<Record<string, ModuleParameter>>;
  /** Named ways the module returns, besides Success and Error (`Declined`, `Paid`). */
  readonly results?: readonly string[];
  readonly start: FlowNode;
  /** Blocks the module keeps although no branch leads to them; see `FlowOptions.detached`. */
  readonly detached?: readonly FlowNode[];
}

/** A flow module: a flow definition with the inputs, outputs and results it declares. */
export interface FlowModuleDefinition extends FlowDefinition {
  readonly flowType: 'FLOW_MODULE';
  readonly inputs: Readonly<Record<string, ModuleParameter>>;
  readonly outputs: Readonly<Record<string, ModuleParameter>>;
  readonly results: readonly string[];
}

/**
 * Declares a flow module, a reusable piece of flow that other flows invoke.
 *
 * @example
 * ```ts
 * import { flowModule, returnFromModule } from '@contactflow/dsl';
 * export const payments = flowModule('Payments', {
 *   inputs: { amount: { type: 'Number', required: true } },
 *   outputs: { receipt: { type: 'String' } },
 *   start: returnFromModule(),
 * });
 * ```
 */
export function flowModule(name: string, options: FlowModuleOptions): FlowModuleDefinition {
  return {
    definition: 'flow',
    name,
    flowType: 'FLOW_MODULE',
    description: options.description,
    channels: undefined,
    start: options.start,
    detached: options.detached ?? [],
    location: callerLocation(),
    inputs: options.inputs ?? {},
    outputs: options.outputs ?? {},
    results: options.results ?? [],
  };
}
