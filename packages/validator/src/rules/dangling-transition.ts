import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

export const danglingTransition = defineRule({
  meta: {
    id: 'dangling-transition',
    category: 'structure',
    severity: 'error',
    description: 'A transition points to an identifier that no action has.',
    rationale:
      'The branch leads nowhere: Amazon Connect rejects the flow, or, in an edited export, the block was deleted and its branch left behind.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'hello',
        Actions: [
          {
            Identifier: 'hello',
            Type: 'MessageParticipant',
            Parameters: { Text: 'Hello' },
            Transitions: {
              NextAction: 'menu',
              Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
            },
          },
          disconnectAction,
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'hello',
        Actions: [
          {
            Identifier: 'hello',
            Type: 'MessageParticipant',
            Parameters: { Text: 'Hello' },
            Transitions: {
              NextAction: 'bye',
              Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
            },
          },
          disconnectAction,
        ],
      },
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      for (const transition of action.transitions) {
        if (graph.byId.has(transition.target)) continue;
        const branch =
          transition.kind === 'next'
            ? 'NextAction'
            : `the ${transition.label} ${transition.kind === 'error' ? 'error' : 'condition'} branch`;
        report({
          message: `${branch} of "${action.id ?? action.index + 1}" points to "${transition.target}", which no action has as identifier.`,
          pointer: transition.pointer,
          actionId: action.id,
          hint: 'Point it to an existing action, or restore the deleted one.',
        });
      }
    }
  },
});
