import { DynamicValue, pathSegment } from './dynamic-value.js';

/**
 * A user-defined contact attribute, `$.Attributes.<name>`: set by Set contact attributes or by the
 * API, kept with the contact across flows and in its contact record.
 *
 * @example
 * ```ts
 * import { attribute } from '@contactflow/dsl';
 * attribute('account tier').path; // "$.Attributes['account tier']"
 * ```
 */
export function attribute(name: string): DynamicValue<'text'> {
  return new DynamicValue(`$.Attributes${pathSegment(name)}`);
}

/**
 * A flow attribute, `$.FlowAttributes.<name>`: like a contact attribute but visible only in the
 * flow that set it, and not kept in the contact record.
 *
 * @example
 * ```ts
 * import { flowAttribute } from '@contactflow/dsl';
 * flowAttribute('retries').path; // '$.FlowAttributes.retries'
 * ```
 */
export function flowAttribute(name: string): DynamicValue<'text'> {
  return new DynamicValue(`$.FlowAttributes${pathSegment(name)}`);
}

/**
 * A key of the last Lambda function's response, `$.External.<key>`. Each invocation replaces the
 * previous one's results.
 *
 * @example
 * ```ts
 * import { lambdaResult } from '@contactflow/dsl';
 * lambdaResult('isHoliday').path; // '$.External.isHoliday'
 * ```
 */
export function lambdaResult(key: string): DynamicValue<'text'> {
  return new DynamicValue(`$.External${pathSegment(key)}`);
}

/**
 * What Store customer input collected, `$.StoredCustomerInput`.
 *
 * @example
 * ```ts
 * import { storedInput } from '@contactflow/dsl';
 * storedInput.path; // '$.StoredCustomerInput'
 * ```
 */
export const storedInput: DynamicValue<'text'> = new DynamicValue('$.StoredCustomerInput');

/**
 * A field of the customer profile read by a Customer profiles block, `$.Customer.<field>`.
 *
 * @example
 * ```ts
 * import { customerProfile } from '@contactflow/dsl';
 * customerProfile('FirstName').path; // '$.Customer.FirstName'
 * ```
 */
export function customerProfile(field: string): DynamicValue<'text'> {
  return new DynamicValue(`$.Customer${pathSegment(field)}`);
}

/**
 * A field of the case read by a Cases block, `$.Case.<field>`.
 *
 * @example
 * ```ts
 * import { caseField } from '@contactflow/dsl';
 * caseField('status').path; // '$.Case.status'
 * ```
 */
export function caseField(field: string): DynamicValue<'text'> {
  return new DynamicValue(`$.Case${pathSegment(field)}`);
}

/**
 * A field an agent submitted in a Show view block, `$.Views.ViewResultData.<field>`.
 *
 * @example
 * ```ts
 * import { viewResult } from '@contactflow/dsl';
 * viewResult('orderId').path; // '$.Views.ViewResultData.orderId'
 * ```
 */
export function viewResult(field: string): DynamicValue<'text'> {
  return new DynamicValue(`$.Views.ViewResultData${pathSegment(field)}`);
}

/**
 * A SIP header of the call, `$.Media.Sip.Headers.<name>`.
 *
 * @example
 * ```ts
 * import { sipHeader } from '@contactflow/dsl';
 * sipHeader('X-Account').path; // "$.Media.Sip.Headers['X-Account']"
 * ```
 */
export function sipHeader(name: string): DynamicValue<'text'> {
  return new DynamicValue(`$.Media.Sip.Headers${pathSegment(name)}`);
}
