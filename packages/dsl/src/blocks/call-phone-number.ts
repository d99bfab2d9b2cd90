import { callPhoneNumber as spec } from '../catalog/blocks/call-phone-number.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { NumberInput, ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import { encodeVoiceConnector, type VoiceConnectorOptions } from './shared-voice-connector.js';

/**
 * Options of {@link callPhoneNumber}: a caller ID (the queue's outbound caller ID when absent), or a
 * voice connector to place the call through.
 */
export type CallPhoneNumberOptions =
  | {
      /**
       * A number claimed by the instance, in E.164 (`+12065550100`), or a dynamic value holding one;
       * at run time a value that is not E.164 falls back to the queue's outbound caller ID. The
       * action takes the number itself, not a phone-number resource ARN.
       */
      readonly callerId?: ValueInput;
      readonly voiceConnector?: never;
      readonly connectionTimeoutSeconds?: never;
    }
  | {
      readonly voiceConnector: VoiceConnectorOptions;
      /** Seconds to wait for the voice connector to answer, 1 to 600. */
      readonly connectionTimeoutSeconds?: NumberInput;
      readonly callerId?: never;
    };

/**
 * Call phone number: places the pending outbound call from an outbound whisper flow. It has no
 * Error branch: a call that cannot be placed ends the flow.
 *
 * @example
 * ```ts
 * import { attribute, callPhoneNumber, endFlow } from '@contactflow/dsl';
 * callPhoneNumber({ callerId: attribute('callerIdNumber') }).then(endFlow());
 * ```
 */
export const callPhoneNumber = defineBlockBuilder(
  spec,
  (options: CallPhoneNumberOptions, context) => {
    const parameters: Record<string, ParameterTemplate[string]> = {};
    if (options.voiceConnector !== undefined) {
      if (options.callerId !== undefined) {
        context.problem(
          'invalid-option',
          'Give callerId or voiceConnector, not both: the caller ID is ignored with a voice connector.',
        );
      }
      parameters['VoiceConnector'] = encodeVoiceConnector(options.voiceConnector, context);
      if (options.connectionTimeoutSeconds !== undefined) {
        parameters['ConnectionTimeLimitSeconds'] = context.integer(
          options.connectionTimeoutSeconds,
          'connectionTimeoutSeconds',
        );
      }
    } else {
      if (options.connectionTimeoutSeconds !== undefined) {
        context.problem(
          'invalid-option',
          'connectionTimeoutSeconds only applies to a call placed through a voice connector.',
        );
      }
      if (options.callerId !== undefined) {
        parameters['CallerId'] = {
          Number: context.value(options.callerId, 'callerId'),
        };
      }
    }
    return { parameters };
  },
);
