import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

export const danglingStartAction = defineRule({
  meta: {
    id: 'dangling-start-action',
    category: 'structure',
    severity: 'error',
    description: 'StartAction names no action of the flow.',
    rationale: 'The flow has nowhere to begin; Amazon Connect rejects it.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'welcome',
        Actions: [disconnectAction],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'bye',
        Actions: [disconnectAction],
      },
    },
  },
  check({ graph, report }) {
    const { startAction } = graph.shape;
    if (startAction === undefined || graph.start !== undefined) return;
    report({
      message: `StartAction is "${startAction}", but no action has that identifier.`,
      pointer: '/StartAction',
      hint:
        graph.shape.actions.length > 0
          ? 'Set StartAction to the identifier of the first action.'
          : 'Add the first action.',
    });
  },
});
