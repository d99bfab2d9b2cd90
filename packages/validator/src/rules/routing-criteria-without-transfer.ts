import type { ActionShape } from '../graph/flow-shape.js';
import { isUnknownAction, leadsTo } from '../graph/path-queries.js';
import { defineRule } from './rule.js';
import { disconnectAction } from '../rule-examples.js';

const criteria = {
  Identifier: 'spanish-speakers',
  Type: 'UpdateRoutingCriteria',
  Parameters: {
    RoutingCriteria: {
      Steps: [
        {
          Expression: {
            AttributeCondition: {
              Name: 'Language',
              Value: 'Spanish',
              ProficiencyLevel: '4.0',
              ComparisonOperator: 'NumberGreaterOrEqualTo',
            },
          },
          Expiry: { DurationInSeconds: '30' },
        },
      ],
    },
  },
  Transitions: {
    NextAction: 'set-queue',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};

const setQueue = {
  Identifier: 'set-queue',
  Type: 'UpdateContactTargetQueue',
  Parameters: {
    QueueId: '11111111-aaaa-4bbb-8ccc-000000000003',
  },
  Transitions: {
    NextAction: 'transfer',
    Errors: [{ NextAction: 'bye', ErrorType: 'NoMatchingError' }],
  },
};

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

const criteriaTypes = new Set([
  'UpdateRoutingCriteria',
  // The spelling console exports use for the same block.
  'UpdateContactRoutingCriteria',
]);

/** Actions that queue the contact, or may do so in a flow or module they hand it to. */
function mayQueueContact(action: ActionShape): boolean {
  switch (action.type) {
    case 'TransferContactToQueue':
    case 'DequeueContactAndTransferToQueue':
    // The callback mode of the same Transfer to queue block; the guide does not say whether the
    // criteria carry over to the callback, so it is not reported.
    case 'CreateCallbackContact':
    // The criteria stay on the contact: the next flow or the module may queue it.
    case 'TransferToFlow':
    case 'InvokeFlowModule':
      return true;
    default:
      return isUnknownAction(action);
  }
}

export const routingCriteriaWithoutTransfer = defineRule({
  meta: {
    id: 'routing-criteria-without-transfer',
    category: 'paths',
    severity: 'warning',
    description: 'No Transfer to queue can follow a Set routing criteria.',
    rationale:
      'Routing criteria only take effect when a Transfer to queue places the contact in a queue; the guide says to use the two blocks together. Criteria that nothing after them activates do nothing, which usually means the transfer sits on another branch or was deleted. Customer queue flows are skipped: their contact is already in queue. A Transfer to flow or an Invoke module after the criteria counts, since the next flow may queue the contact.',
    examples: {
      bad: {
        Version: '2019-10-30',
        StartAction: 'spanish-speakers',
        Actions: [
          { ...criteria, Transitions: { NextAction: 'bye', Errors: criteria.Transitions.Errors } },
          bye,
        ],
      },
      good: {
        Version: '2019-10-30',
        StartAction: 'spanish-speakers',
        Actions: [criteria, setQueue, transfer, bye],
      },
    },
  },
  check({ graph, flow, report }) {
    if (flow.flowType === 'CUSTOMER_QUEUE') return;
    const activated = leadsTo(graph, mayQueueContact);
    for (const action of graph.shape.actions) {
      if (action.type === undefined || !criteriaTypes.has(action.type)) continue;
      // Unreachable actions are reported by unreachable-action.
      if (!graph.reachable.has(action.index) || activated.has(action.index)) continue;
      report({
        message: `"${action.id ?? action.index + 1}" sets routing criteria, but no Transfer to queue can follow it to put them into effect.`,
        pointer: action.pointer,
        actionId: action.id,
        hint: 'Lead its branches on to a Set working queue and a Transfer to queue, or delete it.',
      });
    }
  },
});
