import { invokeModule as spec } from '../catalog/blocks/invoke-module.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { FlowModuleDefinition } from '../builder/flow-module.js';
import type { ReferenceInput } from '../builder/inputs.js';

/** Options of {@link invokeModule}. */
export interface InvokeModuleOptions {
  /**
   * The published module to run: by name (`moduleRef('Payments')`), a module built in the same
   * program, a dynamic value holding its id or ARN, or a literal id or ARN.
   */
  readonly module: ReferenceInput<'flowModule'> | FlowModuleDefinition;
}

/**
 * Invoke module: runs a published flow module; the flow goes on along Success once the module's
 * Return block is reached. Modules cannot invoke other modules.
 *
 * @example
 * ```ts
 * import { disconnect, invokeModule, moduleRef } from '@contactflow/dsl';
 * const bye = disconnect();
 * invokeModule({ module: moduleRef('Payments') }).then(bye).onError(bye);
 * ```
 */
export const invokeModule = defineBlockBuilder(spec, (options: InvokeModuleOptions, context) => ({
  parameters: { FlowModuleId: context.reference(options.module, 'flowModule', 'module') },
}));
