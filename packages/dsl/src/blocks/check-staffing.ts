import { checkStaffing as spec } from '../catalog/blocks/check-staffing.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import { encodeQueueTarget, type OptionalQueueTarget } from './shared-queue-target.js';

const statuses = ['staffed', 'available', 'online'] as const;

/** Options of {@link checkStaffing}: the status to look for, and the queue (the working queue by default). */
export type CheckStaffingOptions = OptionalQueueTarget & {
  /**
   * `staffed` (the default): an agent has a free slot, is busy or is in after contact work;
   * `available`: an agent has a free slot; `online`: available, staffed or in a custom status.
   */
  readonly status?: (typeof statuses)[number];
};

/**
 * Check staffing: branches on whether agents of the working queue (or the given queue) are
 * staffed, available or online.
 *
 * @example
 * ```ts
 * import { checkStaffing, disconnect, playPrompt, transferToQueue } from '@contactflow/dsl';
 * const bye = disconnect();
 * const closed = playPrompt({ text: 'Nobody is available right now.' }).then(bye).onError(bye);
 * checkStaffing({ status: 'available' })
 *   .whenStaffed(transferToQueue().onAtCapacity(closed).onError(bye))
 *   .whenNotStaffed(closed)
 *   .onError(bye);
 * ```
 */
export const checkStaffing = defineBlockBuilder(spec, (options: CheckStaffingOptions, context) => {
  const status = options.status ?? 'staffed';
  const known = statuses.includes(status);
  if (!known) {
    context.problem(
      'invalid-option',
      `status takes staffed, available or online, not ${JSON.stringify(status)}.`,
    );
  }
  return {
    mode: known ? status : undefined,
    parameters: encodeQueueTarget(options, context, false),
  };
});
