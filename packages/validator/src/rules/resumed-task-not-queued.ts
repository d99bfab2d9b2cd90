import type { ActionShape } from '../graph/flow-shape.js';
import { isUnknownAction, leadsTo } from '../graph/path-queries.js';
import { defineRule } from './rule.js';

const resume = (next: string) => ({
  Identifier: 'resume',
  Type: 'ResumeContact',
  Parameters: {},
  Transitions: { NextAction: next, Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }] },
});

const setQueue = {
  Identifier: 'set-queue',
  Type: 'UpdateContactTargetQueue',
  Parameters: { QueueId: '11111111-aaaa-4bbb-8ccc-000000000004' },
  Transitions: {
    NextAction: 'transfer',
    Errors: [{ NextAction: 'end', ErrorType: 'NoMatchingError' }],
  },
};

const transfer = {
  Identifier: 'transfer',
  Type: 'TransferContactToQueue',
  Parameters: {},
  Transitions: {
    NextAction: 'end',
    Errors: [
      { NextAction: 'end', ErrorType: 'QueueAtCapacity' },
      { NextAction: 'end', ErrorType: 'NoMatchingError' },
    ],
  },
};

const end = { Identifier: 'end', Type: 'EndFlowExecution', Parameters: {}, Transitions: {} };

/** Actions that queue the contact, or may do so in the flow or module they hand it to. */
function mayQueueContact(action: ActionShape): boolean {
  switch (action.type) {
    case 'TransferContactToQueue':
    case 'DequeueContactAndTransferToQueue':
    case 'TransferContactToAgent':
    case 'TransferToFlow':
    case 'InvokeFlowModule':
      return true;
    default:
      return isUnknownAction(action);
  }
}

export const resumedTaskNotQueued = defineRule({
  meta: {
    id: 'resumed-task-not-queued',
    category: 'paths',
    severity: 'info',
    description: 'No Transfer to queue can follow a Resume contact.',
    rationale:
      'Resume contact (ResumeContact) takes a paused task out of its paused state. The guide says that a flow resuming tasks that were paused out of queue and unassigned must transfer them to a queue afterwards, or they stay out of queue where no agent gets them. A task paused while assigned to an agent goes back to that agent without a transfer, which the document cannot tell apart, so this is a hint. A Transfer to flow or an Invoke module after it counts, since the next flow may queue the task.',
    examples: {
      bad: { Version: '2019-10-30', StartAction: 'resume', Actions: [resume('end'), end] },
      good: {
        Version: '2019-10-30',
        StartAction: 'resume',
        Actions: [resume('set-queue'), setQueue, transfer, end],
      },
    },
  },
  check({ graph, report }) {
    const queued = leadsTo(graph, mayQueueContact);
    for (const action of graph.shape.actions) {
      if (action.type !== 'ResumeContact') continue;
      // Unreachable actions are reported by unreachable-action.
      if (!graph.reachable.has(action.index) || queued.has(action.index)) continue;
      report({
        message: `"${action.id ?? action.index + 1}" resumes the task, but no Transfer to queue can follow it; a task paused out of queue stays out of queue.`,
        pointer: action.pointer,
        actionId: action.id,
        hint: 'If the flow resumes unassigned tasks, lead its Success branch on to a Set working queue and a Transfer to queue.',
      });
    }
  },
});
