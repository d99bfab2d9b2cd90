import {
  attribute,
  disconnect,
  flow,
  flowRef,
  playPrompt,
  setCustomerQueueFlow,
} from '@contactflow/dsl';

const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, something went wrong. Please call again later.' })
  .then(goodbye)
  .onError(goodbye);
const connecting = playPrompt({ text: 'Please hold while we find an agent.' })
  .then(goodbye)
  .onError(goodbye);

// A flow chosen at run time (an attribute holding its ARN), falling back to a published one.
const defaultQueueFlow = setCustomerQueueFlow({ flow: flowRef('Queue music') })
  .then(connecting)
  .onError(sorry);
const start = setCustomerQueueFlow({ flow: attribute('queueFlowArn') })
  .then(connecting)
  .onError(defaultQueueFlow);

export const example = flow('Set customer queue flow example', { start });
