import { pointerFrom } from '../json-pointer.js';
import { quoted } from '../values/describe-value.js';
import { containsPlaceholder, type PlaceholderSyntax } from '@contactflow/dsl/placeholders';
import { containsJsonPath } from '../values/embedded-paths.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** The Cases system field that names the customer of a case. */
const customerField = 'customer_id';

/** The full Customer Profiles profile ARN that Cases takes as the customer (guide L28963-28966). */
const profileArn =
  /^arn:aws[a-z-]*:profile:[a-z0-9-]+:[0-9]{12}:domains\/[^/\s]+\/profiles\/[^/\s]+$/u;

/**
 * Whether a customer value may be a profile ARN: one written out, one read from contact data
 * (except the profile id attribute, which is a common slip for the ARN), or one a template's deploy
 * tool fills in.
 */
function isProfileArn(value: string, placeholders: readonly PlaceholderSyntax[]): boolean {
  const trimmed = value.trim();
  if (trimmed === '$.Customer.ProfileId') return false;
  if (containsJsonPath(trimmed) || containsPlaceholder(trimmed, placeholders)) return true;
  return profileArn.test(trimmed);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const createCase = (fields: Record<string, string>) => ({
  Version: '2019-10-30',
  StartAction: 'case',
  Actions: [
    {
      Identifier: 'case',
      Type: 'CreateCase',
      Parameters: {
        LinkContactToCase: 'true',
        CaseTemplateId: '8a7b6c5d-1111-2222-3333-444455556666',
        CaseRequestFields: fields,
      },
      Transitions: {
        NextAction: 'bye',
        Errors: [
          { NextAction: 'bye', ErrorType: 'ContactNotLinked' },
          { NextAction: 'bye', ErrorType: 'NoMatchingError' },
        ],
      },
    },
    disconnectAction,
  ],
});

export const caseWithoutCustomer = defineRule({
  meta: {
    id: 'case-without-customer',
    category: 'values',
    severity: 'warning',
    description:
      'A Cases block creates a case with no customer (the customer_id field), or gives a customer that is not a full Customer Profiles profile ARN.',
    rationale:
      'A case is created only with a customer: the guide asks for one in every Create case configuration, usually the profile ARN of a preceding Customer profiles block ($.Customer.ProfileARN), and, when typed in, the full ARN arn:aws:profile:<Region>:<account>:domains/<domain>/profiles/<profile id> (Cases, L28953-28966; the customer_id field, L52495-52503); Get case searches by the same ARN (L29006). Without it the block takes its Error branch. Values read from contact data are only known on the call, except $.Customer.ProfileId, which holds the profile id, not the ARN.',
    examples: {
      bad: createCase({ title: 'Damaged delivery', customer_id: '$.Customer.ProfileId' }),
      good: createCase({ title: 'Damaged delivery', customer_id: '$.Customer.ProfileARN' }),
    },
  },
  check({ graph, placeholders, report }) {
    for (const action of graph.shape.actions) {
      const where = `"${action.id ?? action.index + 1}"`;
      let customer: unknown;
      let path: (string | number)[];
      if (action.type === 'GetCase') {
        customer = action.parameters['CustomerId'];
        path = ['CustomerId'];
      } else if (action.type === 'CreateCase') {
        const fields = action.parameters['CaseRequestFields'];
        // A map of another shape is reported by the schema check.
        if (fields !== undefined && !isRecord(fields)) continue;
        customer = fields?.[customerField];
        path = ['CaseRequestFields', customerField];
        if (customer === undefined) {
          report({
            message: `${where} creates a case without a customer: CaseRequestFields has no ${customerField}.`,
            pointer: `${action.pointer}/Parameters${fields === undefined ? '' : '/CaseRequestFields'}`,
            actionId: action.id,
            hint: `Add "${customerField}": "$.Customer.ProfileARN", after a Customer profiles block that finds or creates the profile.`,
          });
          continue;
        }
      } else {
        continue;
      }
      // A missing CustomerId of Get case, or one of another type, is reported by the schema check.
      if (typeof customer !== 'string' || isProfileArn(customer, placeholders)) continue;
      report({
        message: `${where} gives the customer as ${quoted(customer, 80)}, which is not a profile ARN; Cases needs the full Customer Profiles profile ARN.`,
        pointer: pointerFrom(['Actions', action.index, 'Parameters', ...path]),
        actionId: action.id,
        hint: 'Use $.Customer.ProfileARN, or write arn:aws:profile:<Region>:<account>:domains/<domain>/profiles/<profile id>.',
      });
    }
  },
});
