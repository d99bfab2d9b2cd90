import { setCallbackNumber as spec } from '../catalog/blocks/set-callback-number.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import { isDynamicValue, type DynamicValue } from '../values/dynamic-value.js';

/** Options of {@link setCallbackNumber}. */
export interface SetCallbackNumberOptions {
  /**
   * Where the number is read from at run time, in E.164 form: usually `storedInput` after the
   * customer typed it, or an attribute. A literal number is not allowed by the Flow language.
   */
  readonly number: DynamicValue;
}

/**
 * Set callback number: sets the number a queued callback will dial, read from a dynamic value.
 * Chat, task and email contacts take the Invalid number branch.
 *
 * @example
 * ```ts
 * import { disconnect, setCallbackNumber, storedInput } from '@contactflow/dsl';
 * const bye = disconnect();
 * setCallbackNumber({ number: storedInput })
 *   .then(bye)
 *   .onInvalidNumber(bye)
 *   .onNotDialable(bye);
 * ```
 */
export const setCallbackNumber = defineBlockBuilder(
  spec,
  (options: SetCallbackNumberOptions, context) => {
    if (!isDynamicValue(options.number)) {
      context.problem(
        'invalid-option',
        `number takes a dynamic value such as storedInput or attribute('phone'), not ${JSON.stringify(options.number)}.`,
      );
      return { parameters: { CallbackNumber: '' } };
    }
    return { parameters: { CallbackNumber: options.number } };
  },
);
