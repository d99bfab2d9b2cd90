import { disconnectHangUp as spec } from '../catalog/blocks/disconnect-hang-up.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';

/** Options of {@link disconnect}: none. */
export type DisconnectOptions = Record<string, never>;

/**
 * Disconnect / hang up: ends the contact. A terminal block: it has no branches.
 *
 * @example
 * ```ts
 * import { disconnect } from '@contactflow/dsl';
 * const bye = disconnect();
 * ```
 */
export const disconnect = defineBlockBuilder(spec, (_options: DisconnectOptions) => ({
  parameters: {},
}));
