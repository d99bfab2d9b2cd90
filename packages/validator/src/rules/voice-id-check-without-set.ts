import type { ActionShape } from '../graph/flow-shape.js';
import { describePath, isUnknownAction, reachableAvoiding } from '../graph/path-queries.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const welcome = (next: string) => ({
  Identifier: 'welcome',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Welcome. Press 1 to verify your identity, or 2 for our opening hours.' },
  Transitions: {
    NextAction: next,
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
});

/** Key 1 starts streaming before the check; key 2 leads to `second`. */
const menu = (second: string) => ({
  Identifier: 'menu',
  Type: 'GetParticipantInput',
  Parameters: { Text: 'Make your choice.', InputTimeLimitSeconds: '5', StoreInput: 'False' },
  Transitions: {
    NextAction: 'bye',
    Conditions: [
      { NextAction: 'start-voice-id', Condition: { Operator: 'Equals', Operands: ['1'] } },
      { NextAction: second, Condition: { Operator: 'Equals', Operands: ['2'] } },
    ],
    Errors: [
      { NextAction: 'bye', ErrorType: 'InputTimeLimitExceeded' },
      { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
});

const startVoiceId = {
  Identifier: 'start-voice-id',
  Type: 'StartVoiceIdStream',
  Parameters: {},
  Transitions: {
    NextAction: 'check-voice',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};

const checkVoice = {
  Identifier: 'check-voice',
  Type: 'CheckVoiceId',
  Parameters: { CheckVoiceIdOption: 'voiceAuthentication' },
  Transitions: {
    NextAction: 'bye',
    Conditions: [
      { NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['Authenticated'] } },
    ],
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};

const bye = disconnectAction;

/** Actions after which Voice ID may be streaming. */
function mayStartVoiceId(action: ActionShape): boolean {
  return (
    action.type === 'StartVoiceIdStream' ||
    // A module runs on the caller's contact and may start the stream itself.
    action.type === 'InvokeFlowModule' ||
    isUnknownAction(action)
  );
}

export const voiceIdCheckWithoutSet = defineRule({
  meta: {
    id: 'voice-id-check-without-set',
    category: 'paths',
    severity: 'error',
    description:
      'A Check Voice ID can be reached on a path with no Set Voice ID before it, in a flow that starts Voice ID elsewhere.',
    rationale:
      'Check Voice ID branches on what Voice ID made of the audio streamed since Set Voice ID (StartVoiceIdStream) started it; the guide requires that block earlier in the flow. On a path that skips it nothing was streamed, and the check takes its Error branch instead of an enrollment, authentication or fraud result. A flow with no Set Voice ID at all is left alone: once started, streaming lasts for the whole call, so a whisper, transfer or follow-up flow may rely on the flow that started it.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'welcome',
        Actions: [welcome('menu'), menu('check-voice'), startVoiceId, checkVoice, bye],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'welcome',
        Actions: [welcome('menu'), menu('bye'), startVoiceId, checkVoice, bye],
      },
    },
  },
  check({ graph, report }) {
    // With no Set Voice ID anywhere, streaming can only have been started before this flow.
    if (!graph.shape.actions.some((action) => action.type === 'StartVoiceIdStream')) return;
    const paths = reachableAvoiding(graph, mayStartVoiceId);
    for (const action of graph.shape.actions) {
      if (action.type !== 'CheckVoiceId') continue;
      const path = paths.pathTo(action);
      if (path === undefined) continue;
      report({
        message: `"${action.id ?? action.index + 1}" checks Voice ID, but ${describePath(path, 'Set Voice ID')}.`,
        pointer: action.pointer,
        actionId: action.id,
        hint: 'Put a Set Voice ID (StartVoiceIdStream) on every path that leads to it, early in the call.',
      });
    }
  },
});
