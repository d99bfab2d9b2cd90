import { getQueueMetrics as spec } from '../catalog/blocks/get-queue-metrics.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { DynamicValue } from '../values/dynamic-value.js';
import { encodeQueueTarget, type OptionalQueueTarget } from './shared-queue-target.js';

/** Options of {@link getQueueMetrics}: the queue (the working queue by default) and a channel filter. */
export type GetQueueMetricsOptions = OptionalQueueTarget & {
  /**
   * Count only this channel; all channels when omitted. A dynamic value must hold exactly one
   * channel (Voice or Chat, any case).
   */
  readonly channel?: 'Voice' | 'Chat' | DynamicValue;
};

/**
 * Get queue metrics: loads near-real-time metrics of a queue or an agent's queue, readable
 * afterwards as `queueMetrics.*` (for example with Check contact attributes).
 *
 * @example
 * ```ts
 * import { disconnect, getQueueMetrics, playPrompt, queue } from '@contactflow/dsl';
 * const bye = disconnect();
 * getQueueMetrics({ queue: queue('Sales'), channel: 'Voice' })
 *   .then(playPrompt({ text: 'Thanks for waiting.' }).then(bye).onError(bye))
 *   .onError(bye);
 * ```
 */
export const getQueueMetrics = defineBlockBuilder(
  spec,
  (options: GetQueueMetricsOptions, context) => ({
    parameters: {
      ...encodeQueueTarget(options, context, false),
      ...(options.channel === undefined
        ? {}
        : { QueueChannel: context.value(options.channel, 'channel') }),
    },
  }),
);
