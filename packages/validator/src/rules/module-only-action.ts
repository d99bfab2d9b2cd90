import { findAction } from '@contactflow/dsl/catalog';
import { blockModesOf, blockNameOf } from '../graph/block-modes.js';
import { defineRule } from './rule.js';

export const moduleOnlyAction = defineRule({
  meta: {
    id: 'module-only-action',
    category: 'context',
    severity: 'error',
    description: 'A flow that is not a module uses an action only modules can run (Return).',
    rationale:
      'Return (EndFlowModuleExecution) hands control back to the flow that invoked the module; none of the flow types offers it, so Amazon Connect refuses the flow. The rule runs when the flow type is known (from the options or the Metadata.type the console writes into flow exports, never into modules); when it is not, a document with Return is most likely a module, and nothing is reported.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'done',
        Actions: [
          { Identifier: 'done', Type: 'EndFlowModuleExecution', Parameters: {}, Transitions: {} },
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'done',
        Actions: [
          { Identifier: 'done', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} },
        ],
      },
      options: { flowType: 'CONTACT_FLOW' },
    },
  },
  check({ graph, flow, report }) {
    const flowType = flow.flowType;
    if (flowType === undefined || flowType === 'FLOW_MODULE') return;
    for (const action of graph.shape.actions) {
      const spec = action.type === undefined ? undefined : findAction(action.type);
      if (spec === undefined) continue;
      if (spec.flowTypes.length !== 1 || spec.flowTypes[0] !== 'FLOW_MODULE') continue;
      const source = flow.flowTypeSource === 'metadata' ? ' (from Metadata.type)' : '';
      report({
        message: `"${action.id ?? action.index + 1}" is ${blockNameOf(action, blockModesOf(action))}, which only flow modules can run; this flow is a ${flowType} flow${source}.`,
        pointer: `${action.pointer}/Type`,
        actionId: action.id,
        hint: 'End a flow with End flow / Resume (EndFlowExecution) or Disconnect; keep Return for modules.',
      });
    }
  },
});
