import { returnFromModule as spec } from '../catalog/blocks/return-from-module.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link returnFromModule}: none. */
export type ReturnFromModuleOptions = Record<string, never>;

/**
 * Return (from module): ends a flow module; the invoking flow goes on along Invoke module's Success
 * branch. Only flow modules have it. A terminal block: it has no branches.
 *
 * @example
 * ```ts
 * import { flowModule, returnFromModule, setContactAttributes } from '@contactflow/dsl';
 * const done = returnFromModule();
 * export const verify = flowModule('Verify caller', {
 *   start: setContactAttributes({ attributes: { verified: 'true' } })
 *     .then(done)
 *     .onError(done),
 * });
 * ```
 */
export const returnFromModule = defineBlockBuilder(spec, (_options: ReturnFromModuleOptions) => ({
  parameters: {},
}));
