import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

export const duplicateIdentifier = defineRule({
  meta: {
    id: 'duplicate-identifier',
    category: 'structure',
    severity: 'error',
    description: 'Two actions have the same Identifier.',
    rationale:
      'Transitions name their target by identifier, so a repeated one makes the target ambiguous; Amazon Connect rejects the flow.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'bye',
        Actions: [
          disconnectAction,
          { Identifier: 'bye', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'bye',
        Actions: [disconnectAction],
      },
    },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.id === undefined) continue;
      const first = graph.byId.get(action.id)!;
      if (first === action) continue;
      report({
        message: `Identifier "${action.id}" is already used by action ${first.index + 1}.`,
        pointer: `${action.pointer}/Identifier`,
        actionId: action.id,
        hint: 'Give each action its own identifier.',
      });
    }
  },
});
