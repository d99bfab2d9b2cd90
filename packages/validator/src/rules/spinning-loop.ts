import { mayLeaveFlow } from '../graph/leaves-flow.js';
import type { ActionShape, TransitionShape } from '../graph/flow-shape.js';
import { givesParticipantTurn } from '../graph/participant-turn.js';
import { loopsAmong } from '../graph/sub-loops.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

function paces(action: ActionShape): boolean {
  // A Loop block counts its rounds and leaves on DoneLooping.
  return action.type === 'Loop' || givesParticipantTurn(action);
}

// Going on from a Lambda that succeeded, the flow follows what the function answered: polling and
// rule-engine loops go round until the function says otherwise, so the function, not the flow,
// bounds them. Retrying from its error branch repeats the same failure.
function decidedByFunction(action: ActionShape, transition: TransitionShape): boolean {
  return action.type === 'InvokeLambdaFunction' && transition.kind === 'next';
}

const retry = (id: string, next: string) => ({
  Identifier: id,
  Type: 'InvokeLambdaFunction',
  Parameters: {
    LambdaFunctionARN: '$.Attributes.lookupFunction',
    InvocationTimeLimitSeconds: '3',
  },
  Transitions: {
    NextAction: next,
    Errors: [{ NextAction: id, ErrorType: 'NoMatchingError' }],
  },
});

export const spinningLoop = defineRule({
  meta: {
    id: 'spinning-loop',
    category: 'graph',
    severity: 'warning',
    description:
      'Actions form a cycle that a contact can go round without end: no Loop block counts the rounds, no prompt, input or wait paces them, and no Lambda answer decides them.',
    rationale:
      'A retry that jumps straight back (a Lambda error branch to the same Lambda, a failed transfer to the transfer, a queue check that goes round until an agent is free) repeats as fast as the service runs it while the caller hears silence, until the contact is cut off. Replayed menus wait for the caller, prompts and waits take time, a Loop block stops after its count, and a loop that goes on from a successful Lambda follows what the function answers (polling, rule engines), so cycles through any of these are fine. Cycles that no branch leaves are loop-without-exit.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'lookup',
        Actions: [retry('lookup', 'bye'), disconnectAction],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'tries',
        Actions: [
          {
            Identifier: 'tries',
            Type: 'Loop',
            Parameters: { LoopCount: '3' },
            Transitions: {
              NextAction: 'bye',
              Conditions: [
                {
                  NextAction: 'lookup',
                  Condition: { Operator: 'Equals', Operands: ['ContinueLooping'] },
                },
                { NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['DoneLooping'] } },
              ],
            },
          },
          {
            ...retry('lookup', 'bye'),
            Transitions: {
              NextAction: 'bye',
              Errors: [{ NextAction: 'tries', ErrorType: 'NoMatchingError' }],
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
      // A loop nothing leaves is loop-without-exit's finding; repeating it here adds nothing.
      const leaves = loop.some(
        (action) =>
          mayLeaveFlow(action) ||
          action.transitions.some((t) => {
            const target = graph.byId.get(t.target);
            return target === undefined || !members.has(target);
          }),
      );
      if (!leaves) continue;
      // Any cycle left once the pacing actions are taken out spins.
      const unpaced = loop.filter((action) => !paces(action));
      for (const spin of loopsAmong(unpaced, (action, t) => !decidedByFunction(action, t))) {
        const first = spin[0]!;
        const names = spin.map((action) => `"${action.id ?? action.index + 1}"`);
        report({
          message: `${names.length === 1 ? `${names[0]} can lead straight back to itself` : `${names.join(', ')} can lead round to each other`} with no Loop block, prompt, input or wait on the way: a contact can cycle there without end.`,
          pointer: first.pointer,
          actionId: first.id,
          hint: 'Count the retries with a Loop block on the cycle, or play a prompt or wait before trying again.',
        });
      }
    }
  },
});
