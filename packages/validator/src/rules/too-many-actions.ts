import { maxActionsPerFlow } from '@contactflow/dsl/catalog';
import { defineSchemaRule } from '../schema-rule.js';

const wait = (n: number, last: number) => ({
  Identifier: `say${n}`,
  Type: 'MessageParticipant',
  Parameters: { Text: `Message ${n}.` },
  Transitions:
    n === last
      ? {}
      : {
          NextAction: `say${n + 1}`,
          Errors: [{ NextAction: `say${n + 1}`, ErrorType: 'NoMatchingError' }],
        },
});
const chain = (count: number) => ({
  Version: '2019-10-30',
  StartAction: 'say1',
  Actions: [
    ...Array.from({ length: count }, (_, i) => wait(i + 1, count + 1)),
    {
      Identifier: `say${count + 1}`,
      Type: 'DisconnectParticipant',
      Parameters: {},
      Transitions: {},
    },
  ],
});

export const tooManyActions = defineSchemaRule(
  {
    id: 'too-many-actions',
    category: 'structure',
    severity: 'error',
    description: `The flow has more than the ${maxActionsPerFlow} actions a Flow-language document may have.`,
    rationale: `The Flow language allows at most ${maxActionsPerFlow} actions in one flow or module; a larger one is refused on publishing. Long before that the designer stops exporting it (see console-export-limits).`,
    examples: { bad: chain(maxActionsPerFlow), good: chain(3) },
  },
  () =>
    'Move self-contained parts into flow modules (Invoke module) or separate flows (Transfer to flow).',
);
