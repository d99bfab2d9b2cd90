import type { ActionShape } from '../graph/flow-shape.js';
import { describePath, isUnknownAction, reachableAvoiding } from '../graph/path-queries.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

/** The action types of the Set recording and analytics behavior block. */
const recordingTypes: ReadonlySet<string> = new Set([
  'UpdateContactRecordingBehavior',
  'UpdateContactRecordingAndAnalyticsBehavior',
]);

/** Actions that hand the contact to an agent. */
const agentTransfers: ReadonlySet<string> = new Set([
  'TransferContactToQueue',
  'TransferContactToAgent',
]);

/** Actions after which recording may be set: the block itself, a module, or an unknown action. */
function maySetRecording(action: ActionShape): boolean {
  return (
    (action.type !== undefined && recordingTypes.has(action.type)) ||
    action.type === 'InvokeFlowModule' ||
    isUnknownAction(action)
  );
}

const queueErrors = [
  { NextAction: 'bye', ErrorType: 'QueueAtCapacity' },
  { NextAction: 'bye', ErrorType: 'NoMatchingError' },
];

/** A menu whose key 1 records the call before queueing it and whose key 2 goes to `second`. */
const menu = (second: string) => ({
  Version: '2019-10-30',
  StartAction: 'menu',
  Actions: [
    {
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
          { NextAction: 'record', Condition: { Operator: 'Equals', Operands: ['1'] } },
          { NextAction: second, Condition: { Operator: 'Equals', Operands: ['2'] } },
        ],
        Errors: [
          { NextAction: 'bye', ErrorType: 'NoMatchingCondition' },
          { NextAction: 'bye', ErrorType: 'NoMatchingError' },
        ],
      },
    },
    {
      Identifier: 'record',
      Type: 'UpdateContactRecordingBehavior',
      Parameters: { RecordingBehavior: { RecordedParticipants: ['Agent', 'Customer'] } },
      Transitions: { NextAction: 'queue' },
    },
    {
      Identifier: 'queue',
      Type: 'UpdateContactTargetQueue',
      Parameters: { QueueId: '11111111-aaaa-4bbb-8ccc-000000000001' },
      Transitions: {
        NextAction: 'transfer',
        Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
      },
    },
    {
      Identifier: 'transfer',
      Type: 'TransferContactToQueue',
      Parameters: {},
      Transitions: { NextAction: 'bye', Errors: queueErrors },
    },
    disconnectAction,
  ],
});

export const recordingNotSetBeforeTransfer = defineRule({
  meta: {
    id: 'recording-not-set-before-transfer',
    category: 'paths',
    severity: 'warning',
    description:
      'A transfer to an agent can be reached on a path with no Set recording and analytics behavior before it, in a flow that sets recording elsewhere.',
    rationale:
      'Recording and Contact Lens analytics apply only when Set recording and analytics behavior runs before the contact reaches an agent (guide L35684-35691). A flow that sets it on some paths but reaches Transfer to queue on another without it leaves those calls unrecorded and unanalysed, usually by oversight. Flows with no such block at all are left alone, as an earlier flow may have set the behaviour; a module may set it too. Customer queue flows are skipped: their contact is already in queue.',
    examples: { bad: menu('queue'), good: menu('record') },
  },
  check({ graph, flow, report }) {
    if (flow.flowType === 'CUSTOMER_QUEUE') return;
    const actions = graph.shape.actions;
    if (!actions.some((action) => action.type !== undefined && recordingTypes.has(action.type))) {
      return;
    }
    const paths = reachableAvoiding(graph, maySetRecording);
    for (const action of actions) {
      if (action.type === undefined || !agentTransfers.has(action.type)) continue;
      const path = paths.pathTo(action);
      if (path === undefined) continue;
      report({
        message: `"${action.id ?? action.index + 1}" hands the contact to an agent, but ${describePath(path, 'Set recording and analytics behavior')}.`,
        pointer: action.pointer,
        actionId: action.id,
        hint: 'Set recording and analytics behavior on every path to the transfer, for example once near the start of the flow.',
      });
    }
  },
});
