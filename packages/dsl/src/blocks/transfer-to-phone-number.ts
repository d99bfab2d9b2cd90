import { transferToPhoneNumber as spec } from '../catalog/blocks/transfer-to-phone-number.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { NumberInput, TextInput, ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import { encodeVoiceConnector, type VoiceConnectorOptions } from './shared-voice-connector.js';

/** The caller ID the third party sees; the caller's own number is passed on when absent. */
export interface TransferCallerIdOptions {
  /**
   * A number claimed by the instance, in E.164 (`+12065550100`), or a dynamic value holding one
   * (`system.dialedNumber`). The action takes the number itself, not a phone-number resource ARN.
   */
  readonly number?: ValueInput;
  /** Display name; carriers do not always show it. */
  readonly name?: TextInput;
}

interface TransferSettings {
  /** Seconds to wait for the third party to answer, 0 to 600. */
  readonly timeoutSeconds: NumberInput;
  /**
   * Resume the flow when the third party hangs up (the default). With `false` the flow ends once
   * the call is transferred, and the Call failed and Timeout branches do not exist.
   */
  readonly resumeAfterDisconnect?: boolean;
  /** Digits sent once the call connects, up to 50 of `0-9 * #`; a comma pauses 750 ms. */
  readonly dtmf?: ValueInput;
  readonly callerId?: TransferCallerIdOptions;
}

/** Options of {@link transferToPhoneNumber}: a phone number or a voice connector to transfer to. */
export type TransferToPhoneNumberOptions = TransferSettings &
  (
    | {
        /** E.164 (`+12065550100`), or a dynamic value holding it. */
        readonly phoneNumber: ValueInput;
        readonly voiceConnector?: never;
      }
    | { readonly voiceConnector: VoiceConnectorOptions; readonly phoneNumber?: never }
  );

/**
 * Transfer to phone number: transfers the caller to a number outside the instance, then resumes
 * the flow when the third party hangs up, or ends it (`resumeAfterDisconnect: false`).
 *
 * @example
 * ```ts
 * import { disconnect, playPrompt, transferToPhoneNumber } from '@contactflow/dsl';
 * const bye = disconnect();
 * const sorry = playPrompt({ text: 'Nobody is available.' }).then(bye).onError(bye);
 * transferToPhoneNumber({ phoneNumber: '+12065550100', timeoutSeconds: 30 })
 *   .then(bye)
 *   .onCallFailed(sorry)
 *   .onTimeout(sorry)
 *   .onError(sorry);
 * ```
 */
export const transferToPhoneNumber = defineBlockBuilder(
  spec,
  (options: TransferToPhoneNumberOptions, context) => {
    const parameters: Record<string, ParameterTemplate[string]> = {};
    if (options.phoneNumber !== undefined && options.voiceConnector !== undefined) {
      context.problem(
        'invalid-option',
        'Give phoneNumber or voiceConnector, not both: the number is ignored with a voice connector.',
      );
    }
    if (options.voiceConnector !== undefined) {
      parameters['VoiceConnector'] = encodeVoiceConnector(options.voiceConnector, context);
    } else {
      parameters['ThirdPartyPhoneNumber'] = context.value(options.phoneNumber, 'phoneNumber');
    }
    // The name console exports write; the newer ThirdPartyConnectionTimeoutSeconds is not emitted.
    parameters['ThirdPartyConnectionTimeLimitSeconds'] = context.integer(
      options.timeoutSeconds,
      'timeoutSeconds',
    );
    const resume = options.resumeAfterDisconnect ?? true;
    if (resume) parameters['ContinueFlowExecution'] = context.flag(true);
    if (options.dtmf !== undefined) {
      parameters['ThirdPartyDTMFDigits'] = context.value(options.dtmf, 'dtmf');
    }
    const callerId = options.callerId;
    if (callerId?.number !== undefined || callerId?.name !== undefined) {
      parameters['CallerId'] = {
        ...(callerId.number === undefined
          ? {}
          : { Number: context.value(callerId.number, 'callerId.number') }),
        ...(callerId.name === undefined
          ? {}
          : { Name: context.text(callerId.name, 'callerId.name') }),
      };
    }
    return { mode: resume ? 'resume' : 'end-flow', parameters };
  },
);
