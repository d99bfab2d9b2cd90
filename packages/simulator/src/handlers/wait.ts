import type { ActionHandler } from '../action-handler.js';

function eventsOf(parameters: Readonly<Record<string, unknown>>): string[] {
  return Array.isArray(parameters.Events)
    ? parameters.Events.filter((e) => typeof e === 'string')
    : [];
}

export const wait: ActionHandler = {
  reads: ['inputs'],
  summary:
    'In continue mode the result is Continue. Otherwise, when the next input is an event the block waits for (waitEvent, or a text for CustomerReturned) it is taken and is the result; a timeout input is taken and gives WaitCompleted; any other next input is left for later and the time limit passes: WaitCompleted.',
  shape: (action) =>
    action.parameters.ContinueExecution === 'True'
      ? { success: 'result', results: ['Continue'], subject: 'the wait' }
      : {
          success: 'result',
          results: ['WaitCompleted', ...eventsOf(action.parameters)],
          subject: 'the wait',
        },
  run(context) {
    if (context.action.parameters.ContinueExecution === 'True')
      return { kind: 'result', value: 'Continue' };
    const events = eventsOf(context.action.parameters);
    const next = context.peekInput(['event', 'text', 'timeout']);
    if (next?.kind === 'event' && events.includes(next.event))
      return { kind: 'result', value: next.event };
    if (next?.kind === 'text' && events.includes('CustomerReturned')) {
      return { kind: 'result', value: 'CustomerReturned' };
    }
    if (next !== undefined && next.kind !== 'timeout') context.giveBack(next);
    context.note('the time limit passed');
    return { kind: 'result', value: 'WaitCompleted' };
  },
};
