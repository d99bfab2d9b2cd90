import { transferToQueue as spec } from '../catalog/blocks/transfer-to-queue.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ReferenceInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import {
  encodeQueueTarget,
  type OptionalQueueTarget,
  type QueueTarget,
} from './shared-queue-target.js';

/** How a callback is placed and retried ("Transfer to callback queue" tab). */
export interface CallbackOptions {
  /** Seconds between creating the callback and queuing it, 1 to 259200 (three days). */
  readonly initialDelaySeconds: number;
  /**
   * Written unchanged to `MaximumConnectionAttempts`, at least 1. The console labels the field
   * "Maximum number of retries"; keep it small, every attempt rings an agent first.
   */
  readonly maxAttempts: number;
  /** Seconds to wait after an unanswered attempt, 1 to 259200. */
  readonly retryDelaySeconds: number;
  /** A flow that runs for the callback; the service then ignores `initialDelaySeconds`. */
  readonly flow?: ReferenceInput<'flow'>;
  /** A number claimed by the instance, shown to the customer as caller id. */
  readonly callerId?: ReferenceInput<'phoneNumber'>;
}

/** Queues the contact in the working queue set earlier by Set working queue. */
export type QueueTransferOptions = {
  readonly queue?: never;
  readonly agent?: never;
  readonly callback?: never;
};

/** Customer queue flows only: moves the waiting contact to another queue or an agent's queue. */
export type CustomerQueueTransferOptions = QueueTarget & { readonly callback?: never };

/**
 * Queues a callback to the number set by Set callback number, in the working queue unless `queue`
 * or `agent` names another (which needs Set callback number before this block).
 */
export type CallbackTransferOptions = OptionalQueueTarget & { readonly callback: CallbackOptions };

/**
 * Options of {@link transferToQueue}: none for the working queue, `queue` or `agent` inside a
 * customer queue flow, or `callback`.
 */
export type TransferToQueueOptions =
  QueueTransferOptions | CustomerQueueTransferOptions | CallbackTransferOptions;

/**
 * Transfer to queue: ends the flow and queues the contact in its working queue; inside a customer
 * queue flow moves it to another queue; with `callback` queues a callback instead.
 *
 * @example
 * ```ts
 * import { disconnect, playPrompt, transferToQueue } from '@contactflow/dsl';
 * const bye = disconnect();
 * const full = playPrompt({ text: 'All agents are busy.' }).then(bye).onError(bye);
 * transferToQueue().onAtCapacity(full).onError(bye);
 * transferToQueue({ callback: { initialDelaySeconds: 5, maxAttempts: 2, retryDelaySeconds: 600 } })
 *   .then(bye)
 *   .onError(bye);
 * ```
 */
export const transferToQueue = defineBlockBuilder(
  spec,
  (options: TransferToQueueOptions, context) => {
    if (options.callback !== undefined) {
      const callback = options.callback;
      const parameters: Record<string, ParameterTemplate[string]> = {
        ...encodeQueueTarget(options, context, false),
        InitialCallDelaySeconds: context.integer(
          callback.initialDelaySeconds,
          'callback.initialDelaySeconds',
        ),
        MaximumConnectionAttempts: context.integer(callback.maxAttempts, 'callback.maxAttempts'),
        RetryDelaySeconds: context.integer(
          callback.retryDelaySeconds,
          'callback.retryDelaySeconds',
        ),
      };
      if (callback.flow !== undefined) {
        parameters['ContactFlowId'] = context.reference(callback.flow, 'flow', 'callback.flow');
      }
      if (callback.callerId !== undefined) {
        parameters['CallerId'] = context.reference(
          callback.callerId,
          'phoneNumber',
          'callback.callerId',
        );
      }
      return { mode: 'callback', parameters };
    }
    if (options.queue !== undefined || options.agent !== undefined) {
      return { mode: 'customer-queue', parameters: encodeQueueTarget(options, context, true) };
    }
    return { mode: 'queue', parameters: {} };
  },
);
