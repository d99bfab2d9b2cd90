import type { ActionShape } from '../graph/flow-shape.js';
import {
  describePath,
  isUnknownAction,
  type ActionTest,
  reachableAvoiding,
} from '../graph/path-queries.js';
import { actionReferences } from '../values/data-references.js';
import { defineRule } from './rule.js';

/** Flow-local data a module cannot take from its caller, and the blocks that produce it. */
interface LocalData {
  readonly namespace: string;
  /** What the data is, for messages. */
  readonly what: string;
  /** The block that produces it, for messages. */
  readonly producer: string;
  readonly produces: (type: string) => boolean;
}

// $.External is left to external-read-without-lambda, which reports reads with no Lambda
// function before them in any flow, modules included.
const localData: readonly LocalData[] = [
  {
    namespace: 'Lex',
    what: 'Amazon Lex attributes',
    producer: 'Get customer input with an Amazon Lex bot',
    produces: (type) =>
      type === 'ConnectParticipantWithLexBot' || type === 'ConnectParticipantWithAgenticCx',
  },
  {
    namespace: 'Customer',
    what: 'Customer Profiles attributes',
    producer: 'Customer profiles block',
    produces: (type) => type.includes('CustomerProfile'),
  },
  {
    namespace: 'Wisdom',
    what: 'Amazon Q in Connect attributes',
    producer: 'Amazon Q in Connect block',
    produces: (type) =>
      type === 'CreateWisdomSession' || type === 'ConnectParticipantWithAgenticCx',
  },
  {
    namespace: 'Metrics',
    what: 'queue metrics',
    producer: 'Get queue metrics',
    produces: (type) => type === 'GetMetricData',
  },
  {
    namespace: 'StoredCustomerInput',
    what: 'stored customer input',
    producer: 'Store customer input',
    produces: (type) => type === 'GetParticipantInput',
  },
  {
    namespace: 'FlowAttributes',
    what: 'flow attributes',
    producer: 'Set contact attributes for flow attributes',
    produces: (type) => type === 'UpdateFlowAttributes',
  },
];

function readsOf(action: ActionShape, data: LocalData) {
  return actionReferences(action).filter((reference) => reference.namespace === data.namespace);
}

/**
 * Per kind of data, where a search for unguarded reads stops: its producer, a type the catalog
 * does not know, or an earlier read, so that one lapse is reported once, at its first read. Made
 * once, so that the path search cache keys on the same function for every document.
 */
const barriers: ReadonlyMap<LocalData, ActionTest> = new Map(
  localData.map((data) => [
    data,
    (action: ActionShape) =>
      (action.type !== undefined && data.produces(action.type)) ||
      isUnknownAction(action) ||
      readsOf(action, data).length > 0,
  ]),
);

const moduleOf = (actions: readonly { Identifier: string }[]) => ({
  Version: '2019-10-30',
  StartAction: actions[0]!.Identifier,
  Actions: actions,
});

const metrics = {
  Identifier: 'metrics',
  Type: 'GetMetricData',
  Parameters: {},
  Transitions: {
    NextAction: 'announce',
    Errors: [{ NextAction: 'done', ErrorType: 'NoMatchingError' }],
  },
};

const announce = {
  Identifier: 'announce',
  Type: 'MessageParticipant',
  Parameters: { Text: 'There are $.Metrics.Queue.Size callers ahead of you.' },
  Transitions: {
    NextAction: 'done',
    Errors: [{ NextAction: 'done', ErrorType: 'NoMatchingError' }],
  },
};

const done = {
  Identifier: 'done',
  Type: 'EndFlowModuleExecution',
  Parameters: {},
  Transitions: {},
};

export const moduleReadsCallerData = defineRule({
  meta: {
    id: 'module-reads-caller-data',
    category: 'paths',
    severity: 'warning',
    description:
      "A module reads flow-local data (Lex, Customer Profiles, Amazon Q, queue metrics, stored customer input, flow attributes) that nothing in the module produced: the caller's values do not reach it.",
    rationale:
      "The guide says a module cannot use the flow-local data of the flow that invokes it: Amazon Lex, Customer Profiles and Amazon Q in Connect attributes, queue metrics, stored customer input, and flow attributes set outside it. Inside the module such a reference is empty until a block of the module produces the value itself, so a prompt says nothing and a comparison never matches. Pass what the module needs as contact attributes instead. The rule runs on modules only (flow type FLOW_MODULE); reads of $.External are external-read-without-lambda's. Only the first read on each path is reported.",
    examples: {
      bad: moduleOf([announce, done]),
      good: moduleOf([metrics, announce, done]),
      options: { flowType: 'FLOW_MODULE' },
    },
  },
  check({ graph, flow, report }) {
    if (flow.flowType !== 'FLOW_MODULE') return;
    for (const data of localData) {
      const paths = reachableAvoiding(graph, barriers.get(data)!);
      for (const action of graph.shape.actions) {
        const [reference] = readsOf(action, data);
        if (reference === undefined) continue;
        const path = paths.pathTo(action);
        if (path === undefined) continue;
        report({
          message: `"${action.id ?? action.index + 1}" reads ${reference.text}, but ${describePath(path, data.producer)}; a module does not see the caller's ${data.what}.`,
          pointer: reference.pointer,
          actionId: action.id,
          hint: `Produce the value inside the module (${data.producer}), or have the caller copy it to a contact attribute and read $.Attributes here.`,
        });
      }
    }
  },
});
