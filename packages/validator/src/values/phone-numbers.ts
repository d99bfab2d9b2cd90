import { createRequire } from 'node:module';
import type { CountryCode } from 'libphonenumber-js/max';

type PhoneNumberLibrary = typeof import('libphonenumber-js/max');

let library: PhoneNumberLibrary | undefined;

// The full numbering-plan metadata takes longer to load than the rest of a one-file lint, and
// most flows dial no literal number: it is loaded (synchronously, as the rules run) when one does.
function phoneNumberLibrary(): PhoneNumberLibrary {
  library ??= createRequire(import.meta.url)('libphonenumber-js/max') as PhoneNumberLibrary;
  return library;
}

/**
 * The parameters that hold a phone number the service dials or shows, by action type, as paths
 * under `Parameters`. A callback's caller ID may also name a claimed number by id or ARN, which the
 * catalog leaves open. Customer Profiles phone fields are left out: profiles store any text there.
 */
export const phoneNumberParameters: Readonly<Record<string, readonly (readonly string[])[]>> = {
  TransferParticipantToThirdParty: [['ThirdPartyPhoneNumber'], ['CallerId', 'Number']],
  CompleteOutboundCall: [['CallerId', 'Number']],
  CreateCallbackContact: [['CallerId']],
  StartOutboundChatContact: [['DestinationEndpoint', 'Address']],
};

/** What is wrong with a literal phone number, or `undefined` when it is a valid one. */
export type PhoneNumberProblem =
  | { readonly kind: 'not-e164' }
  | { readonly kind: 'unknown-country-code' }
  | {
      readonly kind: 'wrong-length';
      /** Too few digits, too many, or a count between two the plan uses. */
      readonly length: 'short' | 'long' | 'between';
      readonly code: string | undefined;
    }
  | {
      /** The national trunk prefix (the 0 of 020 ...) kept after the country code. */
      readonly kind: 'trunk-prefix';
      readonly code: string;
      readonly prefix: string;
    }
  | {
      readonly kind: 'not-in-use';
      readonly code: string;
      readonly country: CountryCode | undefined;
    };

const e164 = /^\+[1-9][0-9]{1,14}$/;

/**
 * Checks a literal number against E.164 and the numbering plan of its country, with
 * libphonenumber's full metadata (number ranges per type and region, not only lengths).
 */
export function phoneNumberProblem(value: string): PhoneNumberProblem | undefined {
  if (!e164.test(value)) return { kind: 'not-e164' };
  const { parsePhoneNumberFromString, validatePhoneNumberLength } = phoneNumberLibrary();
  const length = validatePhoneNumberLength(value);
  if (length === 'INVALID_COUNTRY') return { kind: 'unknown-country-code' };
  const parsed = parsePhoneNumberFromString(value);
  if (length !== undefined) {
    return {
      kind: 'wrong-length',
      length: length === 'TOO_LONG' ? 'long' : length === 'INVALID_LENGTH' ? 'between' : 'short',
      code: parsed?.countryCallingCode,
    };
  }
  if (parsed === undefined) return { kind: 'wrong-length', length: 'short', code: undefined };
  // libphonenumber drops a national prefix written after the country code and reads the rest,
  // but E.164 has none: the dialled digits are then not those of the number.
  const written = value.slice(1 + parsed.countryCallingCode.length);
  if (written !== parsed.nationalNumber && written.endsWith(parsed.nationalNumber)) {
    const prefix = written.slice(0, written.length - parsed.nationalNumber.length);
    return { kind: 'trunk-prefix', code: parsed.countryCallingCode, prefix };
  }
  if (parsed.isValid()) return undefined;
  return { kind: 'not-in-use', code: parsed.countryCallingCode, country: parsed.country };
}
