import { changeRoutingPriorityAge as spec } from '../catalog/blocks/change-routing-priority-age.js';
import { defineBlockBuilder, type EncodedBlock } from '../builder/define-block-builder.js';

/**
 * Options of {@link changeRoutingPriority}: a new priority, or seconds added to (negative: taken
 * from) the contact's time in queue. Both are fixed numbers; the service takes no dynamic value.
 */
export type ChangeRoutingPriorityOptions =
  | {
      /** 1 is routed first; new contacts start at 5. */
      readonly priority: number;
      readonly adjustTimeInQueueSeconds?: never;
    }
  | {
      /** Contacts that waited longer are routed first, so a positive value moves the contact up. */
      readonly adjustTimeInQueueSeconds: number;
      readonly priority?: never;
    };

/**
 * Change routing priority / age: moves the contact up or down its queue. A contact already in
 * queue sees the change only after about a minute; set it before Transfer to queue to apply it at
 * once.
 *
 * @example
 * ```ts
 * import { changeRoutingPriority, disconnect, transferToQueue } from '@contactflow/dsl';
 * const bye = disconnect();
 * changeRoutingPriority({ priority: 1 }).then(transferToQueue().onAtCapacity(bye).onError(bye));
 * changeRoutingPriority({ adjustTimeInQueueSeconds: 120 }).then(bye);
 * ```
 */
export const changeRoutingPriority = defineBlockBuilder(
  spec,
  (options: ChangeRoutingPriorityOptions, context): EncodedBlock => {
    if (options.priority !== undefined && options.adjustTimeInQueueSeconds !== undefined) {
      context.problem(
        'invalid-option',
        'Give either priority or adjustTimeInQueueSeconds, not both.',
      );
    }
    if (options.priority !== undefined) {
      if (typeof options.priority === 'number' && options.priority < 1) {
        context.problem('invalid-option', `priority is 1 or more, not ${options.priority}.`);
      }
      return {
        mode: 'priority',
        parameters: { QueuePriority: context.integer(options.priority, 'priority') },
      };
    }
    if (options.adjustTimeInQueueSeconds === undefined) {
      context.problem('invalid-option', 'Give priority or adjustTimeInQueueSeconds.');
      return { mode: 'age', parameters: {} };
    }
    return {
      mode: 'age',
      parameters: {
        QueueTimeAdjustmentSeconds: context.integer(
          options.adjustTimeInQueueSeconds,
          'adjustTimeInQueueSeconds',
        ),
      },
    };
  },
);
