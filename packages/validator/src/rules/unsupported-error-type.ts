import { defineSchemaRule } from '../schema-rule.js';
import { disconnectAction } from '../rule-examples.js';

const greet = (errorType: string) => ({
  Identifier: 'greet',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Hello.' },
  Transitions: { NextAction: 'bye', Errors: [{ NextAction: 'bye', ErrorType: errorType }] },
});

export const unsupportedErrorType = defineSchemaRule(
  {
    id: 'unsupported-error-type',
    category: 'structure',
    severity: 'error',
    description: 'An error branch names an ErrorType the action does not have.',
    rationale:
      'Each action type has its own error types (Play prompt only NoMatchingError, Get customer input also InputTimeLimitExceeded, Transfer to queue also QueueAtCapacity). An error branch of another type is never taken, and the service refuses the flow; it is often copied from another block.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'greet',
        Actions: [greet('InputTimeLimitExceeded'), disconnectAction],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'greet',
        Actions: [greet('NoMatchingError'), disconnectAction],
      },
    },
  },
  () => "Remove the entry, or use one of the action's error types (docs/catalog.md).",
);
