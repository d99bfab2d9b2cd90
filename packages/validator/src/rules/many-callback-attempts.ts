import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** Attempts beyond which a callback most likely holds a typing slip (the guide's example is 20). */
const plausibleAttempts = 10;

const callback = (attempts: string) => ({
  Version: '2019-10-30',
  StartAction: 'callback',
  Actions: [
    {
      Identifier: 'callback',
      Type: 'CreateCallbackContact',
      Parameters: {
        InitialCallDelaySeconds: '60',
        MaximumConnectionAttempts: attempts,
        RetryDelaySeconds: '600',
      },
      Transitions: {
        NextAction: 'bye',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    disconnectAction,
  ],
});

export const manyCallbackAttempts = defineRule({
  meta: {
    id: 'many-callback-attempts',
    category: 'values',
    severity: 'info',
    description: `A callback is tried more than ${plausibleAttempts} times when the customer does not answer.`,
    rationale:
      'Every unanswered callback attempt goes back to the queue and takes an agent again. The guide asks to check the maximum number of retries with care: a high number such as 20 entered by mistake makes agents call the same customer over and over (Transfer to queue, L33576-33583). The service accepts any positive count, so this is only a hint; it speaks above 10 attempts.',
    examples: { bad: callback('20'), good: callback('3') },
  },
  check({ graph, report }) {
    for (const action of graph.shape.actions) {
      if (action.type !== 'CreateCallbackContact') continue;
      // Written as a decimal string by the console, or as a JSON number by hand.
      const value = action.parameters['MaximumConnectionAttempts'];
      const attempts =
        typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
      if (!Number.isInteger(attempts) || attempts <= plausibleAttempts) continue;
      report({
        message: `"${action.id ?? action.index + 1}" tries the callback up to ${attempts} times; that many calls to one customer is rarely intended.`,
        pointer: `${action.pointer}/Parameters/MaximumConnectionAttempts`,
        actionId: action.id,
        hint: 'Check the number; a few attempts spaced by RetryDelaySeconds is usual.',
      });
    }
  },
});
