import { setWorkingQueue as spec } from '../catalog/blocks/set-working-queue.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import { encodeQueueTarget, type QueueTarget } from './shared-queue-target.js';

/**
 * Options of {@link setWorkingQueue}: a standard queue (`queue`) or an agent's own queue
 * (`agent`), the latter for agent-to-agent transfers on any channel.
 */
export type SetWorkingQueueOptions = QueueTarget;

/**
 * Set working queue: chooses the queue that Transfer to queue uses and that the queue checks read
 * by default.
 *
 * @example
 * ```ts
 * import { agent, disconnect, queue, setWorkingQueue, transferToQueue } from '@contactflow/dsl';
 * const bye = disconnect();
 * const transfer = transferToQueue().onAtCapacity(bye).onError(bye);
 * setWorkingQueue({ queue: queue('Sales') }).then(transfer).onError(bye);
 * setWorkingQueue({ agent: agent('jdoe') }).then(transfer).onError(bye);
 * ```
 */
export const setWorkingQueue = defineBlockBuilder(
  spec,
  (options: SetWorkingQueueOptions, context) => ({
    mode: options.agent !== undefined && options.queue === undefined ? 'agent' : 'queue',
    parameters: encodeQueueTarget(options, context, true),
  }),
);
