import type { ActionShape } from '../graph/flow-shape.js';
import { describePath, isUnknownAction, reachableAvoiding } from '../graph/path-queries.js';
import { defineRule } from './rule.js';

const announce = (next: string) => ({
  Identifier: 'announce',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Connecting your call.' },
  Transitions: { NextAction: next, Errors: [{ NextAction: next, ErrorType: 'NoMatchingError' }] },
});

const call = (next: string) => ({
  Identifier: 'call',
  Type: 'CompleteOutboundCall',
  Parameters: { CallerId: { Number: '+12065550100' } },
  Transitions: { NextAction: next },
});

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

/** Actions after which the outbound call may have been placed. */
function mayPlaceCall(action: ActionShape): boolean {
  return action.type === 'CompleteOutboundCall' || isUnknownAction(action);
}

export const promptBeforeCallPhoneNumber = defineRule({
  meta: {
    id: 'prompt-before-call-phone-number',
    category: 'paths',
    severity: 'warning',
    description:
      'A Play prompt can run before the Call phone number block of an outbound whisper flow.',
    rationale:
      "Call phone number (CompleteOutboundCall) places the outbound call, with the caller ID it names, from an outbound whisper flow. The guide says that when such a flow also has a Play prompt, Call phone number must come before it; a prompt played earlier runs before there is a call to play it to. It is a warning because the guide does not say what the service does with the prompt. Flows without Call phone number are left alone: the call is then placed with the queue's caller ID, and the guide puts no order on their prompts.",
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'announce',
        Actions: [announce('call'), call('end'), end],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'call',
        Actions: [call('announce'), announce('end'), end],
      },
      options: { flowType: 'OUTBOUND_WHISPER' },
    },
  },
  check({ graph, report }) {
    // Without Call phone number the call was placed before this flow started.
    if (!graph.shape.actions.some((action) => action.type === 'CompleteOutboundCall')) return;
    const paths = reachableAvoiding(graph, mayPlaceCall);
    for (const action of graph.shape.actions) {
      if (action.type !== 'MessageParticipant') continue;
      const path = paths.pathTo(action);
      if (path === undefined) continue;
      report({
        message: `"${action.id ?? action.index + 1}" plays a prompt, but ${describePath(path, 'Call phone number')}.`,
        pointer: action.pointer,
        actionId: action.id,
        hint: 'Connect the entry point to Call phone number (CompleteOutboundCall) and play prompts after it.',
      });
    }
  },
});
