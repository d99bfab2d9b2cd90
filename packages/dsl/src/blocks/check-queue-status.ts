import { checkQueueStatus as spec } from '../catalog/blocks/check-queue-status.js';
import type { Condition } from '../builder/condition.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import { encodeQueueTarget, type OptionalQueueTarget } from './shared-queue-target.js';

const modes = { timeInQueue: 'time-in-queue', queueCapacity: 'queue-capacity' } as const;

/** Options of {@link checkQueueStatus}: the metric, and the queue to read (the working queue by default). */
export type CheckQueueStatusOptions = OptionalQueueTarget & {
  /** `timeInQueue`: seconds the oldest contact has waited; `queueCapacity`: contacts waiting. */
  readonly metric: keyof typeof modes;
};

/**
 * Check queue status: branches on how long the oldest contact has waited in a queue, or on how
 * many contacts wait in it. Each `.when(is.lessThan(n), ...)` is one branch, tried in the order
 * added; the first that holds wins.
 *
 * @example
 * ```ts
 * import { checkQueueStatus, disconnect, is, queue, transferToQueue } from '@contactflow/dsl';
 * const bye = disconnect();
 * const transfer = transferToQueue().onAtCapacity(bye).onError(bye);
 * checkQueueStatus({ metric: 'timeInQueue', queue: queue('Sales') })
 *   .when(is.lessThan(300), transfer)
 *   .otherwise(bye)
 *   .onError(bye);
 * ```
 */
export const checkQueueStatus = defineBlockBuilder(
  spec,
  (options: CheckQueueStatusOptions, context) => {
    const mode = modes[options.metric] as string | undefined;
    if (mode === undefined) {
      context.problem(
        'invalid-option',
        `metric takes timeInQueue or queueCapacity, not ${JSON.stringify(options.metric)}.`,
      );
    }
    return { mode, parameters: encodeQueueTarget(options, context, false) };
  },
  // The console offers only comparisons here (<, <=, >, >=), so a bare value is not accepted.
  (condition: Condition) => condition,
);
