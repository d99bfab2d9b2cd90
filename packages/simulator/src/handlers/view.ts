import { failWith, type ActionHandler } from '../action-handler.js';

export const showView: ActionHandler = {
  reads: ['inputs'],
  summary:
    'Takes the next input: a view action (viewAction) is the result, and its data is written to $.Views.ViewResultData; a timeout takes TimeLimitExceeded.',
  shape: { success: 'result', subject: 'the view action' },
  run(context) {
    const input = context.takeInput(['view', 'timeout']);
    if (input === undefined) return { kind: 'wait', for: 'input' };
    if (input.kind !== 'view') return failWith('TimeLimitExceeded');
    for (const [field, value] of Object.entries(input.data)) {
      context.write(['Views', 'ViewResultData', field], value);
    }
    return { kind: 'result', value: input.action };
  },
};
