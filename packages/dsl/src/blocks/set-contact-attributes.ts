import { setContactAttributes as spec } from '../catalog/blocks/set-contact-attributes.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { BuildContext } from '../builder/build-context.js';
import type { TextInput, ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

/**
 * Attribute name to value. Values are text and may embed dynamic values
 * (`` text`${customerProfile('FirstName')} ${customerProfile('LastName')}` ``). Names must not
 * contain `$` or `.`; on the current or related contact a name may instead be one whole JSONPath
 * (`[lambdaResult('key').path]: ...`), which sets the attribute that path names.
 */
export type AttributeValues = Readonly<Record<string, TextInput>>;

/** User-defined attributes of the contact, read later with `attribute(name)`. */
export interface ContactAttributesOptions {
  /**
   * `current` (the default) or `related`, the contact created as related to this one, written as
   * `TargetContact`. `null` writes no `TargetContact`, as flows saved before the console had the
   * setting; the service then sets the attributes on the current contact.
   */
  readonly target?: 'current' | 'related' | null;
  /** The attributes to set, all or none. An empty value clears an attribute. */
  readonly attributes: AttributeValues;
  readonly customerId?: never;
}

/** Flow attributes, visible only in this flow and read later with `flowAttribute(name)`. */
export interface FlowAttributesOptions {
  readonly target: 'flow';
  /** The attributes to set, all or none; values must not be empty. */
  readonly attributes: AttributeValues;
  readonly customerId?: never;
}

/**
 * The system Customer ID of the contact. The console stores it as its own action after the
 * attributes; here it is a block of its own, chained after one that sets attributes if both are
 * needed.
 */
export interface CustomerIdOptions {
  /** `current` (the default) or `related`. */
  readonly target?: 'current' | 'related';
  /** An id from your CRM or a profile, e.g. `customerProfile('ProfileId')`. */
  readonly customerId: ValueInput;
  readonly attributes?: never;
}

/**
 * Options of {@link setContactAttributes}: contact attributes, flow attributes (`target: 'flow'`)
 * or the Customer ID.
 */
export type SetContactAttributesOptions =
  ContactAttributesOptions | FlowAttributesOptions | CustomerIdOptions;

/**
 * Set contact attributes: stores key-value pairs on the current or a related contact, or as flow
 * attributes local to this flow; or sets the contact's Customer ID.
 *
 * @example
 * ```ts
 * import { disconnect, lambdaResult, setContactAttributes, system } from '@contactflow/dsl';
 * const bye = disconnect();
 * const remember = setContactAttributes({
 *   target: 'flow',
 *   attributes: { caller: system.customerNumber },
 * })
 *   .then(bye)
 *   .onError(bye);
 * setContactAttributes({ attributes: { tier: lambdaResult('tier'), source: 'ivr' } })
 *   .then(remember)
 *   .onError(bye);
 * ```
 */
export const setContactAttributes = defineBlockBuilder(
  spec,
  (options: SetContactAttributesOptions, context) => {
    // `??` would turn the null target, which writes no TargetContact, into 'current'.
    const target = options.target === undefined ? 'current' : options.target;
    if (options.customerId !== undefined) {
      if (target === 'flow' || options.attributes !== undefined) {
        context.problem(
          'invalid-option',
          'customerId is set on its own block: give no attributes and no flow target with it.',
        );
      }
      const parameters: Record<string, ParameterTemplate[string]> = {
        CustomerId: context.value(options.customerId, 'customerId'),
      };
      if (target === 'related') parameters['TargetContact'] = 'Related';
      return { mode: 'customer-id', parameters };
    }
    const attributes = encodeAttributes(options.attributes, context);
    if (target === 'flow') {
      return {
        mode: 'flow',
        parameters: {
          FlowAttributes: Object.fromEntries(
            Object.entries(attributes).map(([name, value]) => {
              if (value === '') {
                context.problem('invalid-option', `Flow attribute ${name} must not be empty.`);
              }
              return [name, { Value: value }];
            }),
          ),
        },
      };
    }
    return {
      mode: 'contact',
      parameters: {
        Attributes: attributes,
        TargetContact: target === null ? undefined : target === 'related' ? 'Related' : 'Current',
      },
    };
  },
);

function encodeAttributes(attributes: unknown, context: BuildContext): ParameterTemplate {
  if (
    typeof attributes !== 'object' ||
    attributes === null ||
    Object.keys(attributes).length === 0
  ) {
    context.problem('invalid-option', 'Give at least one attribute to set.');
    return {};
  }
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [
      name,
      context.text(value, `attributes.${name}`),
    ]),
  );
}
