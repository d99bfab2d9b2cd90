import type { ActionShape } from '../graph/flow-shape.js';
import { describePath, isUnknownAction, reachableAvoiding } from '../graph/path-queries.js';
import { actionReferences, type DataReference } from '../values/data-references.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const lookup = {
  Identifier: 'lookup',
  Type: 'InvokeLambdaFunction',
  Parameters: {
    LambdaFunctionARN: 'arn:aws:lambda:us-east-1:111122223333:function:customer-lookup',
    InvocationTimeLimitSeconds: '8',
  },
  Transitions: {
    NextAction: 'greet',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};

const greet = {
  Identifier: 'greet',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Hello $.External.firstName.' },
  Transitions: {
    NextAction: 'bye',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};

const bye = disconnectAction;

function externalReference(action: ActionShape): DataReference | undefined {
  return actionReferences(action).find((reference) => reference.namespace === 'External');
}

/**
 * Where a search for unguarded reads stops: a Lambda (asynchronous ones included, since the rule
 * cannot tell when their result lands), a type the catalog does not know, or an earlier read of
 * `$.External`, so that one lapse is reported once, at its first read, and not at every read after.
 */
function lambdaOrEarlierRead(action: ActionShape): boolean {
  return (
    action.type === 'InvokeLambdaFunction' ||
    isUnknownAction(action) ||
    externalReference(action) !== undefined
  );
}

export const externalReadWithoutLambda = defineRule({
  meta: {
    id: 'external-read-without-lambda',
    category: 'paths',
    severity: 'warning',
    description:
      'A $.External reference can be reached on a path with no Invoke AWS Lambda function before it.',
    rationale:
      '$.External holds the response of the latest Lambda invocation; until one runs there is nothing to read, and a prompt, a queue ARN or a comparison gets an empty value. It is a warning, not an error, because the values of a Lambda invoked in a flow that transferred the contact here are still readable, and published samples rely on that; inside a module they never are. Only the first read on each such path is reported.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'greet',
        Actions: [greet, bye],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'lookup',
        Actions: [lookup, greet, bye],
      },
    },
  },
  check({ graph, report }) {
    const paths = reachableAvoiding(graph, lambdaOrEarlierRead);
    for (const action of graph.shape.actions) {
      const reference = externalReference(action);
      if (reference === undefined) continue;
      const path = paths.pathTo(action);
      if (path === undefined) continue;
      const where = reference.pointer.slice(action.pointer.length + 1);
      report({
        message: `"${action.id ?? action.index + 1}" reads ${reference.text} (${where}), but ${describePath(path, 'Invoke AWS Lambda function')}.`,
        pointer: reference.pointer,
        actionId: action.id,
        hint: 'Invoke the Lambda function on every path before the read, or copy its result to a contact attribute where it runs and read that.',
      });
    }
  },
});
