import { defineSchemaRule } from '../schema-rule.js';
import { disconnectAction } from '../rule-examples.js';

export const invalidDocument = defineSchemaRule({
  id: 'invalid-document',
  category: 'structure',
  severity: 'error',
  description:
    'The document does not have the frame of a Flow-language document: Version, StartAction, Actions and the keys of each action.',
  rationale:
    'Amazon Connect reads only documents of the 2019-10-30 Flow language: an object with Version, StartAction and Actions (and optionally Metadata and Settings), whose actions each have an Identifier, a Type, Parameters and Transitions and nothing else. Anything else is refused with InvalidContactFlowException, usually without saying where.',
  examples: {
    bad: {
      Version: '2019-10-30',
      StartAction: 'bye',
      Actions: [{ ...disconnectAction, Comment: 'Hang up' }],
    },
    good: { Version: '2019-10-30', StartAction: 'bye', Actions: [disconnectAction] },
  },
});
