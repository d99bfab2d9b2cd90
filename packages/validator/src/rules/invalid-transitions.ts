import { defineSchemaRule } from '../schema-rule.js';
import { disconnectAction } from '../rule-examples.js';

const greet = (error: object) => ({
  Identifier: 'greet',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Hello.' },
  Transitions: { NextAction: 'bye', Errors: [error] },
});

export const invalidTransitions = defineSchemaRule({
  id: 'invalid-transitions',
  category: 'structure',
  severity: 'error',
  description:
    "An action's Transitions do not have the form the Flow language expects: an error or condition entry without its target or operands, an unknown key, a list that is not a list.",
  rationale:
    'Transitions have a fixed form: NextAction, a list of Errors each with ErrorType and NextAction, and a list of Conditions each with a Condition and NextAction. Any other form is refused on publishing.',
  examples: {
    bad: {
      Version: '2019-10-30',
      StartAction: 'greet',
      Actions: [greet({ ErrorType: 'NoMatchingError' }), disconnectAction],
    },
    good: {
      Version: '2019-10-30',
      StartAction: 'greet',
      Actions: [greet({ ErrorType: 'NoMatchingError', NextAction: 'bye' }), disconnectAction],
    },
  },
});
