import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const split = (thresholds: readonly string[]) => ({
  Version: '2019-10-30',
  StartAction: 'split',
  Actions: [
    {
      Identifier: 'split',
      Type: 'DistributeByPercentage',
      Parameters: {},
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
        Conditions: thresholds.map((threshold, i) => ({
          NextAction: i === 0 ? 'new-menu' : 'bye',
          Condition: { Operator: 'NumberLessThan', Operands: [threshold] },
        })),
      },
    },
    {
      Identifier: 'new-menu',
      Type: 'MessageParticipant',
      Parameters: { Text: 'Welcome to the new menu.' },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

export const percentagesOver100 = defineRule({
  meta: {
    id: 'percentages-over-100',
    category: 'values',
    severity: 'error',
    description:
      'The thresholds of a Distribute by percentage block go down, or past 100: its shares do not add up.',
    rationale:
      'The block draws a number from 1 to 100 and takes the first branch whose threshold is above it, so each threshold is the running total of the shares before it (guide L30232-30258). A threshold below the one before leaves its branch a negative share, which it never gets; one above 100 means the shares add up to more than 100 percent, and the Default branch, meant for the rest, never runs.',
    examples: { bad: split(['60', '30']), good: split(['30', '60']) },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type !== 'DistributeByPercentage') continue;
      let previous = 0;
      for (const transition of action.transitions) {
        if (transition.kind !== 'condition') continue;
        const space = transition.label.indexOf(' ');
        const operator = transition.label.slice(0, space);
        const operand = transition.label.slice(space + 1).trim();
        // Other operators and non-numbers break the action's contract and are reported as such.
        const threshold = operand === '' ? Number.NaN : Number(operand);
        if (operator !== 'NumberLessThan' || !Number.isFinite(threshold)) continue;
        const pointer = transition.pointer.replace(/\/NextAction$/, '/Condition/Operands/0');
        if (threshold < previous) {
          report({
            message: `The threshold ${operand} is below the ${previous} before it; thresholds are running totals and must not go down.`,
            pointer,
            actionId: action.id,
            hint: `Write each threshold as the sum of its share and the shares before it (at least ${previous} here).`,
          });
        } else if (threshold > 100) {
          report({
            message: `The threshold ${operand} is above 100: the shares add up to more than 100 percent.`,
            pointer,
            actionId: action.id,
            hint: 'Lower the shares so that the last threshold is at most 100; the Default branch gets what is left.',
          });
        }
        previous = Math.max(previous, threshold);
      }
    }
  },
});
