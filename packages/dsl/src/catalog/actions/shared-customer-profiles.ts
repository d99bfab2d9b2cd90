import type { ChannelMatrix } from '../channels.js';
import { supportedOn } from '../channels.js';
import { array, dynamic, literal, object } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

/*
 * Shapes shared by the six Customer Profiles actions (the console's "Customer profiles" block).
 * The action pages write ProfileResponseData as a brace-wrapped list of names; console exports
 * encode it as a JSON array of field-name strings, which is what these schemas accept.
 */

/** Guide line range of the Customer profiles block. */
export const customerProfilesGuide = 'guide L29888-30168';

/** Current English page of the block (adds the email channel the Korean guide predates). */
export const customerProfilesBlockPage =
  'https://docs.aws.amazon.com/connect/latest/adminguide/customer-profiles-block.html';

/** The Customer profiles block works on every channel, email included (current block page). */
export const customerProfilesChannels: ChannelMatrix = supportedOn([
  'VOICE',
  'CHAT',
  'TASK',
  'EMAIL',
]);

const personFields = [
  'FirstName',
  'MiddleName',
  'LastName',
  'PhoneNumber',
  'EmailAddress',
  'AccountNumber',
  'AdditionalInformation',
  'PartyType',
  'BusinessName',
  'BirthDate',
  'Gender',
  'MobilePhoneNumber',
  'HomePhoneNumber',
  'BusinessPhoneNumber',
  'BusinessEmailAddress',
] as const;

const addressParts = [
  'Address1',
  'Address2',
  'Address3',
  'Address4',
  'City',
  'County',
  'Country',
  'PostalCode',
  'Province',
  'State',
] as const;

/** The standard profile fields a flow can write or read, without the `Attributes.<key>` entries. */
export const standardProfileFields: readonly string[] = [
  ...personFields,
  ...addressParts,
  ...['Shipping', 'Mailing', 'Billing'].flatMap((prefix) =>
    addressParts.map((part) => `${prefix}${part}`),
  ),
];

/** A custom profile attribute, written `Attributes.<key>` as the action pages do. */
const profileAttributeSource = String.raw`Attributes\..+`;

const profileFieldPattern = `^(?:${standardProfileFields.join('|')}|${profileAttributeSource})$`;

/** A value written to a profile: literal or one attribute; the block rejects values over 255 characters. */
function profileValue(description: string): JsonSchema {
  return dynamic(description, { minLength: 1, maxLength: 255 });
}

/**
 * The profile fields written by CreateCustomerProfile and UpdateCustomerProfile: the standard
 * fields, plus custom attributes as flat `Attributes.<key>` names.
 */
export const profileRequestFields: JsonSchema = {
  ...object(
    'Profile fields to write; each value literal or one attribute, at most 255 characters.',
    {
      ...Object.fromEntries(
        standardProfileFields.map((name) => [name, profileValue(`The profile's ${name}.`)]),
      ),
      PartyType: dynamic('Kind of party: INDIVIDUAL, BUSINESS or OTHER.', {
        pattern: '^(?:INDIVIDUAL|BUSINESS|OTHER)$',
      }),
    },
    { additionalProperties: profileValue('A custom profile attribute (Attributes.<key>).') },
  ),
  // Only Attributes.<key> may appear beyond the standard names; anything else is unknown.
  propertyNames: { type: 'string', pattern: profileFieldPattern },
};

/** Builds the list of response fields an action copies into `$.Customer.*`. */
export function responseFields(description: string, pattern: string, hint: string): JsonSchema {
  return {
    ...array(description, literal(hint, { pattern })),
    uniqueItems: true,
  };
}

/** Response fields of the actions that return a profile (Get, Create, Update). */
export const profileResponseFields: JsonSchema = responseFields(
  'Profile fields to copy into $.Customer.<field> for later blocks.',
  profileFieldPattern,
  'A standard profile field name, or Attributes.<key>.',
);

/** Response fields of GetCustomerProfileObject: Asset*, Order*, Case* fields and object attributes. */
export const profileObjectResponseFields: JsonSchema = responseFields(
  'Object fields to copy into $.Customer.Asset.*, $.Customer.Order.* or $.Customer.Case.*.',
  String.raw`^(?:(?:Asset|Order|Case)[A-Z][A-Za-z0-9]*|(?:Asset|Order|Case|Object)Attributes\..+)$`,
  'A field such as AssetStatus or OrderOrderId, or AssetAttributes.<key> / ObjectAttributes.<key>.',
);

/** Response fields of GetCalculatedAttributesForCustomerProfile. */
export const calculatedAttributeResponseFields: JsonSchema = responseFields(
  'Calculated attributes to copy into $.Customer.CalculatedAttributes.<name>.',
  String.raw`^CalculatedAttributes\..+$`,
  'CalculatedAttributes.<name>, e.g. CalculatedAttributes._average_hold_time.',
);

/**
 * AssociateContactToCustomerProfile returns nothing: its page shows an empty response object, and
 * the other actions' exports use an empty list for "no fields", so both empty forms pass.
 */
export const emptyResponseFields: JsonSchema = {
  description: 'Nothing is returned; leave out, or write an empty list or object.',
  anyOf: [array('No fields.', literal('Unused.'), { maxItems: 0 }), object('No fields.', {})],
};

/** The profile an action works on, usually `$.Customer.ProfileId` from an earlier Get profile. */
export const profileId: JsonSchema = dynamic(
  'Profile id, literal or one attribute such as $.Customer.ProfileId.',
  { minLength: 1 },
);
