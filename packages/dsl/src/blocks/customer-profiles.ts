import { customerProfiles as spec } from '../catalog/blocks/customer-profiles.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { BuildContext } from '../builder/build-context.js';
import type { ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';
import type { DynamicValue } from '../values/dynamic-value.js';
import { system } from '../values/system.js';

/** A search key of the profile domain: a standard key, or a custom key the domain defines. */
export type ProfileIdentifierName =
  '_phone' | '_email' | '_account' | '_profileId' | (string & Record<never, never>);

/** One search identifier: the key and the value to look for (at most 255 characters). */
export interface ProfileIdentifier {
  readonly name: ProfileIdentifierName;
  readonly value: ValueInput;
}

/**
 * Profile fields to write, by standard field name (`FirstName`, `PhoneNumber`, `MailingCity`, ...).
 * Each value is a literal or one dynamic value, at most 255 characters.
 */
export type ProfileFields = Readonly<Record<string, ValueInput>>;

interface ReturnsProfileFields {
  /**
   * Profile fields copied into `$.Customer.<field>` (`customerProfile(...)`) for later blocks;
   * custom attributes as `Attributes.<key>`.
   */
  readonly returnFields?: readonly string[];
}

/** Get profile: finds exactly one profile by one identifier. */
export interface GetProfileByIdentifierOptions extends ReturnsProfileFields {
  readonly action: 'get';
  readonly identifier: ProfileIdentifier;
  readonly identifiers?: never;
  readonly match?: never;
}

/** Get profile: finds exactly one profile by up to five identifiers, all or any of them. */
export interface GetProfileByIdentifiersOptions extends ReturnsProfileFields {
  readonly action: 'get';
  /** One to five identifiers. */
  readonly identifiers: readonly ProfileIdentifier[];
  /** `all` joins the identifiers with AND, `any` with OR. */
  readonly match: 'all' | 'any';
  readonly identifier?: never;
}

/** Create profile, or update the profile found or created earlier in the flow. */
export interface WriteProfileOptions extends ReturnsProfileFields {
  readonly action: 'create' | 'update';
  /** Standard profile fields to write. */
  readonly fields?: ProfileFields;
  /** Custom profile attributes to write, by key (written as `Attributes.<key>`). */
  readonly attributes?: ProfileFields;
}

/** How Get profile object picks the object: the latest of its type, or one found by identifier. */
export type ProfileObjectSelector =
  | { readonly latest: true; readonly identifier?: never }
  | { readonly identifier: ProfileIdentifier; readonly latest?: never };

/** Get profile object: reads one object (asset, order, case or custom type) of a profile. */
export type GetProfileObjectOptions = ProfileObjectSelector & {
  readonly action: 'getObject';
  /** The profile, usually `customerProfile('ProfileId')` from an earlier Get profile. */
  readonly profileId: ValueInput;
  /** `_asset`, `_order`, `_case` or a custom object type of the domain. */
  readonly objectType:
    '_asset' | '_order' | '_case' | (string & Record<never, never>) | DynamicValue;
  /**
   * Object fields copied into `$.Customer.Asset.*`, `$.Customer.Order.*` or `$.Customer.Case.*`
   * (`AssetStatus`, `OrderOrderId`, `AssetAttributes.<key>`, ...).
   */
  readonly returnFields?: readonly string[];
};

/** Get calculated attributes: reads calculated attributes of a profile. */
export interface GetCalculatedAttributesOptions {
  readonly action: 'getCalculatedAttributes';
  readonly profileId: ValueInput;
  /**
   * Calculated attribute names (`_average_hold_time`, `_frequent_caller`, ...), copied into
   * `$.Customer.CalculatedAttributes.<name>`.
   */
  readonly attributes: readonly string[];
}

/** Associate contact to profile. */
export interface AssociateContactOptions {
  readonly action: 'associateContact';
  readonly profileId: ValueInput;
  /** The contact to link; the current contact (`$.ContactId`) when omitted. */
  readonly contactId?: ValueInput;
}

/** Options of {@link manageCustomerProfile}: one of the six actions of the Customer profiles block. */
export type ManageCustomerProfileOptions =
  | GetProfileByIdentifierOptions
  | GetProfileByIdentifiersOptions
  | WriteProfileOptions
  | GetProfileObjectOptions
  | GetCalculatedAttributesOptions
  | AssociateContactOptions;

const calculatedPrefix = 'CalculatedAttributes.';

function identifierPair(identifier: ProfileIdentifier, context: BuildContext, option: string) {
  return {
    IdentifierName: context.value(identifier.name, `${option}.name`),
    IdentifierValue: context.value(identifier.value, `${option}.value`),
  };
}

function values(fields: ProfileFields, context: BuildContext, option: string, prefix = '') {
  return Object.entries(fields).map(([name, v]) => [
    `${prefix}${name}`,
    context.value(v, `${option}.${name}`),
  ]);
}

/**
 * Customer profiles: finds, creates or updates a Customer Profile, reads its objects or calculated
 * attributes, or links the contact to it. Fields read land in `$.Customer` (`customerProfile(...)`).
 *
 * @example
 * ```ts
 * import { customerProfile, disconnect, manageCustomerProfile, system } from '@contactflow/dsl';
 * const bye = disconnect();
 * const create = manageCustomerProfile({
 *   action: 'create',
 *   fields: { PhoneNumber: system.customerNumber },
 * })
 *   .then(bye)
 *   .onError(bye);
 * manageCustomerProfile({
 *   action: 'get',
 *   identifier: { name: '_phone', value: system.customerNumber },
 *   returnFields: ['FirstName', 'LastName'],
 * })
 *   .then(bye)
 *   .onMultipleFound(bye)
 *   .onNotFound(create)
 *   .onError(bye);
 * ```
 */
export const manageCustomerProfile = defineBlockBuilder(
  spec,
  (options: ManageCustomerProfileOptions, context) => {
    const parameters: Record<string, ParameterTemplate[string]> = {};
    switch (options.action) {
      case 'get': {
        if (options.identifiers !== undefined) {
          const count = options.identifiers.length;
          if (count < 1 || count > 5) {
            context.problem(
              'invalid-option',
              `Get profile searches on one to five identifiers, not ${count}.`,
            );
          }
          parameters['ProfileRequestData'] = {
            SearchCriteria: options.identifiers.map((identifier, i) =>
              identifierPair(identifier, context, `identifiers[${i}]`),
            ),
            LogicalOperator: options.match === 'any' ? 'OR' : 'AND',
          };
        } else {
          parameters['ProfileRequestData'] = identifierPair(
            options.identifier,
            context,
            'identifier',
          );
        }
        if (options.returnFields !== undefined)
          parameters['ProfileResponseData'] = [...options.returnFields];
        return { mode: 'get', parameters };
      }
      case 'create':
      case 'update': {
        parameters['ProfileRequestData'] = Object.fromEntries([
          ...values(options.fields ?? {}, context, 'fields'),
          ...values(options.attributes ?? {}, context, 'attributes', 'Attributes.'),
        ]);
        // Console exports write an empty list when no field is read back.
        parameters['ProfileResponseData'] = [...(options.returnFields ?? [])];
        return { mode: options.action, parameters };
      }
      case 'getObject': {
        const request: Record<string, ParameterTemplate[string]> = {
          ProfileId: context.value(options.profileId, 'profileId'),
          ObjectType: context.value(options.objectType, 'objectType'),
        };
        if (options.identifier !== undefined) {
          Object.assign(request, identifierPair(options.identifier, context, 'identifier'));
        } else if (options.latest === true) {
          // The object actions write their booleans in lower case.
          request['UseLatest'] = 'true';
        } else {
          context.problem(
            'invalid-option',
            'Get profile object needs latest: true or an identifier.',
          );
        }
        parameters['ProfileRequestData'] = request;
        if (options.returnFields !== undefined)
          parameters['ProfileResponseData'] = [...options.returnFields];
        return { mode: 'get-object', parameters };
      }
      case 'getCalculatedAttributes': {
        parameters['ProfileRequestData'] = {
          ProfileId: context.value(options.profileId, 'profileId'),
        };
        parameters['ProfileResponseData'] = options.attributes.map((name) =>
          name.startsWith(calculatedPrefix) ? name : `${calculatedPrefix}${name}`,
        );
        return { mode: 'get-calculated-attributes', parameters };
      }
      case 'associateContact': {
        parameters['ProfileRequestData'] = {
          ProfileId: context.value(options.profileId, 'profileId'),
          ContactId: context.value(options.contactId ?? system.contactId, 'contactId'),
        };
        return { mode: 'associate-contact', parameters };
      }
      default: {
        const action: unknown = (options as { action?: unknown }).action;
        context.problem(
          'invalid-option',
          `action takes 'get', 'create', 'update', 'getObject', 'getCalculatedAttributes' or ` +
            `'associateContact', not ${JSON.stringify(action) ?? String(action)}.`,
        );
        return { parameters };
      }
    }
  },
);
