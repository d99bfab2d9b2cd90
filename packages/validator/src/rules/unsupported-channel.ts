import type { Channel } from '@contactflow/dsl/catalog';
import { blockModesOf, blockNameOf, channelSupportOf } from '../graph/block-modes.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

function outcome(branch: string | undefined): string {
  if (branch === undefined) return 'it is not supported';
  if (branch === 'Success') return 'it does nothing and continues on Success';
  return `it takes the ${branch} branch`;
}

export const unsupportedChannel = defineRule({
  meta: {
    id: 'unsupported-channel',
    category: 'context',
    severity: 'warning',
    description:
      'A block does not work on a channel the flow is declared to serve: it takes its error branch or does nothing.',
    rationale:
      'Many blocks work on some channels only (Store customer input and Transfer to phone number on voice, Show view on chat, Resume contact on tasks). A contact of another channel goes down the Error branch, or the block is skipped, which is rarely what the author tested. It is a warning because flows shared by several channels sometimes rely on that branch. The rule runs only when the flow declares its channels.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'account',
        Actions: [
          {
            Identifier: 'account',
            Type: 'GetParticipantInput',
            Parameters: {
              Text: 'Enter your account number.',
              StoreInput: 'True',
              InputTimeLimitSeconds: '5',
            },
            Transitions: {
              NextAction: 'bye',
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
            Parameters: { Text: 'Hello, how can we help?' },
            Transitions: {
              NextAction: 'bye',
              Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
            },
          },
          disconnectAction,
        ],
      },
      options: { channels: ['CHAT'] },
    },
  },
  check({ graph, flow, report }) {
    if (!flow.channelsDeclared) return;
    for (const action of graph.shape.actions) {
      // What an unreachable block would do at run time does not matter; unreachable-action says so.
      if (graph.start !== undefined && !graph.reachable.has(action.index)) continue;
      const modes = blockModesOf(action);
      const byOutcome = new Map<string, Channel[]>();
      for (const channel of flow.channels) {
        const support = channelSupportOf(action, channel, modes);
        if (support?.support !== 'no') continue;
        const text = outcome(support.onUnsupported);
        byOutcome.set(text, [...(byOutcome.get(text) ?? []), channel]);
      }
      if (byOutcome.size === 0) continue;
      const effects = [...byOutcome].map(([text, list]) => `on ${list.join(' and ')} ${text}`);
      report({
        message: `"${action.id ?? action.index + 1}" is ${blockNameOf(action, modes)}, which does not work on every channel this flow serves: ${effects.join('; ')}.`,
        pointer: `${action.pointer}/Type`,
        actionId: action.id,
        hint: 'Branch on the channel first (Check contact attributes on Channel) and keep the block on the channels it supports, or stop declaring that channel for this flow.',
      });
    }
  },
});
