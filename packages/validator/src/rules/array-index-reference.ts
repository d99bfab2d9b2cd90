import { parameterName } from '../values/describe-value.js';
import { jsonPathSpans } from '../values/embedded-paths.js';
import { parameterLeaves } from '../values/parameter-leaves.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** An index into a list inside a JSONPath: `[0]`, `[ 2 ]` or the wildcard `[*]`. */
const arrayIndex = /\[\s*(?:[0-9]+|\*)\s*\]/u;

const greet = (text: string) => ({
  Version: '2019-10-30',
  StartAction: 'lookup',
  Actions: [
    {
      Identifier: 'lookup',
      Type: 'InvokeLambdaFunction',
      Parameters: {
        LambdaFunctionARN: '$.Attributes.lookupFunctionArn',
        InvocationTimeLimitSeconds: '4',
        ResponseValidation: { ResponseType: 'JSON' },
      },
      Transitions: {
        NextAction: 'greet',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    {
      Identifier: 'greet',
      Type: 'MessageParticipant',
      Parameters: { Text: text },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

/** The JSONPaths in a string that index into a list. */
function indexedPaths(value: string): string[] {
  if (!value.includes('[')) return [];
  return jsonPathSpans(value)
    .map(({ start, end }) => value.slice(start, end))
    .filter((path) => arrayIndex.test(path));
}

export const arrayIndexReference = defineRule({
  meta: {
    id: 'array-index-reference',
    category: 'values',
    severity: 'warning',
    description:
      'A JSONPath indexes into a list, such as $.External.orders[0]: flows cannot read arrays.',
    rationale:
      'Flows do not support references to arrays; only another Lambda function can use one (Invoke AWS Lambda function, L37707-37709). A Lambda function that returns a list even with the JSON response type must flatten the values a flow needs into keys of their own, such as firstOrderId.',
    examples: {
      bad: greet('Your last order is $.External.orders[0].id.'),
      good: greet('Your last order is $.External.lastOrderId.'),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      for (const leaf of parameterLeaves(action)) {
        for (const path of indexedPaths(leaf.value)) {
          report({
            message: `${parameterName(leaf.path)} reads ${path}, an item of a list; flows cannot read arrays.`,
            pointer: leaf.pointer,
            actionId: action.id,
            hint: 'Have the Lambda function return the value under a key of its own and read that key.',
          });
        }
      }
      for (const transition of action.transitions) {
        if (transition.kind !== 'condition') continue;
        for (const path of indexedPaths(transition.label)) {
          report({
            message: `A condition of "${action.id ?? action.index + 1}" reads ${path}, an item of a list; flows cannot read arrays.`,
            pointer: transition.pointer.replace(/\/NextAction$/u, '/Condition/Operands'),
            actionId: action.id,
            hint: 'Have the Lambda function return the value under a key of its own and read that key.',
          });
        }
      }
    }
  },
});
