import {
  failWith,
  success,
  type ActionContext,
  type ActionHandler,
  type StepResult,
  type WorkingQueue,
} from '../action-handler.js';
import { isArn } from '../scenario-lookup.js';

/** The queue an action names with QueueId or AgentId; `undefined` when it names neither. */
export function namedQueue(context: ActionContext): WorkingQueue | undefined {
  const { QueueId, AgentId } = context.action.parameters;
  if (QueueId !== undefined) {
    const name = context.resourceName(QueueId);
    return name === undefined ? undefined : { name, agent: false };
  }
  if (AgentId !== undefined) {
    const name = context.resourceName(AgentId);
    return name === undefined ? undefined : { name, agent: true };
  }
  return undefined;
}

/** The queue an action names, else the working queue. */
export function queueOrWorkingQueue(context: ActionContext): WorkingQueue | undefined {
  const { QueueId, AgentId } = context.action.parameters;
  return QueueId !== undefined || AgentId !== undefined ? namedQueue(context) : context.targetQueue;
}

function transfer(context: ActionContext, queue: WorkingQueue): StepResult {
  if (queue.agent) return { kind: 'end', outcome: { kind: 'agent', agent: queue.name } };
  if (context.queueSetup(queue.name)?.atCapacity === true) {
    return failWith('QueueAtCapacity', `queue ${queue.name} is at capacity`);
  }
  return { kind: 'end', outcome: { kind: 'queue', queue: queue.name } };
}

export const updateContactTargetQueue: ActionHandler = {
  reads: ['queues'],
  summary:
    "Sets the working queue (a queue, or an agent's queue) and $.Queue.Name and $.Queue.ARN; an empty queue reference takes the Error branch.",
  shape: { success: 'next' },
  run(context) {
    const queue = namedQueue(context);
    if (queue === undefined) return failWith('NoMatchingError', 'the queue reference is empty');
    context.targetQueue = queue;
    if (queue.agent) {
      context.note(`working queue: agent ${queue.name}`);
      return success;
    }
    const setup = context.queueSetup(queue.name);
    context.write(['Queue', 'Name'], setup?.name ?? queue.name);
    const arn = setup?.arn ?? (isArn(queue.name) ? queue.name : undefined);
    if (arn !== undefined) context.write(['Queue', 'ARN'], arn);
    context.note(`working queue: ${queue.name}`);
    return success;
  },
};

export const transferContactToQueue: ActionHandler = {
  reads: ['queues'],
  summary:
    'Ends the run: transferred to the working queue (or to the agent of an agent queue). No working queue takes the Error branch; a queue the scenario marks atCapacity takes QueueAtCapacity.',
  shape: { success: 'end', end: 'queue' },
  run(context) {
    const queue = context.targetQueue;
    if (queue === undefined) return failWith('NoMatchingError', 'no working queue is set');
    return transfer(context, queue);
  },
};

export const dequeueContactAndTransferToQueue: ActionHandler = {
  reads: ['queues'],
  summary:
    'Ends the run: transferred to the queue or agent the action names; a queue marked atCapacity takes QueueAtCapacity.',
  shape: { success: 'end', end: 'queue' },
  run(context) {
    const queue = namedQueue(context);
    if (queue === undefined) return failWith('NoMatchingError', 'the action names no queue');
    return transfer(context, queue);
  },
};

export const createCallbackContact: ActionHandler = {
  reads: ['queues'],
  summary:
    'Queues a callback to the number Set callback number set (else the caller’s number) in the queue it names or the working queue, and continues. No queue takes the Error branch.',
  shape: { success: 'next' },
  run(context) {
    const queue = queueOrWorkingQueue(context);
    if (queue === undefined) return failWith('NoMatchingError', 'no queue for the callback');
    const number = context.callbackNumber ?? context.text('$.CustomerEndpoint.Address');
    context.note(
      `callback to ${number === '' ? 'the caller' : number} queued in ${queue.agent ? 'agent ' : ''}${queue.name}`,
    );
    return success;
  },
};

export const updateContactCallbackNumber: ActionHandler = {
  reads: [],
  summary:
    'Sets the callback number from the reference it names; a value that is not an E.164 number takes InvalidCallbackNumber.',
  shape: { success: 'next' },
  run(context) {
    const number = context.text(context.action.parameters.CallbackNumber);
    if (!/^\+[1-9][0-9]{6,14}$/.test(number)) {
      return failWith(
        'InvalidCallbackNumber',
        number === '' ? 'the callback number is empty' : `${number} is not an E.164 number`,
      );
    }
    context.callbackNumber = number;
    context.note(`callback number: ${number}`);
    return success;
  },
};
