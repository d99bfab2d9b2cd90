import { mayLeaveFlow } from '../graph/leaves-flow.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const menuThatOnlyReplays = {
  Identifier: 'menu',
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Press 1.', InputTimeLimitSeconds: '5', StoreInput: 'False' },
  Transitions: {
    NextAction: 'menu',
    Errors: [
      { NextAction: 'menu', ErrorType: 'InputTimeLimitExceeded' },
      { NextAction: 'menu', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'menu', ErrorType: 'NoMatchingError' },
    ],
    Conditions: [{ NextAction: 'menu', Condition: { Operator: 'Equals', Operands: ['1'] } }],
  },
};

export const loopWithoutExit = defineRule({
  meta: {
    id: 'loop-without-exit',
    category: 'graph',
    severity: 'error',
    description: 'Actions form a loop that no branch leaves and no action in it ends or hands off.',
    rationale:
      'A contact that enters the loop never reaches an agent, a queue or the end of the flow: the caller is stuck until they hang up. Loops with a way out (a menu that replays on timeout but routes on a key, a Loop block) are fine.',
    examples: {
      bad: { Version: '2019-10-30', StartAction: 'menu', Actions: [menuThatOnlyReplays] },
      good: {
        Version: '2019-10-30',
        StartAction: 'menu',
        Actions: [
          {
            ...menuThatOnlyReplays,
            Transitions: {
              ...menuThatOnlyReplays.Transitions,
              Conditions: [
                { NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['1'] } },
              ],
            },
          },
          disconnectAction,
        ],
      },
    },
  },
  check({ graph, report }) {
    for (const loop of graph.loops) {
      // Unreachable loops are reported by unreachable-action.
      if (!loop.some((action) => graph.reachable.has(action.index))) continue;
      const members = new Set(loop);
      const leaves = loop.some(
        (action) =>
          mayLeaveFlow(action) ||
          action.transitions.some((t) => {
            const target = graph.byId.get(t.target);
            return target === undefined || !members.has(target);
          }),
      );
      if (leaves) continue;
      const first = loop[0]!;
      const names = loop.map((action) => `"${action.id ?? action.index + 1}"`);
      report({
        message: `${names.length === 1 ? `${names[0]} only leads back to itself` : `${names.join(', ')} only lead to each other`}: a contact that gets here never leaves.`,
        pointer: first.pointer,
        actionId: first.id,
        hint: 'Route one branch out of the loop: to a queue, a disconnect, or a Loop block that ends it.',
      });
    }
  },
});
