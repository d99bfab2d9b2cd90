import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

export const unreachableAction = defineRule({
  meta: {
    id: 'unreachable-action',
    category: 'graph',
    severity: 'warning',
    description: 'No path from StartAction leads to the action.',
    rationale:
      'The block never runs. It is usually a branch that lost its connection while the flow was edited, so the path meant to reach it is missing.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'bye',
        Actions: [
          disconnectAction,
          { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
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
    // Without a start there is no reachability to speak of; dangling-start-action says so.
    if (graph.start === undefined) return;
    for (const action of graph.shape.actions) {
      if (graph.reachable.has(action.index)) continue;
      report({
        message: `"${action.id ?? action.index + 1}" (${action.type ?? 'no type'}) cannot be reached from the start.`,
        pointer: action.pointer,
        actionId: action.id,
        hint: 'Connect a branch to it, or delete it.',
      });
    }
  },
});
