import type { FlowType } from '@contactflow/dsl/catalog';
import { blockModesOf, blockNameOf } from '../graph/block-modes.js';
import type { ActionShape } from '../graph/flow-shape.js';
import { describePath, isUnknownAction, reachableAvoiding } from '../graph/path-queries.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/**
 * Flow types whose contact arrives with its queue, as in transfer-without-working-queue: the
 * transfer quick connect sets it, a customer queue flow runs for a queued contact, and a module
 * runs inside a caller that may have set it.
 */
const queueComesWithTheContact: ReadonlySet<FlowType> = new Set<FlowType>([
  'CUSTOMER_QUEUE',
  'AGENT_TRANSFER',
  'QUEUE_TRANSFER',
  'FLOW_MODULE',
]);

/** Whether the action reads the working queue because it names no queue, agent or hours itself. */
function readsWorkingQueue(action: ActionShape): boolean {
  const { parameters } = action;
  switch (action.type) {
    case 'CheckMetricData':
    case 'GetMetricData':
      return parameters['QueueId'] === undefined && parameters['AgentId'] === undefined;
    case 'CheckHoursOfOperation':
      return parameters['HoursOfOperationId'] === undefined;
    default:
      return false;
  }
}

/** Actions after which the contact may have a working queue. */
function mayHaveSetQueue(action: ActionShape): boolean {
  return (
    action.type === 'UpdateContactTargetQueue' ||
    // A module runs on the caller's contact and may set the queue itself.
    action.type === 'InvokeFlowModule' ||
    isUnknownAction(action)
  );
}

const staffing = (next: string) => ({
  Identifier: 'staffed',
  Type: 'CheckMetricData',
  Parameters: { MetricType: 'NumberOfAgentsStaffed' },
  Transitions: {
    NextAction: 'closed',
    Conditions: [
      { NextAction: next, Condition: { Operator: 'NumberGreaterThan', Operands: ['0'] } },
    ],
    Errors: [
      { NextAction: 'closed', ErrorType: 'NoMatchingCondition' },
      { NextAction: 'closed', ErrorType: 'NoMatchingError' },
    ],
  },
});

const setQueue = (next: string) => ({
  Identifier: 'set-queue',
  Type: 'UpdateContactTargetQueue',
  Parameters: { QueueId: '11111111-aaaa-4bbb-8ccc-000000000001' },
  Transitions: {
    NextAction: next,
    Errors: [{ NextAction: 'closed', ErrorType: 'NoMatchingError' }],
  },
});

const transfer = {
  Identifier: 'transfer',
  Type: 'TransferContactToQueue',
  Parameters: {},
  Transitions: {
    NextAction: 'closed',
    Errors: [
      { NextAction: 'closed', ErrorType: 'QueueAtCapacity' },
      { NextAction: 'closed', ErrorType: 'NoMatchingError' },
    ],
  },
};

const closed = {
  Identifier: 'closed',
  Type: 'MessageParticipant',
  Parameters: { Text: 'Nobody can take your call right now. Please call again later.' },
  Transitions: {
    NextAction: 'bye',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};

export const queueCheckWithoutWorkingQueue = defineRule({
  meta: {
    id: 'queue-check-without-working-queue',
    category: 'paths',
    severity: 'warning',
    description:
      'A Check staffing, Check queue status, Get queue metrics or Check hours of operation that names no queue (or no hours) can be reached with no Set working queue before it, in a flow that sets the working queue elsewhere.',
    rationale:
      "Without a queue of their own these blocks read the contact's working queue: the staffing, metrics or hours of operation of the queue that Set working queue (UpdateContactTargetQueue) chose. The guide says to set the queue before Check staffing, and that the contact takes the Error branch when none is set. A path that skips Set working queue therefore checks no queue, or one meant for another path. Flows that set no working queue at all, and flow types whose contact arrives with its queue (customer queue, transfer flows, modules), are left alone, as in transfer-without-working-queue. It is a warning because a queue set by an earlier flow is still there.",
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'staffed',
        Actions: [staffing('set-queue'), setQueue('transfer'), transfer, closed, disconnectAction],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'set-queue',
        Actions: [setQueue('staffed'), staffing('transfer'), transfer, closed, disconnectAction],
      },
    },
  },
  check({ graph, flow, report }) {
    if (flow.flowType !== undefined && queueComesWithTheContact.has(flow.flowType)) return;
    // With no Set working queue anywhere, the queue can only come from before this flow.
    if (!graph.shape.actions.some((action) => action.type === 'UpdateContactTargetQueue')) return;
    const paths = reachableAvoiding(graph, mayHaveSetQueue);
    for (const action of graph.shape.actions) {
      if (!readsWorkingQueue(action)) continue;
      const path = paths.pathTo(action);
      if (path === undefined) continue;
      const block = blockNameOf(action, blockModesOf(action));
      report({
        message: `"${action.id ?? action.index + 1}" is ${block} that reads the working queue, but ${describePath(path, 'Set working queue')}.`,
        pointer: action.pointer,
        actionId: action.id,
        hint:
          action.type === 'CheckHoursOfOperation'
            ? 'Name the hours of operation to check, or put a Set working queue on every path that leads to it.'
            : 'Name the queue to check, or put a Set working queue on every path that leads to it.',
      });
    }
  },
});
