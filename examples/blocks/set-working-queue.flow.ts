import {
  attribute,
  disconnect,
  flow,
  playPrompt,
  queue,
  setWorkingQueue,
  transferToQueue,
} from '@contactflow/dsl';

const goodbye = disconnect();
const sorry = playPrompt({ text: 'Sorry, we cannot take your call right now.' })
  .then(goodbye)
  .onError(goodbye);
const transfer = transferToQueue().onAtCapacity(sorry).onError(sorry);

// The team queue, also the fallback when the preferred agent cannot be set.
const salesQueue = setWorkingQueue({ queue: queue('Sales') })
  .then(transfer)
  .onError(sorry);

// Route to the agent who served the customer last, by the agent ARN stored on the contact.
const preferredAgent = setWorkingQueue({ agent: attribute('lastAgentArn') })
  .then(transfer)
  .onError(salesQueue);

export const example = flow('Set working queue example', { start: preferredAgent });
