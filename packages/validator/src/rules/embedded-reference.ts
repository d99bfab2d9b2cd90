import { parameterName, quoted } from '../values/describe-value.js';
import { embeddedJsonPath } from '../values/embedded-paths.js';
import { parameterLeaves, schemaRejects, valueClassOf } from '../values/parameter-leaves.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const transfer = (queue: string) => ({
  Version: '2019-10-30',
  StartAction: 'queue',
  Actions: [
    {
      Identifier: 'queue',
      Type: 'UpdateContactTargetQueue',
      Parameters: { QueueId: queue },
      Transitions: {
        NextAction: 'transfer',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    {
      Identifier: 'transfer',
      Type: 'TransferContactToQueue',
      Parameters: {},
      Transitions: {
        NextAction: 'bye',
        Errors: [
          { NextAction: 'bye', ErrorType: 'QueueAtCapacity' },
          { NextAction: 'bye', ErrorType: 'NoMatchingError' },
        ],
      },
    },
    disconnectAction,
  ],
});

const queueArn =
  'arn:aws:connect:us-east-1:111122223333:instance/11111111-2222-3333-4444-555555555555/queue';

export const embeddedReference = defineRule({
  meta: {
    id: 'embedded-reference',
    category: 'values',
    severity: 'error',
    description:
      'A JSONPath is written inside other text in a parameter that takes a literal, or one JSONPath as its whole value.',
    rationale:
      'Only free-text parameters (prompts, attribute values) replace references inside text. Elsewhere a JSONPath must be the whole value or nothing; Amazon Connect rejects the flow, or takes the text literally, so the id or number it names does not exist.',
    examples: {
      bad: transfer(`${queueArn}/$.Attributes.queueId`),
      good: transfer('$.Attributes.queueArn'),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      for (const leaf of parameterLeaves(action)) {
        const valueClass = valueClassOf(leaf);
        if (valueClass !== 'static' && valueClass !== 'jsonpath') continue;
        const reference = embeddedJsonPath(leaf.value);
        // A value the schema refuses is reported there already, once.
        if (reference === undefined || schemaRejects(leaf)) continue;
        const name = parameterName(leaf.path);
        report({
          message:
            valueClass === 'static'
              ? `${name} is ${quoted(leaf.value)}, with ${reference} inside it; ${name} takes a literal value only.`
              : `${name} is ${quoted(leaf.value)}, with ${reference} inside other text; ${name} takes a literal or one JSONPath as the whole value.`,
          pointer: leaf.pointer,
          actionId: action.id,
          hint:
            valueClass === 'static'
              ? 'Write the value itself; this parameter cannot read contact data.'
              : 'Build the full value first (Set contact attributes, or a Lambda function) and reference that attribute as the whole value.',
        });
      }
    }
  },
});
