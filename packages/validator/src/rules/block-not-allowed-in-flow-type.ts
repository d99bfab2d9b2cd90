import { findAction } from '@contactflow/dsl/catalog';
import { allowedFlowTypes, blockModesOf, blockNameOf } from '../graph/block-modes.js';
import { defineRule } from './rule.js';

const holdFlowTypes: readonly string[] = ['CUSTOMER_HOLD', 'AGENT_HOLD'];

export const blockNotAllowedInFlowType = defineRule({
  meta: {
    id: 'block-not-allowed-in-flow-type',
    category: 'context',
    severity: 'error',
    description: 'A block is used in a flow type that does not offer it.',
    rationale:
      'Each flow type offers its own set of blocks (Loop prompts only in queue and hold flows, Play prompt not in hold flows, Transfer to agent only in transfer flows). Amazon Connect refuses to publish a flow with a block its type does not allow, and a flow of one type cannot be imported as another.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'music',
        Actions: [
          {
            Identifier: 'music',
            Type: 'MessageParticipant',
            Parameters: { Text: 'Please hold.' },
            Transitions: {
              NextAction: 'end',
              Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
            },
          },
          { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'music',
        Actions: [
          {
            Identifier: 'music',
            Type: 'MessageParticipantIteratively',
            Parameters: { Messages: [{ Text: 'Please hold.' }] },
            Transitions: {
              Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
            },
          },
          { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
        ],
      },
      options: { flowType: 'CUSTOMER_HOLD' },
    },
    needsFlowType: true,
  },
  check({ graph, flow, report }) {
    const flowType = flow.flowType;
    if (flowType === undefined) return;
    for (const action of graph.shape.actions) {
      const spec = action.type === undefined ? undefined : findAction(action.type);
      // Unknown types are the schema check's; module-only types are module-only-action's.
      if (spec === undefined) continue;
      if (spec.flowTypes.length === 1 && spec.flowTypes[0] === 'FLOW_MODULE') continue;
      const modes = blockModesOf(action);
      const allowed = allowedFlowTypes(action, modes);
      if (allowed === undefined || allowed.includes(flowType)) continue;
      const source = flow.flowTypeSource === 'metadata' ? ' (from Metadata.type)' : '';
      report({
        message: `"${action.id ?? action.index + 1}" is ${blockNameOf(action, modes)}, which ${flowType} flows${source} do not allow; it is allowed in ${allowed.join(', ')}.`,
        pointer: `${action.pointer}/Type`,
        actionId: action.id,
        hint:
          action.type === 'MessageParticipant' && holdFlowTypes.includes(flowType)
            ? 'Play audio in hold flows with Loop prompts (MessageParticipantIteratively).'
            : 'Remove the block, or move this step to a flow of a type that allows it.',
      });
    }
  },
});
