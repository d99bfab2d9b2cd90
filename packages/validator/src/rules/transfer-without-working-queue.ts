import type { FlowType } from '@contactflow/dsl/catalog';
import type { ActionShape } from '../graph/flow-shape.js';
import { describePath, isUnknownAction, reachableAvoiding } from '../graph/path-queries.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const setQueue = (id: string, queueId: string) => ({
  Identifier: id,
  Type: 'UpdateContactTargetQueue',
  Parameters: { QueueId: queueId },
  Transitions: {
    NextAction: 'transfer',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
});

/** A menu whose key 1 sets the sales queue and whose key 2 goes to `second`. */
const menu = (second: string) => ({
  Identifier: 'menu',
  Type: 'GetParticipantInput',
  Parameters: {
    Text: 'Press 1 for sales, 2 for support.',
    InputTimeLimitSeconds: '5',
    StoreInput: 'False',
  },
  Transitions: {
    NextAction: 'bye',
    Conditions: [
      { NextAction: 'set-sales', Condition: { Operator: 'Equals', Operands: ['1'] } },
      { NextAction: second, Condition: { Operator: 'Equals', Operands: ['2'] } },
    ],
    Errors: [
      { NextAction: 'bye', ErrorType: 'InputTimeLimitExceeded' },
      { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
});

const transfer = {
  Identifier: 'transfer',
  Type: 'TransferContactToQueue',
  Parameters: {},
  Transitions: {
    NextAction: 'bye',
    Errors: [
      { NextAction: 'bye', ErrorType: 'QueueAtCapacity' },
      { NextAction: 'bye', ErrorType: 'NoMatchingError' },
    ],
  },
};

const bye = disconnectAction;

/**
 * Flow types whose contact arrives with its queue: the transfer quick connect sets it in the two
 * transfer flow types, and a customer queue flow runs for a contact already in queue (its
 * Transfer to queue is another action). Modules run inside a caller that may have set it.
 */
const queueComesWithTheContact: ReadonlySet<FlowType> = new Set<FlowType>([
  'CUSTOMER_QUEUE',
  'AGENT_TRANSFER',
  'QUEUE_TRANSFER',
  'FLOW_MODULE',
]);

/** Actions after which the contact may have a working queue. */
function mayHaveSetQueue(action: ActionShape): boolean {
  return (
    action.type === 'UpdateContactTargetQueue' ||
    // A module runs on the caller's contact and may set the queue itself.
    action.type === 'InvokeFlowModule' ||
    isUnknownAction(action)
  );
}

export const transferWithoutWorkingQueue = defineRule({
  meta: {
    id: 'transfer-without-working-queue',
    category: 'paths',
    severity: 'error',
    description:
      'A Transfer to queue can be reached on a path with no Set working queue before it, in a flow that sets the working queue elsewhere.',
    rationale:
      'Transfer to queue places the contact in its working queue, which Set working queue (UpdateContactTargetQueue) sets; the guide requires that block before it in every flow type but the customer queue flow. A path that skips it reaches the transfer with no queue, or with one meant for another path, and the contact takes the Error branch instead of reaching an agent. Flows that set no working queue at all are left alone, because they can only rely on a queue set before them (by the flow that transferred the contact here, or the queue a disconnect flow inherits); transfer flows are skipped too, as their quick connect sets the queue.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'menu',
        Actions: [
          menu('transfer'),
          setQueue('set-sales', '11111111-aaaa-4bbb-8ccc-000000000001'),
          transfer,
          bye,
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'menu',
        Actions: [
          menu('set-support'),
          setQueue('set-sales', '11111111-aaaa-4bbb-8ccc-000000000001'),
          setQueue('set-support', '11111111-aaaa-4bbb-8ccc-000000000002'),
          transfer,
          bye,
        ],
      },
    },
  },
  check({ graph, flow, report }) {
    if (flow.flowType !== undefined && queueComesWithTheContact.has(flow.flowType)) return;
    // With no Set working queue anywhere, the queue can only come from before this flow.
    if (!graph.shape.actions.some((action) => action.type === 'UpdateContactTargetQueue')) return;
    const paths = reachableAvoiding(graph, mayHaveSetQueue);
    for (const action of graph.shape.actions) {
      if (action.type !== 'TransferContactToQueue') continue;
      const path = paths.pathTo(action);
      if (path === undefined) continue;
      report({
        message: `"${action.id ?? action.index + 1}" transfers to the working queue, but ${describePath(path, 'Set working queue')}.`,
        pointer: action.pointer,
        actionId: action.id,
        hint: 'Put a Set working queue (UpdateContactTargetQueue) on every path that leads to it.',
      });
    }
  },
});
