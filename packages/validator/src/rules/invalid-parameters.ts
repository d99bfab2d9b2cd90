import { defineSchemaRule } from '../schema-rule.js';
import { disconnectAction } from '../rule-examples.js';

const lookup = (timeout: string) => ({
  Identifier: 'lookup',
  Type: 'InvokeLambdaFunction',
  Parameters: {
    LambdaFunctionARN: 'arn:aws:lambda:us-east-1:123456789012:function:lookup',
    InvocationTimeLimitSeconds: timeout,
  },
  Transitions: {
    NextAction: 'bye',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
});

export const invalidParameters = defineSchemaRule({
  id: 'invalid-parameters',
  category: 'structure',
  severity: 'error',
  checksValueFormat: true,
  description:
    "An action's Parameters do not match the schema of its type: a missing or unknown parameter, a wrong type, a value out of range.",
  rationale:
    'Every action type has a fixed set of parameters with their own forms and ranges (a Get customer input timeout of 1 to 179 seconds, a Lambda timeout of 1 to 8, numbers written as strings, booleans as "True" or "False"). Amazon Connect refuses a flow whose parameters break them, or, for some ranges, the contact fails on the call. The schemas are in the catalog (docs/catalog.md).',
  examples: {
    bad: {
      Version: '2019-10-30',
      StartAction: 'lookup',
      Actions: [lookup('30'), disconnectAction],
    },
    good: {
      Version: '2019-10-30',
      StartAction: 'lookup',
      Actions: [lookup('8'), disconnectAction],
    },
  },
});
