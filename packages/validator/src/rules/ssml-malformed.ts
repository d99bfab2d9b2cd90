import { parameterName } from '../values/describe-value.js';
import { isWholeJsonPath } from '../values/embedded-paths.js';
import { promptTexts } from '../values/prompt-text.js';
import { readSsml } from '../values/ssml-markup.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const greeting = (ssml: string) => ({
  Version: '2019-10-30',
  StartAction: 'welcome',
  Actions: [
    {
      Identifier: 'welcome',
      Type: 'MessageParticipant',
      Parameters: { SSML: ssml },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

export const ssmlMalformed = defineRule({
  meta: {
    id: 'ssml-malformed',
    category: 'values',
    severity: 'error',
    checksValueFormat: true,
    description:
      'An SSML prompt is not well-formed XML: a tag left open or closed out of order, a bare "&" or "<", or text and elements beside the <speak> element.',
    rationale:
      'Amazon Polly refuses SSML it cannot parse, and the block takes its Error branch instead of speaking (guide L31552); every SSML prompt must sit inside one <speak> element (guide L34896-34897).',
    examples: {
      bad: greeting('<speak>Thanks for calling <prosody rate="slow">Example Corp.</speak>'),
      good: greeting(
        '<speak>Thanks for calling <prosody rate="slow">Example Corp</prosody>.</speak>',
      ),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      for (const { kind, leaf } of promptTexts(action)) {
        // A whole JSONPath is SSML chosen at run time; there is nothing to read yet.
        if (kind !== 'SSML' || isWholeJsonPath(leaf.value)) continue;
        const { shape } = readSsml(leaf.value);
        if (shape.kind !== 'malformed') continue;
        const where = shape.offset > 0 ? ` at character ${shape.offset + 1}` : '';
        report({
          message: `${parameterName(leaf.path)} is not well-formed: ${shape.problem}${where}.`,
          pointer: leaf.pointer,
          actionId: action.id,
          hint: 'Close tags in the order they were opened, write & as &amp; and < as &lt;, and keep everything inside one <speak> element.',
        });
      }
    }
  },
});
