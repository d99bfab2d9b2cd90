import { storeCustomerInput as spec } from '../catalog/blocks/store-customer-input.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { TextInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import {
  encodeMessage,
  encodeTextTypeHint,
  type MessageOptions,
  type TextTypeHintOption,
} from './shared-message.js';

/** Settings of both modes: the prompt, then keypad input until the timeout or a terminating key. */
type StoreInputSettings = MessageOptions &
  TextTypeHintOption & {
    /** Seconds to wait for the first digit, 1 to 179; after it, 5 s per digit (fixed). */
    readonly timeoutSeconds: number;
    /** Keys that end input early instead of `#`, up to five of `0-9 * #`. */
    readonly terminatingKeys?: string;
    /** Treat `*` as an ordinary key instead of clearing what was typed before it. */
    readonly disableCancelKey?: boolean;
  };

/** Encrypts the stored digits with a key registered with the instance (card numbers, PINs). */
export interface StoreInputEncryption {
  /** Id of the key registered with the instance. */
  readonly keyId: TextInput;
  /** The public key or X.509 certificate, PEM-encoded. */
  readonly key: TextInput;
}

/** "Custom": any digits, up to `maxDigits`; the only mode that can encrypt. */
export type CustomStoreInputOptions = StoreInputSettings & {
  /** Most digits accepted, 1 to 20. */
  readonly maxDigits: number;
  readonly encryption?: StoreInputEncryption;
  readonly phoneNumber?: never;
};

/** How a phone number is entered: in the country given, or with its country code (E.164). */
export type PhoneNumberFormat =
  | { readonly format: 'local'; /** ISO 3166 code, `US`. */ readonly countryCode: string }
  | { readonly format: 'international'; readonly countryCode?: never };

/** "Phone number": the digits are checked as a phone number; Invalid number when they are not. */
export type PhoneNumberStoreInputOptions = StoreInputSettings & {
  readonly phoneNumber: PhoneNumberFormat;
  readonly maxDigits?: never;
  readonly encryption?: never;
};

/** Options of {@link storeCustomerInput}: custom digits (`maxDigits`) or a `phoneNumber`. */
export type StoreCustomerInputOptions = CustomStoreInputOptions | PhoneNumberStoreInputOptions;

/**
 * Store customer input: plays a prompt and stores the digits entered, readable as `storedInput`.
 * A customer who enters nothing still takes Success, with the value `Timeout` stored.
 *
 * @example
 * ```ts
 * import { disconnect, storeCustomerInput } from '@contactflow/dsl';
 * const bye = disconnect();
 * storeCustomerInput({
 *   text: 'Please enter the number we should call you back on.',
 *   timeoutSeconds: 10,
 *   phoneNumber: { format: 'local', countryCode: 'US' },
 * })
 *   .then(bye)
 *   .onInvalidNumber(bye)
 *   .onError(bye);
 * ```
 */
export const storeCustomerInput = defineBlockBuilder(
  spec,
  (options: StoreCustomerInputOptions, context) => {
    const parameters: Record<string, ParameterTemplate[string]> = {
      ...encodeMessage(options, context),
      ...encodeTextTypeHint(options, context),
      InputTimeLimitSeconds: context.integer(options.timeoutSeconds, 'timeoutSeconds'),
    };
    if (options.terminatingKeys !== undefined || options.disableCancelKey !== undefined) {
      // Without the cancel key disabled, a * in the sequence would clear the input instead.
      if (options.terminatingKeys?.includes('*') === true && options.disableCancelKey !== true) {
        context.problem(
          'invalid-option',
          'terminatingKeys may contain * only with disableCancelKey: true.',
        );
      }
      parameters['DTMFConfiguration'] = {
        ...(options.terminatingKeys === undefined
          ? {}
          : { InputTerminationSequence: options.terminatingKeys }),
        ...(options.disableCancelKey === undefined
          ? {}
          : { DisableCancelKey: context.flag(options.disableCancelKey) }),
      };
    }
    if (options.phoneNumber !== undefined) {
      const phone = options.phoneNumber;
      if (options.maxDigits !== undefined || options.encryption !== undefined) {
        context.problem(
          'invalid-option',
          'maxDigits and encryption apply to custom input, not to a phoneNumber.',
        );
      }
      parameters['InputValidation'] = {
        PhoneNumberValidation:
          phone.format === 'local'
            ? { NumberFormat: 'Local', CountryCode: phone.countryCode }
            : { NumberFormat: 'E164' },
      };
      return { mode: 'phone-number', parameters };
    }
    parameters['InputValidation'] = {
      CustomValidation: { MaximumLength: context.integer(options.maxDigits, 'maxDigits') },
    };
    if (options.encryption !== undefined) {
      parameters['InputEncryption'] = {
        EncryptionKeyId: context.text(options.encryption.keyId, 'encryption.keyId'),
        Key: context.text(options.encryption.key, 'encryption.key'),
      };
    }
    return { mode: 'custom', parameters };
  },
);
