import { checkHoursOfOperation as spec } from '../catalog/blocks/check-hours-of-operation.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { ReferenceInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

/** Options of {@link checkHoursOfOperation}. */
export interface CheckHoursOfOperationOptions {
  /**
   * The hours to check; the working queue's hours when omitted (an agent's queue has none, so the
   * check takes Error).
   */
  readonly hours?: ReferenceInput<'hoursOfOperation'>;
}

/**
 * Check hours of operation: branches on whether the contact arrives within the hours of
 * operation.
 *
 * @example
 * ```ts
 * import { checkHoursOfOperation, disconnect, hoursOfOperation, playPrompt } from '@contactflow/dsl';
 * const bye = disconnect();
 * const closed = playPrompt({ text: 'We are closed.' }).then(bye).onError(bye);
 * checkHoursOfOperation({ hours: hoursOfOperation('Office') })
 *   .whenInHours(bye)
 *   .whenOutOfHours(closed)
 *   .onError(bye);
 * ```
 */
export const checkHoursOfOperation = defineBlockBuilder(
  spec,
  (options: CheckHoursOfOperationOptions, context) => {
    const parameters: Record<string, ParameterTemplate[string]> = {};
    if (options.hours !== undefined) {
      parameters['HoursOfOperationId'] = context.reference(
        options.hours,
        'hoursOfOperation',
        'hours',
      );
    }
    return { parameters };
  },
);
