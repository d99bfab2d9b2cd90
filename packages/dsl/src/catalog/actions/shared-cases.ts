import type { ErrorBranchSpec } from '../action-spec.js';
import type { ChannelMatrix } from '../channels.js';
import { supportedOn } from '../channels.js';
import { flag, literal, map, text } from '../schema/builders.js';
import type { JsonSchema } from '../schema/json-schema.js';

/**
 * Fragments shared by the Amazon Connect Cases actions (CreateCase, GetCase, UpdateCase), which the
 * console's single "Cases" block writes in its three modes.
 */

/** `LinkContactToCase`: the Cases actions write their booleans in lower case. */
export const linkContactToCase: JsonSchema = flag(
  '"true" links the current contact to the case, so the agent application opens the case when the ' +
    'agent accepts the contact.',
  ['true', 'false'],
);

/**
 * `ContactToLink`: which contact the case is linked to. Not in the reference; a designer export
 * writes it beside LinkContactToCase with the value "Current".
 */
export const contactToLink: JsonSchema = literal(
  'Which contact to link when LinkContactToCase is "true"; console exports write "Current".',
  { minLength: 1 },
);

/**
 * A Cases field id: a system field id such as `title` or `customer_id`, or the UUID of a custom field.
 * Only non-empty is enforced; the valid ids depend on the Cases domain.
 */
export const caseFieldIdPattern = '^.+$';

/** `CaseRequestFields`: field id to value, values literal or embedding references. */
export const caseRequestFields: JsonSchema = map(
  'Case fields by field id (system ids like "title", or custom field UUIDs); values may embed ' +
    'references such as $.Customer.ProfileARN.',
  text('The field value.'),
  { keyPattern: caseFieldIdPattern },
);

/** The condition under which the Cases actions can take ContactNotLinked. */
export const linkingContact = { parameter: 'LinkContactToCase', equals: ['true'] } as const;

/** `ContactNotLinked`: present exactly when the action links the contact to the case. */
export const contactNotLinked: ErrorBranchSpec = {
  type: 'ContactNotLinked',
  description:
    'The case operation succeeded but the contact could not be linked to the case (partial success).',
  connect: 'conditional',
  when: linkingContact,
};

/** Cases run on every channel; the current English channel table lists email as supported. */
export const casesChannels: ChannelMatrix = supportedOn(['VOICE', 'CHAT', 'TASK', 'EMAIL']);

/** The guide's Cases block, the source of the branches and the linking rules. */
export const casesGuideLines = 'guide L28806-29046';
