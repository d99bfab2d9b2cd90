import {
  failWith,
  type ActionContext,
  type ActionHandler,
  type StepResult,
} from '../action-handler.js';
import type { HoursState } from '../scenario.js';
import { lookup } from '../scenario-lookup.js';

function queueHours(context: ActionContext): HoursState | StepResult {
  const queue = context.targetQueue;
  if (queue === undefined)
    return failWith('NoMatchingError', 'no working queue, so no hours to check');
  if (queue.agent) return failWith('NoMatchingError', 'an agent queue has no hours of operation');
  const hours = context.queueSetup(queue.name)?.hours;
  if (hours === 'open' || hours === 'closed') return hours;
  if (hours !== undefined) return context.hoursOf(hours);
  return (
    lookup(context.scenario.hours, []) ??
    context.missing(`whether queue "${queue.name}" is open (queues["${queue.name}"].hours)`)
  );
}

export const checkHoursOfOperation: ActionHandler = {
  reads: ['hours', 'queues'],
  summary:
    "Compares True or False: whether the hours it names are open in the scenario, or, without hours, the working queue's (`queues[name].hours`, which may name hours of `hours`). No working queue, or an agent queue, takes the Error branch.",
  shape: { success: 'result', results: ['True', 'False'], subject: 'in hours' },
  run(context) {
    const { HoursOfOperationId } = context.action.parameters;
    let state: HoursState | StepResult;
    if (HoursOfOperationId !== undefined) {
      const name = context.resourceName(HoursOfOperationId);
      if (name === undefined) return failWith('NoMatchingError', 'the hours reference is empty');
      state = context.hoursOf(name);
    } else {
      state = queueHours(context);
    }
    if (typeof state !== 'string') return state;
    return { kind: 'result', value: state === 'open' ? 'True' : 'False' };
  },
};
