import { parameterName, quoted } from '../values/describe-value.js';
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

export const ssmlWithoutSpeak = defineRule({
  meta: {
    id: 'ssml-without-speak',
    category: 'values',
    severity: 'warning',
    checksValueFormat: true,
    description: 'An SSML prompt is well-formed but not wrapped in a <speak> element.',
    rationale:
      'The guide requires every SSML prompt to sit inside one <speak> element (L34896-34897), and Amazon Polly refuses SSML without it, which sends the block to its Error branch. The designer still saves such prompts (real exports carry them), so the failure is likely rather than certain.',
    examples: {
      bad: greeting('Thanks for calling <break time="500ms"/> Example Corp.'),
      good: greeting('<speak>Thanks for calling <break time="500ms"/> Example Corp.</speak>'),
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      for (const { kind, leaf } of promptTexts(action)) {
        if (kind !== 'SSML' || isWholeJsonPath(leaf.value)) continue;
        if (readSsml(leaf.value).shape.kind !== 'unwrapped') continue;
        report({
          message: `${parameterName(leaf.path)} is ${quoted(leaf.value)}, which is not wrapped in <speak>...</speak>.`,
          pointer: leaf.pointer,
          actionId: action.id,
          hint: 'Wrap the prompt in <speak> and </speak>, or move plain text to the Text parameter.',
        });
      }
    }
  },
});
