import type { ActionShape } from '../graph/flow-shape.js';
import { isUnknownAction } from '../graph/path-queries.js';
import { defineRule } from './rule.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) at = isRecord(at) ? at[key] : undefined;
  return at;
}

/** Whether a list of analytics modes (or a JSONPath standing for one) may hold RealTime. */
function mayHoldRealTime(modes: unknown): boolean {
  if (typeof modes === 'string') return modes === 'RealTime' || modes.startsWith('$.');
  return Array.isArray(modes) && modes.some((mode) => mayHoldRealTime(mode));
}

/** Whether the action may turn on Contact Lens real-time analytics for calls. */
function mayEnableRealTime(action: ActionShape): boolean {
  const { parameters } = action;
  switch (action.type) {
    case 'UpdateContactRecordingBehavior': {
      const analytics = parameters['AnalyticsBehavior'];
      if (field(analytics, 'Enabled') === 'False') return false;
      return (
        mayHoldRealTime(field(analytics, 'ChannelConfiguration', 'Voice', 'AnalyticsModes')) ||
        mayHoldRealTime(field(analytics, 'AnalyticsMode'))
      );
    }
    case 'UpdateContactRecordingAndAnalyticsBehavior': {
      const analytics = field(parameters, 'VoiceBehavior', 'VoiceAnalyticsBehavior');
      if (field(analytics, 'Enabled') === 'False') return false;
      return mayHoldRealTime(field(analytics, 'AnalyticsModes'));
    }
    // The module may turn it on; an unknown type is not guessed against.
    case 'InvokeFlowModule':
      return true;
    default:
      return isUnknownAction(action);
  }
}

const session = (next: string) => ({
  Identifier: 'assistant',
  Type: 'CreateWisdomSession',
  Parameters: {
    WisdomAssistantArn:
      'arn:aws:wisdom:us-east-1:111122223333:assistant/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

const recording = {
  Identifier: 'contact-lens',
  Type: 'UpdateContactRecordingAndAnalyticsBehavior',
  Parameters: {
    VoiceBehavior: {
      VoiceRecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] },
      VoiceAnalyticsBehavior: {
        Enabled: 'True',
        AnalyticsLanguage: 'en-US',
        AnalyticsModes: ['RealTime'],
      },
    },
  },
  Transitions: {
    NextAction: 'assistant',
    Errors: [
      { NextAction: 'assistant', ErrorType: 'NoMatchingError' },
      { NextAction: 'assistant', ErrorType: 'ChannelMismatch' },
    ],
  },
};

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

export const amazonQWithoutRealTimeAnalytics = defineRule({
  meta: {
    id: 'amazon-q-without-real-time-analytics',
    category: 'context',
    severity: 'info',
    description:
      'A flow for calls starts an Amazon Q in Connect session but turns on no Contact Lens real-time analytics.',
    rationale:
      'On calls, Amazon Q in Connect recommends content from what Contact Lens real-time analytics hears; the guide says the flow must turn it on with a Set recording and analytics behavior block, anywhere in the flow. Without it the agent gets no recommendations during the call. Chat needs no Contact Lens, so the rule is quiet when the flow declares channels without voice. It is a hint because an earlier flow of the same contact may have turned the analytics on already.',
    examples: {
      bad: { Version: '2019-10-30', StartAction: 'assistant', Actions: [session('end'), end] },
      good: {
        Version: '2019-10-30',
        StartAction: 'contact-lens',
        Actions: [recording, session('end'), end],
      },
    },
  },
  check({ graph, flow, report }) {
    if (flow.channelsDeclared && !flow.channels.includes('VOICE')) return;
    if (graph.shape.actions.some(mayEnableRealTime)) return;
    for (const action of graph.shape.actions) {
      if (action.type !== 'CreateWisdomSession') continue;
      report({
        message: `"${action.id ?? action.index + 1}" starts an Amazon Q in Connect session, but nothing in the flow turns on Contact Lens real-time analytics, which Amazon Q needs on calls.`,
        pointer: action.pointer,
        actionId: action.id,
        hint: 'Add a Set recording and analytics behavior block with voice analytics in real-time mode, or ignore this for chat-only flows.',
      });
    }
  },
});
