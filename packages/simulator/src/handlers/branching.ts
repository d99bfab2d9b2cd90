import type { ActionHandler } from '../action-handler.js';
import { textOf } from '../contact-state.js';

export const compare: ActionHandler = {
  reads: [],
  summary:
    'Compares the value it references; an attribute never set matches no condition and takes the No match branch.',
  shape: (action) => ({
    success: 'result',
    subject:
      typeof action.parameters.ComparisonValue === 'string'
        ? action.parameters.ComparisonValue
        : 'the value',
  }),
  run(context) {
    const value = context.resolve(context.action.parameters.ComparisonValue);
    context.note(
      value === undefined
        ? 'the value is not set'
        : `the value is ${JSON.stringify(textOf(value))}`,
    );
    return { kind: 'result', value };
  },
};

export const distributeByPercentage: ActionHandler = {
  reads: ['draws'],
  summary:
    'Compares a number from 1 to 100: the next of the scenario’s `draws`, then numbers drawn from its `seed`.',
  shape: { success: 'result', subject: 'the percentage draw' },
  run(context) {
    const draw = context.draw();
    context.note(`drew ${draw}`);
    return { kind: 'result', value: draw };
  },
};

export const loop: ActionHandler = {
  reads: [],
  summary:
    'Counts its own runs: ContinueLooping for the first LoopCount runs, then DoneLooping, after which the count starts again. A module or a transferred-to flow counts on its own.',
  shape: { success: 'result', results: ['ContinueLooping', 'DoneLooping'], subject: 'the loop' },
  run(context) {
    const count = Number(context.text(context.action.parameters.LoopCount));
    const limit = Number.isInteger(count) && count >= 0 ? count : 0;
    const iteration = context.loopIteration();
    if (iteration <= limit) {
      context.note(`loop ${iteration} of ${limit}`);
      return { kind: 'result', value: 'ContinueLooping' };
    }
    context.resetLoop();
    context.note(`done after ${limit} loops`);
    return { kind: 'result', value: 'DoneLooping' };
  },
};
