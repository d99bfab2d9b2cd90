import type { FlowType } from '@contactflow/dsl/catalog';
import { isUnknownAction } from '../graph/path-queries.js';
import { actionReferences, type DataReference } from '../values/data-references.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const setTier = {
  Identifier: 'set-tier',
  Type: 'UpdateContactAttributes',
  Parameters: { Attributes: { customerTier: 'gold' } },
  Transitions: {
    NextAction: 'check-tier',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};

const checkTier = (path: string) => ({
  Identifier: 'check-tier',
  Type: 'Compare',
  Parameters: { ComparisonValue: path },
  Transitions: {
    NextAction: 'bye',
    Conditions: [{ NextAction: 'bye', Condition: { Operator: 'Equals', Operands: ['gold'] } }],
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingCondition' }],
  },
});

const bye = disconnectAction;

/**
 * Flow types that run for a contact some other flow already handled, which is where their
 * attributes come from; modules get theirs from the flow that invokes them.
 */
export const attributesComeFromBefore: ReadonlySet<FlowType> = new Set<FlowType>([
  'CUSTOMER_QUEUE',
  'CUSTOMER_HOLD',
  'CUSTOMER_WHISPER',
  'AGENT_HOLD',
  'AGENT_WHISPER',
  'OUTBOUND_WHISPER',
  'AGENT_TRANSFER',
  'QUEUE_TRANSFER',
  'FLOW_MODULE',
]);

/** The attribute names a case-insensitive match would point to, for a "did you mean". */
function sameNameInOtherCase(name: string, set: ReadonlySet<string>): string | undefined {
  const lower = name.toLowerCase();
  for (const candidate of set) if (candidate.toLowerCase() === lower) return candidate;
  return undefined;
}

export const attributeNeverSet = defineRule({
  meta: {
    id: 'attribute-never-set',
    category: 'paths',
    severity: 'info',
    description:
      'A $.Attributes reference names an attribute that no Set contact attributes in the flow sets.',
    rationale:
      'A contact attribute nothing has set reads as empty, so the comparison or prompt that uses it silently takes its default; the usual cause is a misspelt name (names are case-sensitive). Attributes just as often arrive from outside the flow (the flow that transferred the contact here, the StartChatContact or StartTaskContact call, a Lambda calling the API), which published flows rely on routinely, so this is only information. Flows that set attributes under a dynamic name, invoke a module, or run after another flow by their type (queue, hold, whisper, transfer flows, modules) are skipped.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'set-tier',
        Actions: [setTier, checkTier('$.Attributes.CustomerTier'), bye],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'set-tier',
        Actions: [setTier, checkTier('$.Attributes.customerTier'), bye],
      },
    },
  },
  check({ graph, flow, report }) {
    if (flow.flowType !== undefined && attributesComeFromBefore.has(flow.flowType)) return;
    const set = new Set<string>();
    for (const action of graph.shape.actions) {
      // A module or an action the catalog does not know may set any attribute.
      if (action.type === 'InvokeFlowModule' || isUnknownAction(action)) return;
      if (action.type !== 'UpdateContactAttributes') continue;
      const attributes = action.parameters['Attributes'];
      if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
        continue;
      }
      for (const name of Object.keys(attributes)) {
        // A JSONPath as the name sets whatever attribute its value names.
        if (name.includes('$')) return;
        set.add(name);
      }
    }
    const reported = new Set<string>();
    for (const action of graph.shape.actions) {
      // Unreachable actions are reported by unreachable-action.
      if (!graph.reachable.has(action.index)) continue;
      for (const reference of actionReferences(action)) {
        const name = attributeName(reference);
        if (name === undefined || set.has(name) || reported.has(name)) continue;
        reported.add(name);
        const other = sameNameInOtherCase(name, set);
        report({
          message: `"${action.id ?? action.index + 1}" reads ${reference.text}, but no Set contact attributes in this flow sets "${name}".`,
          pointer: reference.pointer,
          actionId: action.id,
          hint:
            other !== undefined
              ? `The flow sets "${other}"; attribute names are case-sensitive.`
              : 'Set it earlier in the flow, or make sure the flow or API call that starts this contact sets it.',
        });
      }
    }
  },
});

function attributeName(reference: DataReference): string | undefined {
  return reference.namespace === 'Attributes' ? reference.name : undefined;
}
