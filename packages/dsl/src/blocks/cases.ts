import { cases as spec } from '../catalog/blocks/cases.js';
import { defineBlockBuilder } from '../builder/define-block-builder.js';
import type { BuildContext } from '../builder/build-context.js';
import type { TextInput, ValueInput } from '../builder/inputs.js';
import type { ParameterTemplate } from '../builder/parameter-template.js';

/**
 * Case fields by field id: system ids such as `title`, `status` or `customer_id`, or the UUID of a
 * custom field. Values may embed dynamic values.
 */
export type CaseFields = Readonly<Record<string, TextInput>>;

interface CaseLinking {
  /**
   * Links the contact to the case, so the agent application opens the case when the agent accepts
   * the contact. When `true`, connect `.onContactNotLinked(...)`: the case operation can succeed while
   * the link fails.
   */
  readonly linkContact: boolean;
}

/** Get case: finds one case of a customer and keeps chosen fields in `$.Case` (`caseField(...)`). */
export interface GetCaseOptions extends CaseLinking {
  readonly action: 'get';
  /**
   * The customer whose cases are searched: the Customer Profiles profile ARN, usually
   * `customerProfile('ProfileARN')` after a Customer profiles block.
   */
  readonly customerId: ValueInput;
  /** Search criteria by field id (text fields match by containment, numbers and booleans exactly). */
  readonly searchFields?: CaseFields;
  /** Takes only the most recently updated match instead of failing with Multiple found. */
  readonly lastUpdatedOnly?: boolean;
  /** Field ids copied into `$.Case.<field id>` for later blocks. */
  readonly returnFields?: readonly string[];
}

/** Update case: changes fields of the case with the given id. */
export interface UpdateCaseOptions extends CaseLinking {
  readonly action: 'update';
  /** The case id, usually `caseField('case_id')` from an earlier Get case. */
  readonly caseId: ValueInput;
  /** The fields to change; at least one. */
  readonly fields: CaseFields;
}

/** Create case: creates a case from a case template; its id is then `caseField('case_id')`. */
export interface CreateCaseOptions extends CaseLinking {
  readonly action: 'create';
  /**
   * The case template id, or a dynamic value holding it. Case templates are not an environment
   * resource kind, so the id is given as is.
   */
  readonly template: ValueInput;
  /**
   * Field values of the new case. The template's required fields and the customer (`customer_id`,
   * a profile ARN) must be among them.
   */
  readonly fields?: CaseFields;
}

/** Options of {@link manageCase}: one of the three actions of the Cases block. */
export type ManageCaseOptions = GetCaseOptions | UpdateCaseOptions | CreateCaseOptions;

// The Cases actions write their booleans in lower case, unlike most actions.
function lowerFlag(value: boolean): string {
  return value ? 'true' : 'false';
}

function encodeFields(
  fields: CaseFields,
  context: BuildContext,
  option: string,
): ParameterTemplate {
  return Object.fromEntries(
    Object.entries(fields).map(([id, v]) => [id, context.text(v, `${option}.${id}`)]),
  );
}

/**
 * Cases: gets, updates or creates an Amazon Connect case, optionally linking the contact to it.
 *
 * @example
 * ```ts
 * import { caseField, customerProfile, disconnect, manageCase } from '@contactflow/dsl';
 * const bye = disconnect();
 * const close = manageCase({
 *   action: 'update',
 *   linkContact: false,
 *   caseId: caseField('case_id'),
 *   fields: { status: 'closed' },
 * })
 *   .then(bye)
 *   .onError(bye);
 * manageCase({
 *   action: 'get',
 *   linkContact: false,
 *   customerId: customerProfile('ProfileARN'),
 *   searchFields: { status: 'open' },
 *   lastUpdatedOnly: true,
 *   returnFields: ['case_id', 'title'],
 * })
 *   .then(close)
 *   .onMultipleFound(bye)
 *   .onNotFound(bye)
 *   .onError(bye);
 * ```
 */
export const manageCase = defineBlockBuilder(spec, (options: ManageCaseOptions, context) => {
  const parameters: Record<string, ParameterTemplate[string]> = {
    LinkContactToCase: lowerFlag(options.linkContact === true),
  };
  switch (options.action) {
    case 'get': {
      parameters['CustomerId'] = context.value(options.customerId, 'customerId');
      if (options.lastUpdatedOnly !== undefined) {
        parameters['GetLastUpdatedCase'] = lowerFlag(options.lastUpdatedOnly);
      }
      if (options.searchFields !== undefined) {
        parameters['CaseRequestFields'] = encodeFields(
          options.searchFields,
          context,
          'searchFields',
        );
      }
      if (options.returnFields !== undefined)
        parameters['CaseResponseFields'] = [...options.returnFields];
      return { mode: 'get', parameters };
    }
    case 'update': {
      parameters['CaseId'] = context.value(options.caseId, 'caseId');
      if (Object.keys(options.fields).length === 0) {
        // The guide sends an update without fields to Error every time (L28925-28927).
        context.problem('invalid-option', 'Update case needs at least one field in fields.');
      }
      parameters['CaseRequestFields'] = encodeFields(options.fields, context, 'fields');
      return { mode: 'update', parameters };
    }
    case 'create': {
      parameters['CaseTemplateId'] = context.value(options.template, 'template');
      if (options.fields !== undefined) {
        parameters['CaseRequestFields'] = encodeFields(options.fields, context, 'fields');
      }
      return { mode: 'create', parameters };
    }
    default: {
      const action: unknown = (options as { action?: unknown }).action;
      context.problem(
        'invalid-option',
        `action takes 'get', 'update' or 'create', not ${JSON.stringify(action) ?? String(action)}.`,
      );
      return { parameters };
    }
  }
});
